package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.VirtualSwitch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Addresses, forwarding groups and created network ports. The model has no such objects, so the front end keeps
 * them; each names model networks (switches) by id, checked at creation.
 */
final class NetworkingService {
    record Address(String id, String name, String networkId, String ip, NetworkingCatalog.AddressTemplate template,
                   Instant created) {
    }

    record Group(String id, String name, List<String> networkIds, Instant created) {
    }

    record CreatedPort(String id, String name, String networkId, NetworkingCatalog.PortConfig config,
                       Instant created) {
    }

    private final NetworkService networks;
    private final UriSpace uris;
    private final Map<String, Address> addresses = new java.util.LinkedHashMap<>();
    private final Map<String, Group> groups = new java.util.LinkedHashMap<>();
    private final Map<String, CreatedPort> ports = new java.util.LinkedHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    NetworkingService(NetworkService networks, UriSpace uris) {
        this.networks = networks;
        this.uris = uris;
    }

    synchronized List<Address> addresses() {
        return sorted(addresses.values());
    }

    synchronized Address address(String id) {
        Address a = addresses.get(id);
        if (a == null) {
            throw CimiException.notFound("address", id);
        }
        return a;
    }

    synchronized List<Group> groups() {
        return sorted(groups.values());
    }

    synchronized Group group(String id) {
        Group g = groups.get(id);
        if (g == null) {
            throw CimiException.notFound("forwarding group", id);
        }
        return g;
    }

    synchronized List<CreatedPort> createdPorts() {
        return sorted(ports.values());
    }

    synchronized CreatedPort createdPort(String id) {
        return ports.get(id);
    }

    /** AddressCreate: a catalogue template by href, the network named in the template (by value or override). */
    synchronized Address createAddress(RequestBody body) {
        Bodies.expectType(body, "AddressCreate");
        RequestBody template = required(body, "addressTemplate");
        String tid = uris.idIn(NetworkingViews.ADDRESS_TEMPLATES, requiredHref(template, "addressTemplate"),
                "addressTemplate");
        NetworkingCatalog.AddressTemplate t = NetworkingCatalog.addressTemplate(tid).orElseThrow(
                () -> CimiException.badRequest("addressTemplate", "no AddressTemplate '" + tid + "'"));
        VirtualSwitch network = network(template, "addressTemplate.network");
        long onNetwork = addresses.values().stream().filter(a -> a.networkId().equals(network.id())).count();
        int subnet = Math.floorMod(network.id().hashCode(), 250) + 1;
        // .1 is the gateway; hosts start at .10
        String ip = "10." + subnet + ".0." + (10 + onNetwork);
        String id = "addr-" + next.incrementAndGet();
        Address a = new Address(id, name(body, id), network.id(), ip, t, Instant.now());
        addresses.put(id, a);
        return a;
    }

    synchronized void deleteAddress(String id) {
        address(id);
        addresses.remove(id);
    }

    /** ForwardingGroupCreate from a catalogue template: groups the networks existing now. */
    synchronized Group createGroup(RequestBody body) {
        Bodies.expectType(body, "ForwardingGroupCreate");
        RequestBody template = required(body, "forwardingGroupTemplate");
        String tid = uris.idIn(NetworkingViews.GROUP_TEMPLATES, requiredHref(template, "forwardingGroupTemplate"),
                "forwardingGroupTemplate");
        NetworkingCatalog.groupTemplate(tid).orElseThrow(() -> CimiException.badRequest("forwardingGroupTemplate",
                "no ForwardingGroupTemplate '" + tid + "'"));
        String id = "fg-" + next.incrementAndGet();
        Group g = new Group(id, name(body, id), networks.networks().stream().map(VirtualSwitch::id).toList(),
                Instant.now());
        groups.put(id, g);
        return g;
    }

    synchronized void deleteGroup(String id) {
        group(id);
        groups.remove(id);
    }

    /** NetworkPortCreate: a catalogue template by href and the network it goes on. */
    synchronized CreatedPort createPort(RequestBody body) {
        Bodies.expectType(body, "NetworkPortCreate");
        RequestBody template = required(body, "networkPortTemplate");
        String tid = uris.idIn(NetworkingViews.PORT_TEMPLATES, requiredHref(template, "networkPortTemplate"),
                "networkPortTemplate");
        NetworkingCatalog.PortTemplate t = NetworkingCatalog.portTemplate(tid).orElseThrow(
                () -> CimiException.badRequest("networkPortTemplate", "no NetworkPortTemplate '" + tid + "'"));
        VirtualSwitch network = network(template, "networkPortTemplate.network");
        // "-n" keeps created port ids apart from the model's "{switch}-p{n}" ones
        String id = network.id() + "-n" + next.incrementAndGet();
        CreatedPort p = new CreatedPort(id, name(body, id), network.id(),
                NetworkingCatalog.portConfig(t.configId()).orElseThrow(), Instant.now());
        ports.put(id, p);
        return p;
    }

    synchronized void deletePort(String id) {
        if (ports.remove(id) == null) {
            throw new CimiException(409, "network port '" + id + "' belongs to a connected NIC or does not exist;"
                    + " only created ports can be deleted");
        }
    }

    private VirtualSwitch network(RequestBody template, String attribute) {
        String href = template.href("network");
        if (href == null) {
            throw CimiException.badRequest(attribute, "is required");
        }
        String nid = uris.idIn(NetworkViews.NETWORKS, href, attribute);
        try {
            return networks.network(nid);
        } catch (CimiException e) {
            throw CimiException.badRequest(attribute, "no Network '" + nid + "'");
        }
    }

    private static RequestBody required(RequestBody body, String name) {
        RequestBody child = body.child(name);
        if (child == null) {
            throw CimiException.badRequest(name, "is required");
        }
        return child;
    }

    private static String requiredHref(RequestBody template, String name) {
        String href = template.selfHref();
        if (href == null) {
            throw CimiException.badRequest(name + ".href", "a template reference is required");
        }
        return href;
    }

    private static String name(RequestBody body, String fallback) {
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw CimiException.badRequest("name", "must not be blank");
        }
        return name != null ? name : fallback;
    }

    /** Creation order; callers hold the service's lock. */
    private static <T> List<T> sorted(java.util.Collection<T> values) {
        return new ArrayList<>(values);
    }
}
