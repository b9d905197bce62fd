package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSystem;

/**
 * Capture (CIMI-MACH-009): a MachineImage POSTed to the machineImages collection whose {@code imageLocation}
 * names a machine becomes a new image of that machine's disks. Only a STARTED or STOPPED machine with no
 * running job is captured, the states in which the machine advertises capture.
 */
final class MachineImageService {
    private final UriSpace uris;
    private final MachineService machines;
    private final CimiViews views;
    private final CapturedImages captured;

    MachineImageService(UriSpace uris, MachineService machines, CimiViews views, CapturedImages captured) {
        this.uris = uris;
        this.machines = machines;
        this.views = views;
        this.captured = captured;
    }

    CapturedImages captured() {
        return captured;
    }

    CapturedImages.Image capture(RequestBody body) {
        String declared = body.declaredType();
        if (declared != null && !declared.equals(CimiNames.typeUri("MachineImage"))
                && !declared.equals(CimiNames.typeUri("MachineImageCreate"))) {
            throw CimiException.badRequest("resourceURI", "expected " + CimiNames.typeUri("MachineImage")
                    + ", was " + declared);
        }
        String location = body.href("imageLocation");
        if (location == null) {
            location = body.text("imageLocation");
        }
        if (location == null) {
            throw CimiException.badRequest("imageLocation", "is required and must reference the machine to capture");
        }
        String machineId = uris.idIn(CimiViews.MACHINES, location, "imageLocation");
        VirtualSystem system = machines.machine(machineId);
        if (!CimiViews.capturable(system, views.runningJob(system.id()))) {
            throw new CimiException(409, "machine '" + machineId + "' is "
                    + CimiViews.machineState(system, views.runningJob(system.id()))
                    + "; only a STARTED or STOPPED machine can be captured");
        }
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw CimiException.badRequest("name", "must not be blank");
        }
        return captured.add(name, body.text("description"), system.id(), sourceImage(system));
    }

    /** The built-in image the machine's first disk was created from, for relatedImage. */
    private static String sourceImage(VirtualSystem system) {
        for (Allocation disk : system.allocationsOf(DeviceKind.DISK)) {
            for (MachineCatalog.Image image : MachineCatalog.images()) {
                if (image.imageLocation().equals(disk.backing())) {
                    return image.id();
                }
            }
        }
        return null;
    }

    void delete(String id) {
        if (MachineCatalog.image(id).isPresent()) {
            throw new CimiException(409, "machine image '" + id + "' is provided by the cloud and cannot be deleted");
        }
        if (!captured.remove(id)) {
            throw CimiException.notFound("machine image", id);
        }
    }
}
