package org.vcmtck.features.steps.cim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vcmtck.features.steps.wbem.WbemClientSession;

/**
 * Walks from the scenario's virtual system to its settings (CIM_SettingsDefineState to the VSSD, then
 * CIM_VirtualSystemSettingDataComponent to the RASDs), its devices (CIM_SystemDevice), each device's RASD
 * (CIM_SettingsDefineState) and pool (CIM_ElementAllocatedFromPool). Failures name the scenario's requirements.
 */
final class DeviceWalk {
    static final String SYSTEM_DEVICE = "CIM_SystemDevice";
    static final String SETTINGS_DEFINE_STATE = "CIM_SettingsDefineState";
    static final String ALLOCATED_FROM_POOL = "CIM_ElementAllocatedFromPool";
    static final String RESOURCE_POOL = "CIM_ResourcePool";

    private final CimVirtualHost host;
    private final CimProfileContext cim;
    private List<CIMInstance> settings;

    DeviceWalk(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
    }

    /** The RASDs the virtual system's VSSD aggregates. */
    List<CIMInstance> settings() {
        if (settings == null) {
            settings = new ArrayList<>();
            for (CIMObjectPath vssd : cim.associatorNames(host.system(), SETTINGS_DEFINE_STATE, CimVirtualHost.VSSD,
                    "ManagedElement", "SettingData")) {
                settings.addAll(cim.associators(vssd, "CIM_VirtualSystemSettingDataComponent", CimVirtualHost.RASD,
                        "GroupComponent", "PartComponent"));
            }
        }
        return settings;
    }

    List<CIMInstance> settingsOfType(int resourceType) {
        return settings().stream().filter(r -> number(r, "ResourceType") == resourceType).toList();
    }

    CIMInstance onlySetting(int resourceType, String what) {
        List<CIMInstance> found = settingsOfType(resourceType);
        if (found.size() != 1) {
            throw cim.failure("the virtual system has " + found.size() + " " + what + " RASDs (ResourceType "
                    + resourceType + "); the suite defined one");
        }
        return found.get(0);
    }

    /** The virtual system's devices of {@code deviceClass} (or a subclass) through CIM_SystemDevice. */
    List<CIMObjectPath> devices(String deviceClass) {
        return cim.associatorNamesIfKnown(host.system(), SYSTEM_DEVICE, deviceClass, "GroupComponent",
                "PartComponent");
    }

    /** Every device of the virtual system; a system with none fails (its device profile is registered). */
    List<CIMObjectPath> requireDevices() {
        List<CIMObjectPath> devices = devices("CIM_LogicalDevice");
        if (devices.isEmpty()) {
            throw cim.failure("the virtual system " + host.system() + " shows no CIM_LogicalDevice through "
                    + SYSTEM_DEVICE);
        }
        return devices;
    }

    /** The one RASD a device is linked to by CIM_SettingsDefineState. */
    CIMInstance definingSetting(CIMObjectPath device) {
        List<CIMInstance> found = cim.associators(device, SETTINGS_DEFINE_STATE, CimVirtualHost.RASD,
                "ManagedElement", "SettingData");
        if (found.size() != 1) {
            throw cim.failure("the device " + device + " is linked to " + found.size() + " RASDs by "
                    + SETTINGS_DEFINE_STATE + "; expected exactly one");
        }
        return found.get(0);
    }

    /** The device of the virtual system that the RASD defines; none fails. */
    CIMObjectPath deviceDefinedBy(CIMInstance rasd, String deviceClass) {
        Set<String> ofSystem = identities(devices(deviceClass));
        return cim.associatorNames(rasd.getObjectPath(), SETTINGS_DEFINE_STATE, deviceClass, "SettingData",
                        "ManagedElement").stream().filter(d -> ofSystem.contains(CimProfileContext.identity(d)))
                .findFirst().orElseThrow(() -> cim.failure("no " + deviceClass + " of the virtual system is linked "
                        + "to the RASD " + rasd.getObjectPath() + " by " + SETTINGS_DEFINE_STATE));
    }

