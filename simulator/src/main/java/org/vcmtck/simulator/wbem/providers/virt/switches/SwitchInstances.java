package org.vcmtck.simulator.wbem.providers.virt.switches;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.PortConnection;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * The CIM view of the model's virtual switches, computed on request: the switch as a CIM_ComputerSystem
 * (Dedicated = Switch), its CIM_VirtualEthernetSwitchSettingData, and per port a CIM_EthernetPort with a
 * CIM_EthernetPortAllocationSettingData of ResourceType 30 (Ethernet Switch Port).
 */
final class SwitchInstances {
    /** CIM_ComputerSystem.Dedicated 5 = Switch. */
    private static final int DEDICATED_SWITCH = 5;
    /** CIM_VirtualEthernetSwitchSettingData.EVBMode 2 = VEB: the model forwards between its ports itself. */
    static final int EVB_MODE_VEB = 2;
    /** CIM_ResourceAllocationSettingData.ResourceType 30 = Ethernet Switch Port. */
    static final int SWITCH_PORT_TYPE = 30;
    /** CIM_NetworkPort.LinkTechnology 2 = Ethernet. */
    private static final int ETHERNET = 2;
    private static final int ENABLED = 2;
    private static final int ENABLED_BUT_OFFLINE = 6;
    /** CIM_EthernetPortAllocationSettingData.DesiredVLANEndpointMode 2 = Access. */
    private static final int VLAN_ACCESS = 2;

    private final CimRepository repository;
    private final SwitchPaths paths;
    private final Datacenter dc;

    SwitchInstances(CimRepository repository, SwitchPaths paths, Datacenter dc) {
        this.repository = repository;
        this.paths = paths;
        this.dc = dc;
    }

    List<CimInstance> systems() {
        return dc.switches().stream().map(sw -> complete(new CimInstance(VirtualizationPaths.COMPUTER_SYSTEM,
                List.of(str("CreationClassName", VirtualizationPaths.COMPUTER_SYSTEM),
                        str("Name", sw.id()),
                        str("ElementName", sw.name()),
                        str("NameFormat", "Other"),
                        CimProperty.of("EnabledState", CimValue.uint16(ENABLED)),
                        CimProperty.of("OperationalStatus", uint16s(List.of(2))),
                        CimProperty.of("HealthState", CimValue.uint16(5)),
                        CimProperty.of("Dedicated", uint16s(List.of(DEDICATED_SWITCH))))))).toList();
    }

    List<CimInstance> settings() {
        return dc.switches().stream().map(this::settings).toList();
    }

    CimInstance settings(VirtualSwitch sw) {
        // the model keeps VLANs per connection: the switch carries every VLAN one of its ports is in (0 = untagged)
        TreeSet<Integer> vlans = new TreeSet<>();
        sw.connections().stream().filter(c -> c.vlanId() > 0).forEach(c -> vlans.add(c.vlanId()));
        List<String> pools = dc.pools().stream().filter(p -> p.hostId().equals(sw.hostId())
                && p.type() == ResourceType.ETHERNET).map(p -> VirtualizationPaths.poolId(p.id())).toList();
        return complete(new CimInstance(SwitchPaths.SWITCH_SETTINGS, List.of(
                str("InstanceID", SwitchPaths.settingsId(sw.id())),
                str("ElementName", sw.name()),
                str("VirtualSystemIdentifier", sw.id()),
                str("VirtualSystemType", SwitchPaths.SWITCH_TYPE),
                CimProperty.of("VLANConnection", strings(vlans.stream().map(String::valueOf).toList())),
                CimProperty.of("AssociatedResourcePool", strings(pools)),
                // one MAC address is learnt per port at most
                CimProperty.of("MaxNumMACAddress", CimValue.uint32(sw.portCount())),
                CimProperty.of("EVBMode", CimValue.uint16(EVB_MODE_VEB)))));
    }

    List<CimInstance> ports() {
        List<CimInstance> out = new ArrayList<>();
        for (VirtualSwitch sw : dc.switches()) {
            for (int port = 0; port < sw.portCount(); port++) {
                PortConnection c = connection(sw, port);
                out.add(complete(new CimInstance(SwitchPaths.ETHERNET_PORT, List.of(
                        str("SystemCreationClassName", VirtualizationPaths.COMPUTER_SYSTEM),
                        str("SystemName", sw.id()),
                        str("CreationClassName", SwitchPaths.ETHERNET_PORT),
                        str("DeviceID", SwitchPaths.portDeviceId(port)),
                        str("ElementName", sw.name() + " " + SwitchPaths.portDeviceId(port)),
                        CimProperty.of("PortNumber", CimValue.uint16(port)),
                        CimProperty.of("LinkTechnology", CimValue.uint16(ETHERNET)),
                        CimProperty.of("EnabledState", CimValue.uint16(c == null ? ENABLED_BUT_OFFLINE : ENABLED)),
                        CimProperty.of("PVID", CimValue.uint16(c == null ? 0 : c.vlanId()))))));
            }
        }
        return out;
    }

    List<CimInstance> portSettings() {
        List<CimInstance> out = new ArrayList<>();
        for (VirtualSwitch sw : dc.switches()) {
            for (int port = 0; port < sw.portCount(); port++) {
                PortConnection c = connection(sw, port);
                List<CimProperty> props = new ArrayList<>(List.of(
                        str("InstanceID", SwitchPaths.portSettingsId(sw.id(), port)),
                        str("ElementName", sw.name() + " " + SwitchPaths.portDeviceId(port)),
                        CimProperty.of("ResourceType", CimValue.uint16(SWITCH_PORT_TYPE)),
                        str("AllocationUnits", "count"),
                        CimProperty.of("VirtualQuantity", CimValue.uint64(1))));
                if (c != null && c.vlanId() > 0) {
                    props.add(CimProperty.of("PortVID", CimValue.uint16(c.vlanId())));
                    props.add(CimProperty.of("DesiredVLANEndpointMode", CimValue.uint16(VLAN_ACCESS)));
                }
                out.add(complete(new CimInstance(SwitchPaths.PORT_SETTINGS, props)));
            }
        }
        return out;
    }

    private static PortConnection connection(VirtualSwitch sw, int port) {
        return sw.connections().stream().filter(c -> c.port() == port).findFirst().orElse(null);
    }

    private CimInstance complete(CimInstance given) {
        return repository.complete(paths.namespace(), given);
    }

    private static CimProperty str(String name, String value) {
        return CimProperty.of(name, CimValue.of(value));
    }

    private static CimValue uint16s(List<Integer> values) {
        return CimValue.of(CimType.arrayOf(CimType.Base.UINT16), new ArrayList<Object>(values));
    }

    private static CimValue strings(List<String> values) {
        return CimValue.of(CimType.arrayOf(CimType.Base.STRING), new ArrayList<Object>(values));
    }
}
