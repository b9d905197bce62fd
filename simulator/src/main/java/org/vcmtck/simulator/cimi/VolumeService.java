package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.VirtualSystem;

import java.time.Clock;
import java.util.List;

/**
 * Volume create/delete and attach/detach. Mutations are serialised here so that "is it attached?" and the model
 * change that follows cannot interleave with another request on the same volume.
 */
final class VolumeService {
    private final Datacenter dc;
    private final UriSpace uris;
    private final VolumeRecords records;
    private final Clock clock;

    VolumeService(Datacenter dc, UriSpace uris, VolumeRecords records, Clock clock) {
        this.dc = dc;
        this.uris = uris;
        this.records = records;
        this.clock = clock;
    }

    /** A volume, after dropping an attachment whose machine or disk the model no longer has. */
    synchronized VolumeRecords.Volume volume(String id) {
        VolumeRecords.Volume v = records.find(id).orElseThrow(() -> CimiException.notFound("volume", id));
        return reconcile(v);
    }

    synchronized List<VolumeRecords.Volume> volumes() {
        return records.all().stream().map(this::reconcile).toList();
    }

    synchronized List<VolumeRecords.Volume> attachedTo(String systemId) {
        return records.attachedTo(systemId).stream().map(this::reconcile)
                .filter(v -> v.attachment() != null).toList();
    }

    /** A machine deleted through another view takes its disks with it; the volume is then free again. */
    private VolumeRecords.Volume reconcile(VolumeRecords.Volume v) {
        VolumeRecords.Attachment a = v.attachment();
        if (a == null || allocationExists(a)) {
            return v;
        }
        VolumeRecords.Volume free = v.withAttachment(null);
        records.put(free);
        return free;
    }

    private boolean allocationExists(VolumeRecords.Attachment a) {
        try {
            return dc.system(a.systemId()).allocations().stream().anyMatch(x -> x.id().equals(a.allocationId()));
        } catch (ModelException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /** Creates a volume from a VolumeCreate: template by reference, or by value with a volumeConfig. */
    synchronized VolumeRecords.Volume create(RequestBody body) {
        Bodies.expectType(body, "VolumeCreate");
        RequestBody template = body.child("volumeTemplate");
        if (template == null) {
            throw CimiException.badRequest("volumeTemplate", "is required");
        }
        VolumeCatalog.Config config;
        VolumeCatalog.Image image = null;
        String templateHref = template.selfHref();
        if (templateHref != null) {
            String tid = uris.idIn(VolumeViews.VOLUME_TEMPLATES, templateHref, "volumeTemplate");
            VolumeCatalog.Template t = VolumeCatalog.template(tid).orElseThrow(
                    () -> CimiException.badRequest("volumeTemplate", "no VolumeTemplate '" + tid + "'"));
            config = VolumeCatalog.config(t.configId()).orElseThrow();
            image = t.imageId() == null ? null : VolumeCatalog.image(t.imageId()).orElseThrow();
        } else {
            String configHref = template.href("volumeConfig");
            if (configHref == null) {
                throw CimiException.badRequest("volumeTemplate.volumeConfig", "is required");
            }
            String cid = uris.idIn(VolumeViews.VOLUME_CONFIGS, configHref, "volumeTemplate.volumeConfig");
            config = VolumeCatalog.config(cid).orElseThrow(() -> CimiException.badRequest(
                    "volumeTemplate.volumeConfig", "no VolumeConfiguration '" + cid + "'"));
            String imageHref = template.href("volumeImage");
            if (imageHref != null) {
                String iid = uris.idIn(VolumeViews.VOLUME_IMAGES, imageHref, "volumeTemplate.volumeImage");
                image = VolumeCatalog.image(iid).orElseThrow(() -> CimiException.badRequest(
                        "volumeTemplate.volumeImage", "no VolumeImage '" + iid + "'"));
            }
        }
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw CimiException.badRequest("name", "must not be blank");
        }
        String id = records.nextId();
        VolumeRecords.Volume created = new VolumeRecords.Volume(id, name == null ? id : name,
                body.text("description"), clock.instant(), config, image, body.properties(), null);
        records.put(created);
        return created;
    }

    /** Deletes a free volume; an attached one is refused with 409 and stays as it was. */
    synchronized void delete(String id) {
        VolumeRecords.Volume v = volume(id);
        if (v.attachment() != null) {
            throw new CimiException(409, "volume '" + id + "' is attached to machine '" + v.attachment().systemId()
                    + "'; detach it before deleting it");
        }
        records.remove(id);
    }

    /** Attaches a free volume to a machine as a new DISK allocation; the model checks storage and busy-ness. */
    synchronized VolumeRecords.Volume attach(VirtualSystem system, RequestBody body) {
        Bodies.expectType(body, "MachineVolume");
        String href = body.href("volume");
        if (href == null) {
            throw CimiException.badRequest("volume", "is required");
        }
        String vid = uris.idIn(VolumeViews.VOLUMES, href, "volume");
        VolumeRecords.Volume v = records.find(vid).map(this::reconcile)
                .orElseThrow(() -> CimiException.badRequest("volume", "no Volume '" + vid + "'"));
        if (v.attachment() != null) {
            throw new CimiException(409, "volume '" + vid + "' is already attached to machine '"
                    + v.attachment().systemId() + "'");
        }
        String backing = v.image() != null ? v.image().imageLocation() : "volume:" + vid;
        Allocation disk = dc.addAllocation(system.id(),
                AllocationSpec.disk(v.config().capacityBytes(), v.config().format(), backing));
        VolumeRecords.Volume attached = v.withAttachment(new VolumeRecords.Attachment(system.id(), disk.id()));
        records.put(attached);
        return attached;
    }

    /** Detaches: removes the DISK allocation, then frees the volume. */
    synchronized void detach(VirtualSystem system, String volumeId) {
        VolumeRecords.Volume v = attachedVolume(system, volumeId);
        dc.removeAllocation(system.id(), v.attachment().allocationId());
        records.put(v.withAttachment(null));
    }

    synchronized VolumeRecords.Volume attachedVolume(VirtualSystem system, String volumeId) {
        VolumeRecords.Volume v = records.find(volumeId).map(this::reconcile).orElse(null);
        if (v == null || v.attachment() == null || !v.attachment().systemId().equals(system.id())) {
            throw CimiException.notFound("machine volume", volumeId);
        }
        return v;
    }
}
