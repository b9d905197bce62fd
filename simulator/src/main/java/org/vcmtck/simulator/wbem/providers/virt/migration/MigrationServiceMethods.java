package org.vcmtck.simulator.wbem.providers.virt.migration;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.JobState;
import org.vcmtck.simulator.model.MigrationKind;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.EmbeddedSettings;
import org.vcmtck.simulator.wbem.providers.virt.InvalidSettingsException;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.MethodProvider;
import org.vcmtck.simulator.wbem.repository.ProviderContext;

/**
 * The CIM_VirtualSystemMigrationService methods of a host (MIG-002), mapped to {@link Datacenter#migrate}. The
 * service moves the virtual systems of its own host. Return codes (MIG-003): 0 when the model's job finished
 * inside the call, 4096 + Job while it runs, 2 when the model refuses or the job failed, 1 for what the reference
 * does not do (a Resume/Restart/Other migration of an active system, new settings during the move), 4 for a
 * parameter that names nothing usable, including a DestinationHost in a format the capabilities do not list
 * (MIG-005). MigrationType (MIG-004): an inactive system is moved offline whatever the type; an active one only
 * Live (the default). The Check* methods answer IsMigratable from a dry run on a copy of the model, so they
 * change nothing (MIG-006).
 */
final class MigrationServiceMethods implements MethodProvider {
    static final int COMPLETED = 0;
    static final int FAILED = 2;
    static final int JOB_STARTED = 4096;
    /** MigrationType values of CIM_VirtualSystemMigrationSettingData: 1 Other, 2 Live, 3 Resume, 4 Restart. */
    static final int LIVE = 2;
    private static final int MIGRATION_TYPE_MAX = 4;

    private final Datacenter dc;
    private final VirtualizationPaths paths;
    private final EmbeddedSettings embedded;

    MigrationServiceMethods(Datacenter dc, VirtualizationPaths paths, EmbeddedSettings embedded) {
        this.dc = dc;
        this.paths = paths;
        this.embedded = embedded;
    }

    /** What a validated request asks for. */
    private record Request(VirtualSystem system, Host destination, MigrationKind kind) {
    }