    /** When a storage extent shows BlockSize and NumberOfBlocks, together they give the expected size. */
    void sizeIfShown(CIMObjectPath device, long bytes) {
        CIMInstance instance = cim.instance(device);
        long blockSize = number(instance, "BlockSize");
        long blocks = number(instance, "NumberOfBlocks");
        if (blockSize > 0 && blocks >= 0 && blockSize * blocks != bytes) {
            throw cim.failure("the device " + device + " shows " + blocks + " blocks of " + blockSize
                    + " bytes; the suite asked for " + bytes + " bytes");
        }
    }

    /** The host's pool whose PoolID the RASD names, if the RASD names one the host hosts. */
    Optional<CIMInstance> poolOfSetting(CIMInstance rasd) {
        Object poolId = rasd.getPropertyValue("PoolID");
        if (!(poolId instanceof String id) || id.isBlank()) {
            return Optional.empty();
        }
        return cim.associators(host.host(), "CIM_HostedResourcePool", RESOURCE_POOL, "GroupComponent",
                "PartComponent").stream().filter(p -> id.equals(p.getPropertyValue("PoolID"))).findFirst();
    }

    List<CIMObjectPath> poolsOf(CIMObjectPath device) {
        return cim.associatorNamesIfKnown(device, ALLOCATED_FROM_POOL, RESOURCE_POOL, "Dependent", "Antecedent");
    }

    /** Device → RASD → pool and pool → device agree (DEV-008). */
    void crossWalk(CIMObjectPath device) {
        CIMInstance rasd = definingSetting(device);
        List<CIMObjectPath> pools = poolsOf(device);
        if (pools.size() != 1) {
            throw cim.failure("the device " + device + " is allocated from " + pools.size() + " pools; expected one");
        }
        CIMInstance pool = cim.instance(pools.get(0));
        Object rasdPool = rasd.getPropertyValue("PoolID");
        Object poolId = pool.getPropertyValue("PoolID");
        if (!(rasdPool instanceof String r) || r.isBlank() || !r.equals(poolId)) {
            throw cim.failure("the device " + device + " is defined by a RASD with PoolID '" + rasdPool
                    + "' but allocated from the pool " + pool.getObjectPath() + " with PoolID '" + poolId + "'");
        }
        Set<String> allocated = identities(cim.associatorNames(pool.getObjectPath(), ALLOCATED_FROM_POOL, null,
                "Antecedent", "Dependent"));
        if (!allocated.contains(CimProfileContext.identity(device))) {
            throw cim.failure("the pool " + pool.getObjectPath() + " does not list the device " + device
                    + " among the elements allocated from it");
        }
    }

    /** Identities of the instances of a class in the system's namespace; an unknown class has none. */
    Set<String> instanceIdentities(String className) {
        String ns = host.system().getNamespace();
        WbemClientSession.Outcome<List<CIMObjectPath>> outcome = cim.session().run(c -> WbemClientSession.drain(
                c.enumerateInstanceNames(cim.session().path(ns, className))));
        return outcome.succeeded() ? identities(outcome.value()) : Set.of();
    }

    /**
     * The class of the instance (GetClass, inherited properties included) declares every named property: a MOF-level
     * check, since a server may leave NULL properties out of an instance it returns.
     */
    void requireDeclared(CIMInstance instance, List<String> names) {
        CIMObjectPath path = instance.getObjectPath();
        CIMObjectPath classPath = cim.session().path(path.getNamespace(), path.getObjectName());
        CIMClass cimClass = cim.call("GetClass of " + path.getObjectName(), c -> c.getClass(classPath, false, false,
                false, null));
        List<String> missing = names.stream().filter(n -> cimClass.getProperty(n) == null).toList();
        if (!missing.isEmpty()) {
            throw cim.failure("the class " + path.getObjectName() + " of " + path + " does not declare " + missing);
        }
    }

    static long number(CIMInstance instance, String property) {
        return instance.getPropertyValue(property) instanceof Number n ? n.longValue() : -1;
    }

    private static Set<String> identities(List<CIMObjectPath> paths) {
        Set<String> out = new HashSet<>();
        paths.forEach(p -> out.add(CimProfileContext.identity(p)));
        return out;
    }
}
