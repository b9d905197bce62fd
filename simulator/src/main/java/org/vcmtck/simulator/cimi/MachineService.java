package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.JobState;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.SystemCreation;
import org.vcmtck.simulator.model.SystemSettings;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    /**
     * Creates a system from a MachineCreate on the first host with room for it. The returned CREATE job has
     * already finished when the image copies at once; otherwise it runs on the virtual clock while the machine is
     * CREATING. {@code machineTemplate.initialState} (STOPPED or STARTED) overrides the default initial state.
     * A machine that is ready at once in the default state is defined directly: no Job is made for it, so none
     * needs naming (CIMI-HTTP-007) and the jobs collection is not filled with instant creations.
     */
    Creation create(RequestBody body) {
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
        SystemCreation creation = creation(template.text("initialState"), image);
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
                Creation made = creation.ticks() == 0 && creation.failure() == null
                        && creation.settlesIn() == SystemState.DEFINED
                        ? new Creation(dc.defineSystem(host.id(), spec).id(), null)
                        : Creation.of(dc.createSystem(host.id(), spec, creation));
                if (properties != null && (made.job() == null || made.job().state() != JobState.FAILED)) {
                    records.setProperties(dc.system(made.systemId()), properties);
                }
                return made;
            } catch (ModelException e) {
                if (e.kind() != ErrorKind.INSUFFICIENT_CAPACITY) {
                    throw e;
                }
                lastRefusal = e;
            }
        }
        throw new CimiException(409, "no host has capacity for " + config.id() + ": " + lastRefusal.getMessage());
    }

    /** What a creation made: the system's id and the Job carrying the creation, null when none was needed. */
    record Creation(String systemId, Job job) {
        static Creation of(Job job) {
            return new Creation(job.systemId(), job);
        }
    }

    /** The capability value of the state a new machine settles in when its template does not say. */
    static final String DEFAULT_INITIAL_STATE = "STOPPED";

    private SystemCreation creation(String initialState, MachineCatalog.Image image) {
        String wanted = initialState == null ? DEFAULT_INITIAL_STATE : initialState;
        SystemState settlesIn = switch (wanted) {
            case "STOPPED" -> SystemState.DEFINED;
            case "STARTED" -> SystemState.RUNNING;
            default -> throw CimiException.badRequest("machineTemplate.initialState", "'" + wanted
                    + "' is not an initial state this provider offers (STOPPED or STARTED)");
        };
        // a large image copies in the background: as long as the datacenter's jobs take, at least its own time
        int ticks = image.copyTicks() == 0 ? 0 : Math.max(image.copyTicks(), dc.options().jobTicks());
        return new SystemCreation(settlesIn, ticks, image.copyFailure());
    }

    /** The attributes a PUT may change; everything else is provider-controlled and ignored. */
    static final Set<String> UPDATABLE = Set.of("name", "description", "properties");

    /**
     * Updates the updatable attributes named by {@code select} ({@code ?$select=a,b} on the PUT), or all of them
     * when {@code select} is null: a named attribute the body leaves out is reset (description empty, no
     * properties), as the body replaces the named attributes (CIMI-HTTP-017). A name left out stays: every machine
     * has one, so it has no reset value. Other attributes are provider-controlled and ignored.
     */
    VirtualSystem edit(String id, RequestBody body, Set<String> select) {
        VirtualSystem system = machine(id);
        expectType(body, "Machine");
        Set<String> named = select == null ? UPDATABLE : select;
        String name = named.contains("name") ? body.text("name") : null;
        if (name != null && name.isBlank()) {
            throw CimiException.badRequest("name", "must not be blank");
        }
        String description = named.contains("description")
                ? Objects.requireNonNullElse(body.text("description"), "") : null;
        Map<String, String> properties = named.contains("properties")
                ? Objects.requireNonNullElse(body.properties(), Map.of()) : null;
        if (views.runningJob(id) != null) {
            throw new CimiException(409, "machine '" + id + "' is busy with a running job");
        }
        // validate the new settings before changing anything, so a bad description leaves the name as it was
        SystemSettings settings = description == null || description.equals(system.settings().description())
                ? null : newSettings(system, description);
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
        checkForce(action, body.text("force"));
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

    /**
     * {@code force} (CIMI-MACH-010) is a boolean on stop and restart. The simulated guest has no shutdown of its
     * own to wait for, so a forced and a graceful stop are the same model change; other actions refuse it.
     */
    private static void checkForce(String action, String force) {
        if (force == null) {
            return;
        }
        if (!force.equals("true") && !force.equals("false")) {
            throw CimiException.badRequest("force", "must be a boolean, was '" + force + "'");
        }
        if (!action.equals("stop") && !action.equals("restart")) {
            throw CimiException.badRequest("force", "applies to stop and restart only, not " + action);
        }
    }

    private static void expectType(RequestBody body, String type) {
        String declared = body.declaredType();
        if (declared != null && !declared.equals(CimiNames.typeUri(type))) {
            throw CimiException.badRequest("resourceURI", "expected " + CimiNames.typeUri(type) + ", was "
                    + declared);
        }
    }
}
