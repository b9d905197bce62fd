package org.vcmtck.simulator.cimi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** CIMI representations of addresses, forwarding groups, created network ports and their catalogues. */
final class NetworkingViews {
    static final String ADDRESSES = "addresses";
    static final String ADDRESS_TEMPLATES = "addressTemplates";
    static final String GROUPS = "forwardingGroups";
    static final String GROUP_TEMPLATES = "forwardingGroupTemplates";
    static final String PORT_TEMPLATES = "networkPortTemplates";
    static final String PORT_CONFIGS = "networkPortConfigs";

    private final UriSpace uris;
    private final String started;

    NetworkingViews(UriSpace uris, Instant started) {
        this.uris = uris;
        this.started = stamp(started);
    }

    private static String stamp(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    CimiDocument address(NetworkingService.Address a) {
        String id = uris.member(ADDRESSES, a.id());
        String ip = a.ip();
        String gateway = ip.substring(0, ip.lastIndexOf('.')) + ".1";
        return CimiDocument.resource("Address")
                .put("id", id)
                .put("name", a.name())
                .put("created", stamp(a.created()))
                .put("ip", ip)
                .put("hostname", a.name() + ".vcmtck.test")
                .put("allocation", a.template().allocation())
                .put("defaultGateway", gateway)
                .put("dns", gateway)
                .put("protocol", a.template().protocol())
                .put("mask", "255.255.255.0")
                .href("network", uris.member(NetworkViews.NETWORKS, a.networkId()))
                .operations(List.of(new Operation("delete", id)))
                .build();
    }

    CimiDocument addresses(List<NetworkingService.Address> all) {
        return CollectionDocs.of(uris, "AddressCollection", ADDRESSES, all.stream().map(this::address).toList(),
                List.of(new Operation("add", uris.collection(ADDRESSES))));
    }

    CimiDocument addressTemplate(NetworkingCatalog.AddressTemplate t) {
        return CimiDocument.resource("AddressTemplate")
                .put("id", uris.member(ADDRESS_TEMPLATES, t.id()))
                .put("name", t.id())
                .put("description", t.description())
                .put("created", started)
                .put("allocation", t.allocation())
                .put("protocol", t.protocol())
                .put("mask", "255.255.255.0")
                .build();
    }

    CimiDocument addressTemplates() {
        return CollectionDocs.of(uris, "AddressTemplateCollection", ADDRESS_TEMPLATES,
                NetworkingCatalog.addressTemplates().stream().map(this::addressTemplate).toList(), List.of());
    }

    CimiDocument group(NetworkingService.Group g) {
        String id = uris.member(GROUPS, g.id());
        return CimiDocument.resource("ForwardingGroup")
                .put("id", id)
                .put("name", g.name())
                .put("created", stamp(g.created()))
                .put("state", "STARTED")
                .href("networks", id + "/networks")
                .operations(List.of(new Operation("delete", id)))
                .build();
    }

    /** The group's members: ForwardingGroupNetwork entries, each referring to a network. */
    CimiDocument groupNetworks(NetworkingService.Group g) {
        String id = uris.member(GROUPS, g.id()) + "/networks";
        List<CimiDocument> members = g.networkIds().stream().map(n -> CimiDocument.resource("ForwardingGroupNetwork")
                .put("id", id + "/" + n)
                .href("network", uris.member(NetworkViews.NETWORKS, n))
                .build()).toList();
        return CimiDocument.collection("ForwardingGroupNetworkCollection")
                .put("id", id)
                .put("count", members.size())
                .put("entries", new Entries("forwardingGroupNetworks", members))
                .build();
    }

    CimiDocument groups(List<NetworkingService.Group> all) {
        return CollectionDocs.of(uris, "ForwardingGroupCollection", GROUPS, all.stream().map(this::group).toList(),
                List.of(new Operation("add", uris.collection(GROUPS))));
    }

    CimiDocument groupTemplate(NetworkingCatalog.GroupTemplate t) {
        return CimiDocument.resource("ForwardingGroupTemplate")
                .put("id", uris.member(GROUP_TEMPLATES, t.id()))
                .put("name", t.id())
                .put("description", t.description())
                .put("created", started)
                .build();
    }

    CimiDocument groupTemplates() {
        return CollectionDocs.of(uris, "ForwardingGroupTemplateCollection", GROUP_TEMPLATES,
                NetworkingCatalog.groupTemplates().stream().map(this::groupTemplate).toList(), List.of());
    }

    CimiDocument port(NetworkingService.CreatedPort p) {
        String id = uris.member(NetworkViews.NETWORK_PORTS, p.id());
        return CimiDocument.resource("NetworkPort")
                .put("id", id)
                .put("name", p.name())
                .put("created", stamp(p.created()))
                .put("state", "STARTED")
                .href("network", uris.member(NetworkViews.NETWORKS, p.networkId()))
                .put("portType", p.config().portType())
                .put("classOfService", NetworkCatalog.CLASS_OF_SERVICE)
                .operations(List.of(new Operation("delete", id)))
                .build();
    }

    CimiDocument portConfig(NetworkingCatalog.PortConfig c) {
        return CimiDocument.resource("NetworkPortConfiguration")
                .put("id", uris.member(PORT_CONFIGS, c.id()))
                .put("name", c.id())
                .put("description", c.description())
                .put("created", started)
                .put("portType", c.portType())
                .put("classOfService", NetworkCatalog.CLASS_OF_SERVICE)
                .build();
    }

    CimiDocument portConfigs() {
        return CollectionDocs.of(uris, "NetworkPortConfigurationCollection", PORT_CONFIGS,
                NetworkingCatalog.portConfigs().stream().map(this::portConfig).toList(), List.of());
    }

    CimiDocument portTemplate(NetworkingCatalog.PortTemplate t) {
        return CimiDocument.resource("NetworkPortTemplate")
                .put("id", uris.member(PORT_TEMPLATES, t.id()))
                .put("name", t.id())
                .put("description", t.description())
                .put("created", started)
                .href("networkPortConfig", uris.member(PORT_CONFIGS, t.configId()))
                .build();
    }

    CimiDocument portTemplates() {
        return CollectionDocs.of(uris, "NetworkPortTemplateCollection", PORT_TEMPLATES,
                NetworkingCatalog.portTemplates().stream().map(this::portTemplate).toList(), List.of());
    }
}