    @Override
    public MethodResult invoke(ProviderContext ctx, CimObjectPath target, CimMethod method, Map<String, CimValue> in) {
        if (target.isClassPath()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, method.name()
                    + " is not static: invoke it on a " + MigrationPaths.SERVICE + " instance");
        }
        MigrationMethod which = MigrationMethod.named(method.name()).orElseThrow(() -> new CimException(
                CimStatus.CIM_ERR_METHOD_NOT_AVAILABLE, "no provider for " + method.name() + " on "
                + target.className()));
        CimValue hostKey = target.key("SystemName");
        if (hostKey == null || dc.hosts().stream().noneMatch(h -> h.id().equals(hostKey.asString()))) {
            throw new CimException(CimStatus.CIM_ERR_NOT_FOUND, "no migration service " + target);
        }
        Request request;
        try {
            request = request(hostKey.asString(), which, in);
        } catch (MigrationRefusal refusal) {
            return rc(refusal.returnCode());
        }
        return which.checkOnly() ? check(request) : migrate(request);
    }

    private MethodResult migrate(Request r) {
        Job job;
        try {
            job = dc.migrate(r.system().id(), r.destination().id(), r.kind());
        } catch (ModelException e) {
            return rc(e.kind() == ErrorKind.INVALID_ARGUMENT ? MigrationRefusal.INVALID_PARAMETER : FAILED);
        }
        if (job.state() == JobState.COMPLETED) {
            return rc(COMPLETED);
        }
        if (job.state().finished()) {
            return rc(FAILED);
        }
        return new MethodResult(CimValue.uint32(JOB_STARTED), Map.of("Job", CimValue.of(paths.job(job.id()))));
    }

    /** The same request on a copy of the model: whether the model would start the move. */
    private MethodResult check(Request r) {
        boolean migratable;
        try {
            Datacenter.restore(dc.snapshot()).migrate(r.system().id(), r.destination().id(), r.kind());
            migratable = true;
        } catch (ModelException e) {
            migratable = false;
        }
        return new MethodResult(CimValue.uint32(COMPLETED), Map.of("IsMigratable", CimValue.of(migratable)));
    }

    private Request request(String serviceHostId, MigrationMethod which, Map<String, CimValue> in) {
        CimValue systemRef = arg(in, "ComputerSystem");
        if (systemRef == null || systemRef.isNull()) {
            throw new MigrationRefusal(MigrationRefusal.INVALID_PARAMETER, "ComputerSystem", "no system given");
        }
        VirtualSystem system = systemNamed(systemRef.asPath()).orElseThrow(() -> new MigrationRefusal(
                MigrationRefusal.INVALID_PARAMETER, "ComputerSystem", "no virtual system " + systemRef.asPath()));
        if (!system.hostId().equals(serviceHostId)) {
            throw new MigrationRefusal(MigrationRefusal.INVALID_PARAMETER, "ComputerSystem", "system "
                    + system.id() + " is not hosted by " + serviceHostId + ", whose service was asked");
        }
        Host destination = which.byHostName() ? hostByName(arg(in, "DestinationHost"))
                : hostByReference(arg(in, "DestinationSystem"));
        if (hasValue(arg(in, "NewSystemSettingData")) || hasValue(arg(in, "NewResourceSettingData"))) {
            throw new MigrationRefusal(MigrationRefusal.NOT_SUPPORTED, "NewSystemSettingData",
                    "the reference moves a system with its settings unchanged");
        }
        return new Request(system, destination, kind(system, migrationType(arg(in, "MigrationSettingData"))));
    }

    /** The model's kind of move for a MigrationType; an inactive system has nothing to keep running. */
    private static MigrationKind kind(VirtualSystem system, int migrationType) {
        if (system.state() != SystemState.RUNNING) {
            return MigrationKind.OFFLINE;
        }
        if (migrationType != LIVE) {
            throw new MigrationRefusal(MigrationRefusal.NOT_SUPPORTED, "MigrationSettingData.MigrationType",
                    "an active system is only migrated live (2), not " + migrationType);
        }
        return MigrationKind.LIVE;
    }

    /** MigrationType of the embedded setting data; Live when none is given. */
    private int migrationType(CimValue text) {
        if (!hasValue(text)) {
            return LIVE;
        }
        CimInstance settings;
        try {
            settings = embedded.decode("MigrationSettingData", text.asString(), MigrationPaths.SETTING_DATA);
        } catch (InvalidSettingsException e) {
            throw new MigrationRefusal(MigrationRefusal.INVALID_PARAMETER, "MigrationSettingData", e.getMessage());
        }
        CimValue type = settings.value("MigrationType");
        if (type == null || type.isNull()) {
            return LIVE;
        }
        long value = type.asLong();
        if (value < 1 || value > MIGRATION_TYPE_MAX) {
            throw new MigrationRefusal(MigrationRefusal.INVALID_PARAMETER, "MigrationSettingData.MigrationType",
                    value + " is not 1 Other, 2 Live, 3 Resume or 4 Restart");
        }
        return (int) value;
    }

    /** DestinationHost: only DNS names are supported (the host's CIM_ComputerSystem.Name). */
    private Host hostByName(CimValue text) {
        String name = text == null || text.isNull() ? null : text.asString();
        DestinationHostFormat format = DestinationHostFormat.of(name).orElseThrow(() -> new MigrationRefusal(
                MigrationRefusal.INVALID_PARAMETER, "DestinationHost", "'" + name + "' is no host name or address"));
        if (!MigrationProviders.HOST_FORMATS.contains(format)) {
            throw new MigrationRefusal(MigrationRefusal.INVALID_PARAMETER, "DestinationHost", "format " + format
                    + " is not in DestinationHostFormatsSupported");
        }
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return dc.hosts().stream().filter(h -> h.id().equalsIgnoreCase(bare)).findFirst().orElseThrow(() ->
                new MigrationRefusal(MigrationRefusal.INVALID_PARAMETER, "DestinationHost", "no host " + name));
    }

    private Host hostByReference(CimValue ref) {
        if (ref == null || ref.isNull()) {
            throw new MigrationRefusal(MigrationRefusal.INVALID_PARAMETER, "DestinationSystem", "no system given");
        }
        CimValue name = ref.asPath().key("Name");
        return dc.hosts().stream().filter(h -> name != null && h.id().equals(name.asString())).findFirst()
                .orElseThrow(() -> new MigrationRefusal(MigrationRefusal.INVALID_PARAMETER, "DestinationSystem",
                        ref.asPath() + " is not a virtualization host"));
    }

    private Optional<VirtualSystem> systemNamed(CimObjectPath path) {
        CimValue name = path.key("Name");
        return name == null ? Optional.empty()
                : dc.systems().stream().filter(vs -> vs.uuid().equalsIgnoreCase(name.asString())).findFirst();
    }

    private static boolean hasValue(CimValue v) {
        return v != null && !v.isNull() && !(v.type().array() && v.asList().isEmpty());
    }

    private static CimValue arg(Map<String, CimValue> in, String name) {
        return in.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT))).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static MethodResult rc(int code) {
        return MethodResult.of(CimValue.uint32(code));
    }
}
