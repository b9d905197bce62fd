package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.List;

/**
 * A machine's network interfaces (CIMI-MACH-017): one MachineNetworkInterface per NIC allocation of the model;
 * a NIC connected to a virtual switch names that switch as its CIMI network.
 */
final class MachinePartViews {
    static final String NETWORK_INTERFACES = "networkInterfaces";

    private final UriSpace uris;

    MachinePartViews(UriSpace uris) {
        this.uris = uris;
    }

    CimiDocument networkInterface(VirtualSystem system, Allocation nic) {
        String id = uris.member(CimiViews.MACHINES, system.id()) + "/" + NETWORK_INTERFACES + "/" + nic.id();
        return CimiDocument.resource("MachineNetworkInterface")
                .put("id", id)
                .put("name", nic.id())
                .put("state", nic.connected() ? "ACTIVE" : "STANDBY")
                .put("macAddress", nic.mac())
                .href("network", nic.connected() ? uris.member(NetworkViews.NETWORKS, nic.switchId()) : null)
                .build();
    }

    CimiDocument networkInterfaces(VirtualSystem system) {
        List<CimiDocument> members = system.allocationsOf(DeviceKind.NIC).stream()
                .map(nic -> networkInterface(system, nic)).toList();
        return CimiDocument.collection("MachineNetworkInterfaceCollection")
                .put("id", uris.member(CimiViews.MACHINES, system.id()) + "/" + NETWORK_INTERFACES)
                .put("count", members.size())
                .put("entries", new Entries(NETWORK_INTERFACES, members))
                .build();
    }

    CimiDocument networkInterface(VirtualSystem system, String allocationId) {
        return system.allocationsOf(DeviceKind.NIC).stream().filter(a -> a.id().equals(allocationId)).findFirst()
                .map(nic -> networkInterface(system, nic))
                .orElseThrow(() -> CimiException.notFound("network interface", allocationId + " of " + system.id()));
    }

    /** One MachineDisk, the member the disks sub-collection lists. */
    CimiDocument disk(CimiViews views, VirtualSystem system, String allocationId) {
        String id = uris.member(CimiViews.MACHINES, system.id()) + "/disks/" + allocationId;
        Object disks = views.disks(system).get("entries");
        for (CimiDocument d : ((Entries) disks).members()) {
            if (id.equals(d.get("id"))) {
                return d;
            }
        }
        throw CimiException.notFound("disk", allocationId + " of " + system.id());
    }
}
