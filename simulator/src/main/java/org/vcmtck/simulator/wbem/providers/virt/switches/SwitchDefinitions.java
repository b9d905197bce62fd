package org.vcmtck.simulator.wbem.providers.virt.switches;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.InvalidSettingsException;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.MethodProvider.MethodResult;

/**
 * The switch side of the management service's methods (VES-002, VES-003), called from the DSP1042 method provider:
 * DefineSystem with an embedded CIM_VirtualEthernetSwitchSettingData creates a model switch (one port per unit of
 * VirtualQuantity of each RASD of ResourceType 30, else MaxNumMACAddress ports, else {@value #DEFAULT_PORTS}),
 * DestroySystem of a switch deletes it, and the Ethernet RASDs (ResourceType 10) of a virtual system's definition
 * whose Connection names a switch of the host (by ElementName or Name) connect the new NICs to it. Every refusal is
 * a return code (or {@link InvalidSettingsException}, answered with 4) and changes nothing.
 */
public final class SwitchDefinitions {
    static final int DEFAULT_PORTS = 16;
    private static final int COMPLETED = 0;
    private static final int INVALID_PARAMETER = 4;
    private static final int INVALID_STATE = 5;
    private static final int ETHERNET_ADAPTER = 10;

    /** A NIC of the definition (n-th Ethernet RASD) to connect to a switch. */
    public record ConnectionRequest(int nicIndex, String switchId) {
    }

    private final Datacenter dc;
    private final SwitchPaths paths;

    public SwitchDefinitions(Datacenter dc, VirtualizationPaths paths) {
        this.dc = dc;
        this.paths = new SwitchPaths(paths);
    }

    /** Whether an embedded system setting asks for a switch rather than a virtual system. */
    public static boolean isSwitch(CimInstance systemSettings) {
        return SwitchPaths.SWITCH_SETTINGS.equalsIgnoreCase(systemSettings.className());
    }

    /** DefineSystem of a switch: 0 + ResultingSystem, or 4 for unusable settings or a name already used. */
    public MethodResult define(String hostId, CimInstance settings, List<CimInstance> resourceSettings) {
        String name = text(settings, "ElementName");
        if (name == null || name.isBlank()) {
            throw new InvalidSettingsException("SystemSettings.ElementName", "a switch needs a name");
        }
        String type = text(settings, "VirtualSystemType");
        if (type != null && !type.equalsIgnoreCase(SwitchPaths.SWITCH_TYPE)) {
            throw new InvalidSettingsException("SystemSettings.VirtualSystemType", "'" + type
                    + "' is not a switch type; this service defines switches of type " + SwitchPaths.SWITCH_TYPE);
        }
        Long mode = number(settings, "EVBMode");
        if (mode != null && mode != SwitchInstances.EVB_MODE_VEB) {
            throw new InvalidSettingsException("SystemSettings.EVBMode", "only 2 (VEB) is supported, was " + mode);
        }
        int ports = 0;
        for (int i = 0; i < resourceSettings.size(); i++) {
            CimInstance rasd = resourceSettings.get(i);
            Long resourceType = number(rasd, "ResourceType");
            if (resourceType == null || resourceType != SwitchInstances.SWITCH_PORT_TYPE) {
                throw new InvalidSettingsException("ResourceSettings[" + i + "].ResourceType",
                        "a switch takes only Ethernet switch ports (30), was " + resourceType);
            }
            Long quantity = number(rasd, "VirtualQuantity");
            ports += quantity == null ? 1 : (int) Math.min(quantity, 65_536);
        }
        if (ports == 0) {
            Long macs = number(settings, "MaxNumMACAddress");
            ports = macs == null ? DEFAULT_PORTS : (int) Math.min(macs, 65_536);
        }
        VirtualSwitch created;
        try {
            created = dc.createSwitch(hostId, name, ports);
        } catch (ModelException e) {
            return rc(INVALID_PARAMETER);
        }
        return new MethodResult(CimValue.uint32(COMPLETED), Map.of("ResultingSystem",
                CimValue.of(paths.system(created.id()))));
    }

