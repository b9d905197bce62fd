package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.testng.SkipException;

/**
 * DSP1044 / DSP1045 / DSP1047 / DSP1050 / DSP1059: the logical devices of a virtual system the suite defines with
 * the resources a scenario needs, each checked against the RASD that defines it (CIM_SettingsDefineState) and the
 * pool it is allocated from (CIM_ElementAllocatedFromPool, DSP1041). A profile the target does not register leaves
 * its scenarios not tested; so does a generic device kind the target refuses to define.
 */
public class CimVirtualDeviceSteps {

    private static final long MIB = 1L << 20;
    private static final String PROCESSOR_CLASS = "CIM_Processor";
    private static final String SASD = "CIM_StorageAllocationSettingData";
    private static final String EPASD = "CIM_EthernetPortAllocationSettingData";
    /** The properties CIM_StorageAllocationSettingData adds (DEV-004). */
    private static final List<String> SASD_PROPERTIES = List.of("VirtualResourceBlockSize", "VirtualQuantityUnits",
            "Access", "HostResourceBlockSize", "HostExtentStartingAddress", "HostExtentName", "HostExtentNameFormat",
            "HostExtentNameNamespace");
    /** The VLAN, QoS and port-profile properties CIM_EthernetPortAllocationSettingData adds (DEV-006). */
    private static final List<String> EPASD_PROPERTIES = List.of("DesiredVLANEndpointMode", "AllowedToTransmitVLANs",
            "AllowedToReceiveVLANs", "DefaultPortVID", "PortVID", "Promiscuous", "SourceMACFilteringEnabled",
            "ReceiveBandwidthLimit", "ReceiveBandwidthReservation", "NetworkPortProfileID",
            "NetworkPortProfileIDType");

    private final CimVirtualHost host;
    private final CimProfileContext cim;
    private final DeviceWalk walk;
    private int processors;
    private long memoryBytes;
    private long diskBytes;

    public CimVirtualDeviceSteps(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
        this.walk = new DeviceWalk(host);
    }

    @Given("the target registers the {string} profile")
    public void registered(String registeredName) {
        cim.centralInstances(registeredName);
    }

    @Given("a virtual system the suite defined with {int} virtual processors")
    public void withProcessors(int count) {
        processors = count;
        define(false, ns -> new CIMInstance[]{DeviceSettings.processors(ns, count), DeviceSettings.memory(ns, 256)});
    }

    @Given("a virtual system the suite defined with {int} MiB of memory")
    public void withMemory(int mib) {
        memoryBytes = mib * MIB;
        define(false, ns -> new CIMInstance[]{DeviceSettings.processors(ns, 1), DeviceSettings.memory(ns, mib)});
    }

    @Given("a virtual system the suite defined with a {int} MiB virtual disk")
    public void withDisk(int mib) {
        diskBytes = mib * MIB;
        define(false, ns -> new CIMInstance[]{DeviceSettings.processors(ns, 1), DeviceSettings.memory(ns, 256),
            DeviceSettings.disk(ns, mib)});
    }

    @Given("a virtual system the suite defined with two network adapters given no MAC address")
    public void withNetworkAdapters() {
        define(false, ns -> new CIMInstance[]{DeviceSettings.processors(ns, 1), DeviceSettings.memory(ns, 256),
            DeviceSettings.networkAdapter(ns), DeviceSettings.networkAdapter(ns)});
    }

    @Given("a virtual system the suite defined with an IDE controller")
    public void withController() {
        // DSP1059 covers many device kinds; a target need not offer this one
        define(true, ns -> new CIMInstance[]{DeviceSettings.processors(ns, 1), DeviceSettings.memory(ns, 256),
            DeviceSettings.ideController(ns)});
    }

