package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.JobOperation;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSystem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the CIMI representations of the model and the catalogue. */
final class CimiViews {
    static final String MACHINES = "machines";
    static final String MACHINE_CONFIGS = "machineConfigs";
    static final String MACHINE_IMAGES = "machineImages";
    static final String MACHINE_TEMPLATES = "machineTemplates";
    static final String JOBS = "jobs";
    /** Machine actions this provider implements, in the order they are advertised. */
    static final List<String> ACTIONS = List.of("start", "stop", "restart", "pause", "suspend");

    private final UriSpace uris;
    private final Datacenter dc;
    private final MachineRecords records;
    private final MachineDocuments machineDocuments = new MachineDocuments();
    private final Instant started;

    CimiViews(UriSpace uris, Datacenter dc, MachineRecords records, Instant started) {
        this.uris = uris;
        this.dc = dc;
        this.records = records;
        this.started = started.truncatedTo(ChronoUnit.SECONDS);
    }

    CimiDocument cloudEntryPoint() {
        return CimiDocument.resource("CloudEntryPoint")
                .put("id", uris.cloudEntryPoint())
                .put("name", "vcmtck-reference")
                .put("description", "VCM-TCK reference simulator")
                .put("created", started.toString())
                .put("updated", started.toString())
                .put("baseURI", uris.base())
                .href(MACHINES, uris.collection(MACHINES))
                .href(MACHINE_TEMPLATES, uris.collection(MACHINE_TEMPLATES))
                .href(MACHINE_CONFIGS, uris.collection(MACHINE_CONFIGS))
                .href(MACHINE_IMAGES, uris.collection(MACHINE_IMAGES))
                .href(JOBS, uris.collection(JOBS))
                .href(CredentialService.CREDENTIALS, uris.collection(CredentialService.CREDENTIALS))
                .href(CredentialService.CREDENTIAL_TEMPLATES, uris.collection(CredentialService.CREDENTIAL_TEMPLATES))
                .href("volumes", uris.collection(VolumeViews.VOLUMES))
                .href("volumeTemplates", uris.collection(VolumeViews.VOLUME_TEMPLATES))
                .href("volumeConfigs", uris.collection(VolumeViews.VOLUME_CONFIGS))
                .href("volumeImages", uris.collection(VolumeViews.VOLUME_IMAGES))
                .href("networks", uris.collection(NetworkViews.NETWORKS))
                .href("networkTemplates", uris.collection(NetworkViews.NETWORK_TEMPLATES))
                .href("networkConfigs", uris.collection(NetworkViews.NETWORK_CONFIGS))
                .href("networkPorts", uris.collection(NetworkViews.NETWORK_PORTS))
                .href(NetworkingViews.PORT_TEMPLATES, uris.collection(NetworkingViews.PORT_TEMPLATES))
                .href(NetworkingViews.PORT_CONFIGS, uris.collection(NetworkingViews.PORT_CONFIGS))
                .href(NetworkingViews.ADDRESSES, uris.collection(NetworkingViews.ADDRESSES))
                .href(NetworkingViews.ADDRESS_TEMPLATES, uris.collection(NetworkingViews.ADDRESS_TEMPLATES))
                .href(NetworkingViews.GROUPS, uris.collection(NetworkingViews.GROUPS))
                .href(NetworkingViews.GROUP_TEMPLATES, uris.collection(NetworkingViews.GROUP_TEMPLATES))
                .href(MonitoringViews.METERS, uris.collection(MonitoringViews.METERS))
                .href(MonitoringViews.METER_TEMPLATES, uris.collection(MonitoringViews.METER_TEMPLATES))
                .href(MonitoringViews.METER_CONFIGS, uris.collection(MonitoringViews.METER_CONFIGS))
                .href(MonitoringViews.EVENT_LOGS, uris.collection(MonitoringViews.EVENT_LOGS))
                .href(MonitoringViews.EVENT_LOG_TEMPLATES, uris.collection(MonitoringViews.EVENT_LOG_TEMPLATES))
                .href(SystemViews.SYSTEMS, uris.collection(SystemViews.SYSTEMS))
                .href(SystemViews.SYSTEM_TEMPLATES, uris.collection(SystemViews.SYSTEM_TEMPLATES))
                .href(ResourceMetadataViews.RESOURCE_METADATA,
                        uris.collection(ResourceMetadataViews.RESOURCE_METADATA))
                .build();
    }

    // ------------------------------------------------------------------ machines

