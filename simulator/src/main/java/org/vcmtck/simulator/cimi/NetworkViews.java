package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.VirtualSwitch;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the CIMI representations of networks (the model's virtual switches), their ports in use, and the network
 * catalogue. The model keeps no network state, so every network is STARTED and no start/stop action is offered.
 */
final class NetworkViews {
    static final String NETWORKS = "networks";
    static final String NETWORK_CONFIGS = "networkConfigs";
    static final String NETWORK_TEMPLATES = "networkTemplates";
    static final String NETWORK_PORTS = "networkPorts";
    /** Every collection this view serves, in the order the CEP lists them. */
    static final List<String> COLLECTIONS = List.of(NETWORKS, NETWORK_TEMPLATES, NETWORK_CONFIGS, NETWORK_PORTS);

    private final UriSpace uris;
    private final String started;

    NetworkViews(UriSpace uris, Instant started) {
        this.uris = uris;
        this.started = started.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    CimiDocument network(VirtualSwitch s) {
        String id = uris.member(NETWORKS, s.id());
        List<Operation> ops = new ArrayList<>();
        // the model refuses to delete a switch with connected ports, so delete is only offered when it would work
        if (s.connections().isEmpty()) {
            ops.add(new Operation("delete", id));
        }
        return CimiDocument.resource("Network")
                .put("id", id)
                .put("name", s.name())
                .put("created", started)
                .put("state", "STARTED")
                .put("networkType", NetworkCatalog.NETWORK_TYPE)
                .put("mtu", NetworkCatalog.MTU)
                .put("classOfService", NetworkCatalog.CLASS_OF_SERVICE)
                .href("networkPorts", id + "/" + NETWORK_PORTS)
                .operations(ops)
                .build();
    }

    CimiDocument networks(List<VirtualSwitch> all) {
        return CollectionDocs.of(uris, "NetworkCollection", NETWORKS, all.stream().map(this::network).toList(),
                List.of(new Operation("add", uris.collection(NETWORKS))));
    }

    CimiDocument port(NetworkService.Port p) {
        return CimiDocument.resource("NetworkPort")
                .put("id", uris.member(NETWORK_PORTS, p.id()))
                .put("name", p.id())
                .put("created", started)
                .put("state", "STARTED")
                .href("network", uris.member(NETWORKS, p.network().id()))
                .put("portType", "ACCESS")
                .put("classOfService", NetworkCatalog.CLASS_OF_SERVICE)
                .build();
    }

    /** The ports of one network, as the sub-collection its {@code networkPorts} href names. */
    CimiDocument portsOf(VirtualSwitch s, List<NetworkService.Port> ports) {
        List<CimiDocument> members = ports.stream().map(this::port).toList();
        return CimiDocument.collection("NetworkPortCollection")
                .put("id", uris.member(NETWORKS, s.id()) + "/" + NETWORK_PORTS)
                .put("count", members.size())
                .put("entries", new Entries(NETWORK_PORTS, members))
                .build();
    }

    CimiDocument config(NetworkCatalog.Config c) {
        return CimiDocument.resource("NetworkConfiguration")
                .put("id", uris.member(NETWORK_CONFIGS, c.id()))
                .put("name", c.id())
                .put("description", c.description())
                .put("created", started)
                .put("networkType", NetworkCatalog.NETWORK_TYPE)
                .put("mtu", NetworkCatalog.MTU)
                .put("classOfService", NetworkCatalog.CLASS_OF_SERVICE)
                .build();
    }

    CimiDocument template(NetworkCatalog.Template t) {
        return CimiDocument.resource("NetworkTemplate")
                .put("id", uris.member(NETWORK_TEMPLATES, t.id()))
                .put("name", t.id())
                .put("description", t.description())
                .put("created", started)
                .href("networkConfig", uris.member(NETWORK_CONFIGS, t.configId()))
                .build();
    }

    CimiDocument configs() {
        return CollectionDocs.of(uris, "NetworkConfigurationCollection", NETWORK_CONFIGS,
                NetworkCatalog.configs().stream().map(this::config).toList(), List.of());
    }

    CimiDocument templates() {
        return CollectionDocs.of(uris, "NetworkTemplateCollection", NETWORK_TEMPLATES,
                NetworkCatalog.templates().stream().map(this::template).toList(), List.of());
    }
}