    @Then("the virtual system shows one CIM_Processor per virtual processor through CIM_SystemDevice")
    public void oneProcessorPerVirtualProcessor() {
        CIMInstance rasd = walk.onlySetting(DeviceSettings.PROCESSOR, "processor");
        long quantity = DeviceWalk.number(rasd, "VirtualQuantity");
        if (quantity != processors) {
            throw cim.failure("the processor RASD shows VirtualQuantity " + quantity + "; the suite asked for "
                    + processors);
        }
        List<CIMObjectPath> devices = walk.devices(PROCESSOR_CLASS);
        if (devices.size() != processors) {
            throw cim.failure("the virtual system shows " + devices.size() + " CIM_Processor through CIM_SystemDevice "
                    + "for " + processors + " virtual processors");
        }
        walk.poolOfSetting(rasd).ifPresent(pool -> {
            if (DeviceWalk.number(pool, "ResourceType") != DeviceSettings.PROCESSOR) {
                throw cim.failure("the processor RASD draws from pool " + pool.getObjectPath() + " of ResourceType "
                        + pool.getPropertyValue("ResourceType") + "; expected 3");
            }
        });
    }

    @Then("each CIM_Processor of the virtual system is linked by CIM_SettingsDefineState to the processor RASD")
    public void processorsDefinedByProcessorSettings() {
        List<CIMObjectPath> devices = walk.devices(PROCESSOR_CLASS);
        if (devices.isEmpty()) {
            throw cim.failure("the virtual system shows no CIM_Processor through CIM_SystemDevice");
        }
        for (CIMObjectPath device : devices) {
            CIMInstance rasd = walk.definingSetting(device);
            if (DeviceWalk.number(rasd, "ResourceType") != DeviceSettings.PROCESSOR) {
                throw cim.failure("the processor " + device + " is defined by a RASD of ResourceType "
                        + rasd.getPropertyValue("ResourceType") + "; expected 3");
            }
        }
    }

    @Then("the virtual system shows a CIM_Memory defined by the memory RASD, whose byte-based units give the amount asked for")
    public void memoryDevice() {
        CIMInstance rasd = walk.onlySetting(DeviceSettings.MEMORY, "memory");
        Object units = rasd.getPropertyValue("AllocationUnits");
        long factor = ByteUnits.factor(units == null ? null : units.toString()).orElseThrow(() -> cim.failure(
                "the memory RASD's AllocationUnits '" + units + "' is not a byte-based programmatic unit"));
        long shown = DeviceWalk.number(rasd, "VirtualQuantity") * factor;
        if (shown != memoryBytes) {
            throw cim.failure("the memory RASD shows " + shown + " bytes; the suite asked for " + memoryBytes);
        }
        CIMObjectPath device = walk.deviceDefinedBy(rasd, "CIM_Memory");
        walk.sizeIfShown(device, memoryBytes);
    }

    @Then("the virtual system shows a CIM_LogicalDisk of the capacity asked for, defined by a disk drive or logical disk RASD")
    public void diskDevice() {
        List<CIMObjectPath> disks = walk.devices("CIM_LogicalDisk");
        if (disks.isEmpty()) {
            throw cim.failure("the virtual system shows no CIM_LogicalDisk through CIM_SystemDevice");
        }
        CIMObjectPath disk = disks.get(0);
        long type = DeviceWalk.number(walk.definingSetting(disk), "ResourceType");
        // drive (17) and image (31) RASDs are both in use: either may define the disk
        if (type != DeviceSettings.DISK_DRIVE && type != DeviceSettings.LOGICAL_DISK) {
            throw cim.failure("the CIM_LogicalDisk " + disk + " is defined by a RASD of ResourceType " + type
                    + "; expected 17 (Disk Drive) or 31 (Logical Disk)");
        }
        walk.sizeIfShown(disk, diskBytes);
    }

    @Then("a disk RASD shown as a CIM_StorageAllocationSettingData carries the storage properties")
    public void storageSettings() {
        CIMInstance rasd = subclassSetting(List.of(DeviceSettings.DISK_DRIVE, DeviceSettings.LOGICAL_DISK), SASD);
        walk.requireDeclared(rasd, SASD_PROPERTIES);
        Object access = rasd.getPropertyValue("Access");
        if (access instanceof Number n && (n.intValue() < 0 || n.intValue() > 3)) {
            throw cim.failure("the storage RASD's Access is " + n + "; the ValueMap has 0..3");
        }
    }