    /**
     * DestroySystem when {@code affectedSystem} names a switch of the host: 0, or 5 while NICs are connected to
     * it; empty when it names no switch (a virtual system, for the caller to handle).
     */
    public Optional<MethodResult> destroy(String hostId, CimValue affectedSystem) {
        if (affectedSystem == null || affectedSystem.isNull()) {
            return Optional.empty();
        }
        CimValue name = affectedSystem.asPath().key("Name");
        Optional<VirtualSwitch> sw = name == null ? Optional.empty() : dc.switches().stream()
                .filter(s -> s.hostId().equals(hostId) && s.id().equalsIgnoreCase(name.asString())).findFirst();
        if (sw.isEmpty()) {
            return Optional.empty();
        }
        try {
            dc.deleteSwitch(sw.get().id());
        } catch (ModelException e) {
            return Optional.of(rc(e.kind() == ErrorKind.IN_USE ? INVALID_STATE : INVALID_PARAMETER));
        }
        return Optional.of(rc(COMPLETED));
    }

    /**
     * The switch connections a virtual system's RASDs ask for through Connection, checked before anything is
     * defined: each must name one switch of the host, and the switches must have the ports free.
     */
    public List<ConnectionRequest> connectionsRequested(String hostId, List<CimInstance> resourceSettings) {
        List<ConnectionRequest> out = new ArrayList<>();
        Map<String, Integer> wanted = new HashMap<>();
        int nic = 0;
        for (int i = 0; i < resourceSettings.size(); i++) {
            CimInstance rasd = resourceSettings.get(i);
            Long type = number(rasd, "ResourceType");
            if (type == null || type != ETHERNET_ADAPTER) {
                continue;
            }
            CimValue connection = rasd.value("Connection");
            List<String> names = connection == null || connection.isNull() || !connection.type().array()
                    ? List.of() : connection.texts().stream().filter(t -> t != null && !t.isBlank()).toList();
            if (names.size() > 1) {
                throw new InvalidSettingsException("ResourceSettings[" + i + "].Connection",
                        "a NIC connects to one switch, " + names.size() + " were named");
            }
            if (names.size() == 1) {
                String where = "ResourceSettings[" + i + "].Connection";
                VirtualSwitch sw = switchNamed(hostId, names.get(0)).orElseThrow(() -> new InvalidSettingsException(
                        where, "no switch '" + names.get(0) + "' on host " + hostId));
                int count = wanted.merge(sw.id(), 1, Integer::sum);
                if (count > sw.freePorts()) {
                    throw new InvalidSettingsException(where, "switch '" + sw.name() + "' has no free port left");
                }
                out.add(new ConnectionRequest(nic, sw.id()));
            }
            nic++;
        }
        return out;
    }

    /**
     * Connects the new system's NICs as requested (untagged); if the model refuses one, the system is destroyed
     * again so that the definition changes nothing.
     */
    public void connect(VirtualSystem created, List<ConnectionRequest> requests) {
        List<Allocation> nics = created.allocationsOf(DeviceKind.NIC);
        try {
            for (ConnectionRequest r : requests) {
                dc.connectNic(created.id(), nics.get(r.nicIndex()).id(), r.switchId(), 0);
            }
        } catch (ModelException | IndexOutOfBoundsException e) {
            for (Allocation a : nics) {
                dc.disconnectNic(created.id(), a.id());
            }
            dc.destroySystem(created.id());
            throw new InvalidSettingsException("ResourceSettings.Connection", "the NIC could not be connected: "
                    + e.getMessage());
        }
    }

    private Optional<VirtualSwitch> switchNamed(String hostId, String name) {
        return dc.switches().stream().filter(s -> s.hostId().equals(hostId)
                && (s.name().equals(name) || s.id().equalsIgnoreCase(name))).findFirst();
    }

    private static String text(CimInstance i, String property) {
        CimValue v = i.value(property);
        return v == null || v.isNull() || v.type().array() ? null : v.asString();
    }

    private static Long number(CimInstance i, String property) {
        CimValue v = i.value(property);
        return v == null || v.isNull() || v.type().array() ? null : v.asLong();
    }

    private static MethodResult rc(int code) {
        return MethodResult.of(CimValue.uint32(code));
    }
}
