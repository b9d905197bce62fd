package org.vcmtck.simulator.wbem.providers.virt.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * The logical devices of every virtual system, computed from the model's allocations on each call (nothing is
 * kept): the device classes of DSP1044 (CIM_Processor per vCPU), DSP1045 (CIM_Memory), DSP1047 (CIM_LogicalDisk
 * and the DVD drive), DSP1050 (CIM_EthernetPort) and DSP1059 (controllers). Devices are scoped by their virtual
 * system (SystemCreationClassName / SystemName = the system's CIM_ComputerSystem keys) and follow its state.
 */
final class DeviceInstances {
    static final String SYSTEM_CLASS = "CIM_ComputerSystem";
    private static final long SECTOR = 512;
    /** CIM_StorageExtent.Access 3 = Read/Write Supported. */
    private static final int READ_WRITE = 3;
    /** CIM_NetworkPort.LinkTechnology 2 = Ethernet. */
    private static final int ETHERNET = 2;

    private final CimRepository repository;
    private final String ns;
    private final Datacenter dc;

    DeviceInstances(CimRepository repository, String namespace, Datacenter dc) {
        this.repository = repository;
        this.ns = namespace;
        this.dc = dc;
    }

    /** Every device of every virtual system, as of now. */
    List<VirtualDevice> all() {
        List<VirtualDevice> out = new ArrayList<>();
        for (VirtualSystem vs : dc.systems()) {
            for (Allocation a : vs.allocations()) {
                int count = a.kind() == DeviceKind.PROCESSOR ? Math.toIntExact(a.quantity()) : 1;
                for (int i = 0; i < count; i++) {
                    out.add(new VirtualDevice(vs, a, i, instance(vs, a, i)));
                }
            }
        }
        return out;
    }

    /** The devices shown as exactly {@code cimClass} (not its subclasses: each class has its own provider). */
    List<CimInstance> ofClass(String cimClass) {
        return all().stream().map(VirtualDevice::instance).filter(i -> i.className().equalsIgnoreCase(cimClass))
                .toList();
    }

    /** DeviceID: the allocation id, with the vCPU index for processors (at most 64 characters by the schema). */
    static String deviceId(Allocation a, int index) {
        return a.kind() == DeviceKind.PROCESSOR ? a.id() + "/cpu" + index : a.id();
    }

    /** A MAC as CIM_EthernetPort formats its addresses: twelve hexadecimal digits, no separators. */
    static String portAddress(String mac) {
        return mac.replace(":", "").replace("-", "").toUpperCase(Locale.ROOT);
    }

    private CimInstance instance(VirtualSystem vs, Allocation a, int index) {
        DeviceClass deviceClass = DeviceClass.of(a.kind());
        List<CimProperty> props = new ArrayList<>(List.of(
                str("SystemCreationClassName", SYSTEM_CLASS),
                str("SystemName", vs.uuid()),
                str("CreationClassName", deviceClass.cimClass()),
                str("DeviceID", deviceId(a, index)),
                str("ElementName", a.kind().name().toLowerCase(Locale.ROOT) + " " + deviceId(a, index)),
                // a virtual device is up exactly when its system is: it mirrors the system's EnabledState
                CimProperty.of("EnabledState", CimValue.uint16(vs.state().cimEnabledState())),
                CimProperty.of("HealthState", CimValue.uint16(5))));
        switch (deviceClass) {
            case PROCESSOR -> props.add(str("Role", "Central Processor"));
            case MEMORY -> {
                props.add(CimProperty.of("Volatile", CimValue.of(true)));
                props.addAll(blocks(1, a.quantity()));
            }
            case LOGICAL_DISK -> {
                long blockSize = a.quantity() % SECTOR == 0 ? SECTOR : 1;
                props.addAll(blocks(blockSize, a.quantity() / blockSize));
                props.add(CimProperty.of("Access", CimValue.uint16(READ_WRITE)));
                if (a.backing() != null) {
                    props.add(str("Name", a.backing()));
                }
            }
            case ETHERNET_PORT -> {
                props.add(CimProperty.of("LinkTechnology", CimValue.uint16(ETHERNET)));
                if (a.mac() != null) {
                    String address = portAddress(a.mac());
                    props.add(str("PermanentAddress", address));
                    props.add(CimProperty.of("NetworkAddresses", CimValue.of(CimType.arrayOf(CimType.Base.STRING),
                            new ArrayList<Object>(List.of(address)))));
                }
            }
            case DVD_DRIVE -> { }
            case IDE_CONTROLLER, SCSI_CONTROLLER, SATA_CONTROLLER, PCI_CONTROLLER ->
                    props.add(CimProperty.of("ProtocolSupported", CimValue.uint16(deviceClass.protocolSupported())));
        }
        return repository.complete(ns, new CimInstance(deviceClass.cimClass(), props));
    }

    private static List<CimProperty> blocks(long blockSize, long blocks) {
        return List.of(CimProperty.of("BlockSize", CimValue.uint64(blockSize)),
                CimProperty.of("NumberOfBlocks", CimValue.uint64(blocks)),
                CimProperty.of("ConsumableBlocks", CimValue.uint64(blocks)));
    }

    private static CimProperty str(String name, String value) {
        return CimProperty.of(name, CimValue.of(value));
    }
}