    @Then("each network adapter RASD shows a distinct unicast MAC address, and a CIM_EthernetPort of the virtual system shows it")
    public void networkAdapters() {
        List<CIMInstance> adapters = walk.settingsOfType(DeviceSettings.ETHERNET);
        if (adapters.size() != 2) {
            throw cim.failure("the virtual system has " + adapters.size() + " Ethernet adapter RASDs; the suite "
                    + "defined 2");
        }
        Set<String> seen = new HashSet<>();
        for (CIMInstance rasd : adapters) {
            Object address = rasd.getPropertyValue("Address");
            String mac = MacAddress.normalise(address).orElseThrow(() -> cim.failure("the Ethernet adapter RASD "
                    + rasd.getObjectPath() + " shows Address '" + address + "'; expected a generated MAC address"));
            if (MacAddress.isGroup(mac)) {
                throw cim.failure("the generated MAC " + address + " is a group (multicast) address");
            }
            if (!seen.add(mac)) {
                throw cim.failure("two network adapters got the same MAC " + address);
            }
            CIMObjectPath port = walk.deviceDefinedBy(rasd, "CIM_EthernetPort");
            List<String> shown = MacAddress.shownBy(cim.instance(port));
            if (!shown.isEmpty() && !shown.contains(mac)) {
                throw cim.failure("the CIM_EthernetPort " + port + " shows " + shown + "; its RASD has Address "
                        + address);
            }
        }
    }

    @Then("a network adapter RASD shown as a CIM_EthernetPortAllocationSettingData carries the VLAN and QoS properties")
    public void ethernetSettings() {
        CIMInstance rasd = subclassSetting(List.of(DeviceSettings.ETHERNET), EPASD);
        walk.requireDeclared(rasd, EPASD_PROPERTIES);
    }

    @Then("the controller is a CIM_LogicalDevice of the virtual system, defined by its RASD and allocated from a pool")
    public void genericDevice() {
        CIMInstance rasd = walk.onlySetting(DeviceSettings.IDE_CONTROLLER, "IDE controller");
        CIMObjectPath device = walk.deviceDefinedBy(rasd, "CIM_LogicalDevice");
        if (walk.poolsOf(device).isEmpty()) {
            throw cim.failure("the controller " + device + " is allocated from no pool");
        }
    }

    @Then("every device of the virtual system is allocated from exactly one resource pool")
    public void onePoolEach() {
        for (CIMObjectPath device : walk.requireDevices()) {
            List<CIMObjectPath> pools = walk.poolsOf(device);
            if (pools.size() != 1) {
                throw cim.failure("the device " + device + " is allocated from " + pools.size()
                        + " pools through CIM_ElementAllocatedFromPool; expected exactly one");
            }
        }
    }

    @Then("every device of the virtual system, its RASD and its pool agree")
    public void crossWalk() {
        for (CIMObjectPath device : walk.requireDevices()) {
            walk.crossWalk(device);
        }
    }

    private CIMInstance subclassSetting(List<Integer> types, String subclass) {
        List<CIMInstance> candidates = new ArrayList<>();
        types.forEach(t -> candidates.addAll(walk.settingsOfType(t)));
        Set<String> ofSubclass = walk.instanceIdentities(subclass);
        return candidates.stream().filter(r -> ofSubclass.contains(CimProfileContext.identity(r.getObjectPath())))
                .findFirst().orElseThrow(() -> new SkipException("no RASD of ResourceType " + types
                        + " is a " + subclass));
    }

    private void define(boolean refusalIsAbsence, java.util.function.Function<String, CIMInstance[]> settings) {
        MethodResult result = host.define(settings);
        boolean defined = result.answered() && (result.returnValue() == MethodResult.COMPLETED
                || result.returnValue() == MethodResult.JOB_STARTED);
        if (!defined && refusalIsAbsence) {
            throw new SkipException("the target does not define this device: " + result);
        }
        if (!defined) {
            throw cim.failure("DefineSystem refused the virtual system: " + result);
        }
        host.system();
    }
}
