package org.vcmtck.simulator.cimi;

import java.util.List;
import java.util.Optional;

/**
 * The fixed templates and configurations of the network parts the model does not keep (addresses, forwarding
 * groups, ports created without a NIC): they live only in the CIMI front end, so their catalogue does too.
 */
final class NetworkingCatalog {
    /** How an address is handed out; the network and the IP come from the create request and the allocator. */
    record AddressTemplate(String id, String description, String allocation, String protocol) {
    }

    record PortConfig(String id, String description, String portType) {
    }

    record PortTemplate(String id, String description, String configId) {
    }

    /** A forwarding group template that groups every network existing when the group is created. */
    record GroupTemplate(String id, String description) {
    }

    private static final List<AddressTemplate> ADDRESS_TEMPLATES = List.of(
            new AddressTemplate("static-ipv4", "a static IPv4 address on the network", "static", "IPv4"),
            new AddressTemplate("dynamic-ipv4", "a DHCP-assigned IPv4 address on the network", "dynamic", "IPv4"));
    private static final List<PortConfig> PORT_CONFIGS = List.of(
            new PortConfig("access", "an access port", "ACCESS"),
            new PortConfig("trunk", "a trunk port", "TRUNK"));
    private static final List<PortTemplate> PORT_TEMPLATES = List.of(
            new PortTemplate("access-port", "an access port on the network", "access"),
            new PortTemplate("trunk-port", "a trunk port on the network", "trunk"));
    private static final List<GroupTemplate> GROUP_TEMPLATES = List.of(
            new GroupTemplate("all-networks", "groups every network existing at creation"));

    private NetworkingCatalog() {
    }

    static List<AddressTemplate> addressTemplates() {
        return ADDRESS_TEMPLATES;
    }

    static Optional<AddressTemplate> addressTemplate(String id) {
        return ADDRESS_TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static List<PortConfig> portConfigs() {
        return PORT_CONFIGS;
    }

    static Optional<PortConfig> portConfig(String id) {
        return PORT_CONFIGS.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    static List<PortTemplate> portTemplates() {
        return PORT_TEMPLATES;
    }

    static Optional<PortTemplate> portTemplate(String id) {
        return PORT_TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static List<GroupTemplate> groupTemplates() {
        return GROUP_TEMPLATES;
    }

    static Optional<GroupTemplate> groupTemplate(String id) {
        return GROUP_TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