    /** The CIMI state of a system: the model's state, or DELETING while its destroy job runs. */
    static String machineState(VirtualSystem system, Job running) {
        if (running != null && running.operation() == JobOperation.DESTROY) {
            return "DELETING";
        }
        if (running != null && running.operation() == JobOperation.CREATE) {
            return "CREATING";
        }
        return switch (system.state()) {
            case DEFINED -> "STOPPED";
            case STARTING -> "STARTING";
            case RUNNING -> "STARTED";
            case PAUSED -> "PAUSED";
            case SUSPENDED -> "SUSPENDED";
            case STOPPING -> "STOPPING";
        };
    }

    /** The actions legal now; none while a job runs on the system (the model refuses them then). */
    static List<String> legalActions(VirtualSystem system, Job running) {
        if (running != null) {
            return List.of();
        }
        return switch (system.state()) {
            case DEFINED, PAUSED, SUSPENDED -> List.of("start");
            case RUNNING -> List.of("stop", "restart", "pause", "suspend");
            default -> List.of();
        };
    }

    /** A machine is captured only when STARTED or STOPPED with no job running on it. */
    static boolean capturable(VirtualSystem system, Job running) {
        return running == null && (system.state() == SystemState.DEFINED || system.state() == SystemState.RUNNING);
    }

    Job runningJob(String systemId) {
        Job job = dc.runningJobOf(systemId);
        return job == null || job.state().finished() ? null : job;
    }

    CimiDocument machine(VirtualSystem system) {
        Job running = runningJob(system.id());
        MachineRecords.Meta meta = records.observe(system);
        return machineDocuments.get(system, meta, running, dc.systemCount(), () -> machine(system, meta, running));
    }

    private CimiDocument machine(VirtualSystem system, MachineRecords.Meta meta, Job running) {
        String id = uris.member(MACHINES, system.id());
        List<Operation> ops = new ArrayList<>();
        if (running == null) {
            ops.add(new Operation("edit", id));
            if (system.state() == SystemState.DEFINED) {
                ops.add(new Operation("delete", id));
            }
        }
        for (String action : legalActions(system, running)) {
            ops.add(new Operation(CimiNames.actionUri(action), id + "/" + action));
        }
        if (capturable(system, running)) {
            // capture POSTs a MachineImage to the images collection (CIMI-MACH-009)
            ops.add(new Operation(CimiNames.actionUri("capture"), uris.collection(MACHINE_IMAGES)));
        }
        return CimiDocument.resource("Machine")
                .put("id", id)
                .put("name", system.name())
                .put("description", system.settings().description().isEmpty() ? null
                        : system.settings().description())
                .put("created", meta.created().truncatedTo(ChronoUnit.SECONDS).toString())
                .put("updated", meta.updated().truncatedTo(ChronoUnit.SECONDS).toString())
                .properties(meta.properties())
                .put("state", machineState(system, running))
                .put("cpu", system.total(DeviceKind.PROCESSOR))
                .put("memory", system.total(DeviceKind.MEMORY) / MachineCatalog.KIB)
                .href("disks", id + "/disks")
                .href("volumes", id + "/volumes")
                .href(MachinePartViews.NETWORK_INTERFACES, id + "/" + MachinePartViews.NETWORK_INTERFACES)
                .href(MonitoringViews.METERS, id + "/" + MonitoringViews.METERS)
                .href("eventLog", uris.member(MonitoringViews.EVENT_LOGS, system.id()))
                .operations(ops)
                .build();
    }

    /** The ETag of a machine: changes whenever anything CIMI shows about it changes. */
    String etag(VirtualSystem system) {
        MachineRecords.Meta meta = records.observe(system);
        Job running = runningJob(system.id());
        int hash = Objects.hash(system, meta.properties(), running == null ? null : running.id());
        return "\"" + Integer.toHexString(hash) + "\"";
    }

    CimiDocument machines() {
        List<CimiDocument> members = new LazyMembers<>(dc.systems(), this::machine);
        return collection("MachineCollection", MACHINES, members,
                List.of(new Operation("add", uris.collection(MACHINES))));
    }

    CimiDocument disks(VirtualSystem system) {
        String machineId = uris.member(MACHINES, system.id());
        List<CimiDocument> members = new ArrayList<>();
        for (Allocation a : system.allocationsOf(DeviceKind.DISK)) {
            members.add(CimiDocument.resource("MachineDisk")
                    .put("id", machineId + "/disks/" + a.id())
                    .put("name", a.id())
                    .put("capacity", a.quantity() / MachineCatalog.KIB)
                    .put("initialLocation", a.backing())
                    .build());
        }
        return CimiDocument.collection("MachineDiskCollection")
                .put("id", machineId + "/disks")
                .put("count", members.size())
                .put("entries", new Entries("disks", members))
                .build();
    }

