package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.SystemSettings;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.List;
import java.util.Map;

/**
 * The machine operations of the CIMI view, over the model. Every request is checked in full before the model is
 * asked to change anything, and the model itself applies each change fully or not at all.
 */
final class MachineService {
    private final Datacenter dc;
    private final UriSpace uris;
    private final MachineRecords records;
    private final CimiViews views;

    MachineService(Datacenter dc, UriSpace uris, MachineRecords records, CimiViews views) {
        this.dc = dc;
        this.uris = uris;
        this.records = records;
        this.views = views;
    }

    VirtualSystem machine(String id) {
        try {
            return dc.system(id);
        } catch (ModelException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                throw CimiException.notFound("machine", id);
            }
            throw e;
        }
    }

    /** Defines a system from a MachineCreate on the first host with room for it (synchronous in the model). */
    VirtualSystem create(RequestBody body) {
        expectType(body, "MachineCreate");
        RequestBody template = body.child("machineTemplate");
        if (template == null) {
            throw CimiException.badRequest("machineTemplate", "is required");
        }
        MachineCatalog.Config config;
        MachineCatalog.Image image;
        String templateHref = template.selfHref();
        if (templateHref != null) {
            String tid = uris.idIn(CimiViews.MACHINE_TEMPLATES, templateHref, "machineTemplate");
            MachineCatalog.Template t = MachineCatalog.template(tid).orElseThrow(
                    () -> CimiException.badRequest("machineTemplate", "no MachineTemplate '" + tid + "'"));
            config = MachineCatalog.config(t.configId()).orElseThrow();
            image = MachineCatalog.image(t.imageId()).orElseThrow();
        } else {
            String configHref = template.href("machineConfig");
            String imageHref = template.href("machineImage");
            if (configHref == null) {
                throw CimiException.badRequest("machineTemplate.machineConfig", "is required");
            }
            if (imageHref == null) {
                throw CimiException.badRequest("machineTemplate.machineImage", "is required");
            }
            String cid = uris.idIn(CimiViews.MACHINE_CONFIGS, configHref, "machineTemplate.machineConfig");
            String iid = uris.idIn(CimiViews.MACHINE_IMAGES, imageHref, "machineTemplate.machineImage");
            config = MachineCatalog.config(cid).orElseThrow(() -> CimiException.badRequest(
                    "machineTemplate.machineConfig", "no MachineConfiguration '" + cid + "'"));
            image = MachineCatalog.image(iid).orElseThrow(() -> CimiException.badRequest(
                    "machineTemplate.machineImage", "no MachineImage '" + iid + "'"));
        }
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw CimiException.badRequest("name", "must not be blank");
        }
        if (name == null) {
            name = "machine-" + (dc.systems().size() + 1);
        }
        Map<String, String> properties = body.properties();
        SystemSpec spec;
        try {
            spec = new SystemSpec(name, null, new SystemSettings(body.text("description"), null, null), List.of(
                    AllocationSpec.processors(config.cpu()), AllocationSpec.memory(config.memoryBytes()),
                    AllocationSpec.disk(config.diskBytes(), config.format(), image.imageLocation()),
                    AllocationSpec.nic()));
        } catch (ModelException e) {
            throw CimiException.badRequest(e.field() == null ? "machineCreate" : e.field(), e.getMessage());
        }
        List<Host> hosts = dc.hosts();
        if (hosts.isEmpty()) {
            throw new CimiException(409, "the datacenter has no host to place a machine on");
        }
        ModelException lastRefusal = null;
        for (Host host : hosts) {
            try {
                VirtualSystem created = dc.defineSystem(host.id(), spec);
                if (properties != null) {
                    records.setProperties(created, properties);
                }
                return created;
            } catch (ModelException e) {
                if (e.kind() != ErrorKind.INSUFFICIENT_CAPACITY) {
                    throw e;
                }
                lastRefusal = e;
            }
        }
        throw new CimiException(409, "no host has capacity for " + config.id() + ": " + lastRefusal.getMessage());
    }

    /** Updates name, description and properties; other attributes are provider-controlled and ignored. */
    VirtualSystem edit(String id, RequestBody body) {
        VirtualSystem system = machine(id);
        expectType(body, "Machine");
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw CimiException.badRequest("name", "must not be blank");
        }
        String description = body.text("description");
        Map<String, String> properties = body.properties();
        if (views.runningJob(id) != null) {
            throw new CimiException(409, "machine '" + id + "' is busy with a running job");
        }
        // validate the new settings before changing anything, so a bad description leaves the name as it was
        SystemSettings settings = description == null ? null : newSettings(system, description);
        if (name != null && !name.equals(system.name())) {
            system = dc.renameSystem(id, name);
        }
        if (settings != null) {
            system = dc.modifySettings(id, settings);
        }
        if (properties != null) {
            records.setProperties(system, properties);
        }
        return system;
    }

    private static SystemSettings newSettings(VirtualSystem system, String description) {
        try {
            return new SystemSettings(description, system.settings().osType(), system.settings().bootOrder());
        } catch (ModelException e) {
            throw CimiException.badRequest("description", e.getMessage());
        }
    }

    Job delete(String id) {
        VirtualSystem system = machine(id);
        if (system.state() != SystemState.DEFINED) {
            throw new CimiException(409, "machine '" + id + "' is " + CimiViews.machineState(system,
                    views.runningJob(id)) + "; stop it before deleting it");
        }
        Job job = dc.destroySystem(id);
        if (job.state().finished()) {
            records.forget(id);
        }
        return job;
    }

    /** Checks the Action body names {@code action}, then asks the model for the matching state change. */
    Job act(String id, String action, RequestBody body) {
        VirtualSystem system = machine(id);
        expectType(body, "Action");
        String requested = body.text("action");
        if (requested == null) {
            throw CimiException.badRequest("action", "is required");
        }
        if (!requested.equals(CimiNames.actionUri(action))) {
            throw CimiException.badRequest("action", "'" + requested + "' does not match this operation ("
                    + CimiNames.actionUri(action) + ")");
        }
        if (!CimiViews.legalActions(system, views.runningJob(id)).contains(action)) {
            throw new CimiException(409, action + " is not allowed while machine '" + id + "' is "
                    + CimiViews.machineState(system, views.runningJob(id)));
        }
        StateChange change = switch (action) {
            case "start" -> system.state() == SystemState.PAUSED ? StateChange.RESUME : StateChange.START;
            case "stop" -> StateChange.STOP;
            case "restart" -> StateChange.RESET;
            case "pause" -> StateChange.PAUSE;
            case "suspend" -> StateChange.SUSPEND;
            default -> throw CimiException.notFound("operation", action);
        };
        return dc.requestStateChange(id, change);
    }

    private static void expectType(RequestBody body, String type) {
        String declared = body.declaredType();
        if (declared != null && !declared.equals(CimiNames.typeUri(type))) {
            throw CimiException.badRequest("resourceURI", "expected " + CimiNames.typeUri(type) + ", was "
                    + declared);
        }
    }
}
