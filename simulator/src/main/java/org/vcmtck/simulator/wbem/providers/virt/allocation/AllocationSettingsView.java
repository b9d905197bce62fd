package org.vcmtck.simulator.wbem.providers.virt.allocation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * The RASD (or RASD subclass, see {@link AllocationClasses}) of every allocation, computed from the model on each
 * request (DSP1041 RA-001..006, RA-013; DSP1047 / DSP1050 subclass properties).
 * <ul>
 * <li>AllocationUnits and VirtualQuantityUnits are the pool type's DSP0004 unit ({@code count} or {@code byte}),
 * so VirtualQuantity is exactly the model quantity the virtual system sees.</li>
 * <li>The model reserves an allocation's whole quantity in its pool when it is made, so Reservation and Limit
 * both equal it; the model has no weights or affinity, so Weight and MappingBehavior stay unset.</li>
 * <li>HostResource carries the backing image as a URI (a {@code file:} URI for a plain path).</li>
 * </ul>
 */
public final class AllocationSettingsView {
    /** The simulated hardware is x86-64 (the CIMI view publishes the same as cpuArch x86_64). */
    static final String PROCESSOR_ARCHITECTURE = "DMTF:x86";
    static final String INSTRUCTION_SET = "DMTF:x86:64";
    private static final int VIRTUALIZED = 3;
    private static final int OTHER_RESOURCE_TYPE = 1;
    private static final int READABLE = 1;
    private static final int READ_WRITE = 3;
    private static final int VLAN_ACCESS = 2;
    private static final Pattern HAS_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final CimRepository repository;
    private final String namespace;
    private final Datacenter dc;

    public AllocationSettingsView(CimRepository repository, VirtualizationPaths paths, Datacenter dc) {
        this.repository = repository;
        this.namespace = paths.namespace();
        this.dc = dc;
    }

    /** The settings of every allocation published as exactly {@code className} (not its subclasses). */
    public List<CimInstance> ofClass(String className) {
        List<CimInstance> out = new ArrayList<>();
        for (VirtualSystem vs : dc.systems()) {
            for (Allocation a : vs.allocations()) {
                if (AllocationClasses.of(a.kind()).equalsIgnoreCase(className)) {
                    out.add(render(vs, a));
                }
            }
        }
        return out;
    }

    public CimInstance render(VirtualSystem vs, Allocation a) {
        String className = AllocationClasses.of(a.kind());
        List<CimProperty> props = new ArrayList<>(List.of(
                str("InstanceID", VirtualizationPaths.rasdId(vs.id(), a.id())),
                str("ElementName", a.kind().name().toLowerCase(Locale.ROOT)),
                CimProperty.of("ResourceType", CimValue.uint16(a.kind().cimResourceType())),
                str("PoolID", a.poolId()),
                CimProperty.of("ConsumerVisibility", CimValue.uint16(VIRTUALIZED)),
                str("AllocationUnits", a.type().unit()),
                str("VirtualQuantityUnits", a.type().unit()),
                CimProperty.of("VirtualQuantity", CimValue.uint64(a.quantity())),
                CimProperty.of("Reservation", CimValue.uint64(a.quantity())),
                CimProperty.of("Limit", CimValue.uint64(a.quantity())),
                CimProperty.of("AutomaticAllocation", CimValue.of(true)),
                CimProperty.of("AutomaticDeallocation", CimValue.of(true))));
        if (a.kind().cimResourceType() == OTHER_RESOURCE_TYPE) {
            props.add(str("OtherResourceType", a.kind() == DeviceKind.PCI_CONTROLLER ? "PCI controller"
                    : a.kind().name()));
        }
        if (a.parentId() != null) {
            props.add(str("Parent", VirtualizationPaths.rasdId(vs.id(), a.parentId())));
        }
        if (a.addressOnParent() != null) {
            props.add(str("AddressOnParent", a.addressOnParent()));
        }
        if (a.mac() != null) {
            props.add(str("Address", a.mac()));
        }
        if (a.backing() != null) {
            props.add(CimProperty.of("HostResource", strings(List.of(hostResourceUri(a.backing())))));
        }
        if (a.format() != null) {
            props.add(str("ResourceSubType", a.format()));
        }
        switch (className) {
            case AllocationClasses.PROCESSOR -> {
                props.add(str("ProcessorArchitecture", PROCESSOR_ARCHITECTURE));
                props.add(str("InstructionSet", INSTRUCTION_SET));
            }
            case AllocationClasses.STORAGE -> {
                props.add(CimProperty.of("Access", CimValue.uint16(a.kind() == DeviceKind.CD_DVD ? READABLE
                        : READ_WRITE)));
                if (a.kind() == DeviceKind.DISK) {
                    // the quantity is counted in bytes, i.e. in blocks of one byte
                    props.add(CimProperty.of("VirtualResourceBlockSize", CimValue.uint64(1)));
                }
            }
            case AllocationClasses.ETHERNET_PORT -> ethernet(a, props);
            default -> {
            }
        }
        return repository.complete(namespace, new CimInstance(className, props));
    }

    /** A connected NIC names its switch in Connection; a VLAN id other than 0 is an access port of that VLAN. */
    private void ethernet(Allocation a, List<CimProperty> props) {
        if (!a.connected()) {
            return;
        }
        VirtualSwitch sw = dc.switches().stream().filter(s -> s.id().equals(a.switchId())).findFirst().orElse(null);
        props.add(CimProperty.of("Connection", strings(List.of(sw == null ? a.switchId() : sw.name()))));
        if (a.vlanId() > 0) {
            props.add(CimProperty.of("PortVID", CimValue.uint16(a.vlanId())));
            props.add(CimProperty.of("DesiredVLANEndpointMode", CimValue.uint16(VLAN_ACCESS)));
        }
    }

    /** RA-005 wants URIs: a backing that already has a scheme is kept, a file path becomes a file URI. */
    static String hostResourceUri(String backing) {
        if (HAS_SCHEME.matcher(backing).matches()) {
            return backing;
        }
        try {
            return backing.startsWith("/") ? new URI("file", "", backing, null).toASCIIString()
                    : new URI("file", backing, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("backing " + backing + " cannot be written as a URI", e);
        }
    }

    private static CimProperty str(String name, String value) {
        return CimProperty.of(name, CimValue.of(value));
    }

    private static CimValue strings(List<String> values) {
        return CimValue.of(CimType.arrayOf(CimType.Base.STRING), new ArrayList<Object>(values));
    }
}