    // ------------------------------------------------------------------ catalogue

    CimiDocument config(MachineCatalog.Config c) {
        return CimiDocument.resource("MachineConfiguration")
                .put("id", uris.member(MACHINE_CONFIGS, c.id()))
                .put("name", c.id())
                .put("description", c.description())
                .put("created", started.toString())
                .put("cpu", c.cpu())
                .put("memory", c.memoryBytes() / MachineCatalog.KIB)
                .put("cpuArch", MachineCatalog.CPU_ARCH)
                .put("disks", new Entries("disks", List.of(CimiDocument.resource("Disk")
                        .put("capacity", c.diskBytes() / MachineCatalog.KIB)
                        .put("format", c.format())
                        .build())))
                .build();
    }

    CimiDocument image(MachineCatalog.Image i) {
        return CimiDocument.resource("MachineImage")
                .put("id", uris.member(MACHINE_IMAGES, i.id()))
                .put("name", i.id())
                .put("description", i.description())
                .put("created", started.toString())
                .put("state", i.state())
                .put("type", "IMAGE")
                .put("imageLocation", i.imageLocation())
                .build();
    }

    CimiDocument template(MachineCatalog.Template t) {
        return CimiDocument.resource("MachineTemplate")
                .put("id", uris.member(MACHINE_TEMPLATES, t.id()))
                .put("name", t.id())
                .put("description", t.description())
                .put("created", started.toString())
                .href("machineConfig", uris.member(MACHINE_CONFIGS, t.configId()))
                .href("machineImage", uris.member(MACHINE_IMAGES, t.imageId()))
                // a machine is created defined but not running, which CIMI shows as STOPPED
                .put("initialState", "STOPPED")
                .build();
    }

    CimiDocument configs() {
        return collection("MachineConfigurationCollection", MACHINE_CONFIGS,
                MachineCatalog.configs().stream().map(this::config).toList(), List.of());
    }

    CimiDocument images() {
        return collection("MachineImageCollection", MACHINE_IMAGES,
                MachineCatalog.images().stream().map(this::image).toList(), List.of());
    }

    CimiDocument templates() {
        return collection("MachineTemplateCollection", MACHINE_TEMPLATES,
                MachineCatalog.templates().stream().map(this::template).toList(), List.of());
    }

    // ------------------------------------------------------------------ jobs

    static String jobState(Job job) {
        return switch (job.state()) {
            case NEW -> "QUEUED";
            case RUNNING -> "RUNNING";
            case COMPLETED -> "SUCCESS";
            case FAILED -> "FAILED";
            case KILLED -> "STOPPED";
        };
    }

    static String jobAction(JobOperation operation) {
        return switch (operation) {
            case START, RESUME -> CimiNames.actionUri("start");
            case STOP -> CimiNames.actionUri("stop");
            case RESET -> CimiNames.actionUri("restart");
            case PAUSE -> CimiNames.actionUri("pause");
            case SUSPEND -> CimiNames.actionUri("suspend");
            case DESTROY -> "delete";
            case CREATE -> "add";
            // not a CIMI action: migrations are started through the WBEM view
            case MIGRATE_OFFLINE, MIGRATE_LIVE -> "http://vcmtck.org/cimi/action/migrate";
        };
    }

    CimiDocument job(Job job) {
        String target = job.systemId() == null ? null : uris.member(MACHINES, job.systemId());
        boolean failed = job.state() == org.vcmtck.simulator.model.JobState.FAILED
                || job.state() == org.vcmtck.simulator.model.JobState.KILLED;
        return CimiDocument.resource("Job")
                .put("id", uris.member(JOBS, job.id()))
                .put("name", job.id())
                .put("state", jobState(job))
                .href("targetResource", target)
                .put("action", jobAction(job.operation()))
                .put("progress", job.percentComplete())
                .put("returnCode", job.state().finished() ? (failed ? 1 : 0) : null)
                .put("statusMessage", job.error())
                .operations(job.state().finished() ? List.of(new Operation("delete", uris.member(JOBS, job.id())))
                        : List.of(new Operation(CimiNames.actionUri(JobRoutes.STOP),
                        uris.member(JOBS, job.id()) + "/" + JobRoutes.STOP)))
                .build();
    }

    CimiDocument jobs() {
        return collection("JobCollection", JOBS, dc.jobs().stream().map(this::job).toList(), List.of());
    }

    private CimiDocument collection(String type, String name, List<CimiDocument> members, List<Operation> ops) {
        return CimiDocument.collection(type)
                .put("id", uris.collection(name))
                .put("count", members.size())
                .put("entries", new Entries(name, members))
                .operations(ops)
                .build();
    }
}
