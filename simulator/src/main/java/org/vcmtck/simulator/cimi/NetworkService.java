package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.PortConnection;
import org.vcmtck.simulator.model.VirtualSwitch;

import java.util.List;

/** Networks over the model's virtual switches: read, create from a template, delete when no port is in use. */
final class NetworkService {
    /** A network port id is "{switchId}-p{port}"; the model's switch ids never contain "-p" followed by digits. */
    private static final String PORT_SEPARATOR = "-p";

    /** One port in use: its switch and its connection. */
    record Port(VirtualSwitch network, PortConnection connection) {
        String id() {
            return network.id() + PORT_SEPARATOR + connection.port();
        }
    }

    private final Datacenter dc;
    private final UriSpace uris;

    NetworkService(Datacenter dc, UriSpace uris) {
        this.dc = dc;
        this.uris = uris;
    }

    VirtualSwitch network(String id) {
        try {
            return dc.virtualSwitch(id);
        } catch (ModelException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                throw CimiException.notFound("network", id);
            }
            throw e;
        }
    }

    List<VirtualSwitch> networks() {
        return dc.switches();
    }

    List<Port> ports(VirtualSwitch network) {
        return network.connections().stream().map(c -> new Port(network, c)).toList();
    }

    List<Port> ports() {
        return networks().stream().flatMap(n -> ports(n).stream()).toList();
    }

    Port port(String id) {
        int cut = id.lastIndexOf(PORT_SEPARATOR);
        if (cut > 0) {
            String switchId = id.substring(0, cut);
            String number = id.substring(cut + PORT_SEPARATOR.length());
            if (!number.isEmpty() && number.chars().allMatch(Character::isDigit) && number.length() < 6) {
                int port = Integer.parseInt(number);
                for (VirtualSwitch s : networks()) {
                    if (s.id().equals(switchId)) {
                        for (PortConnection c : s.connections()) {
                            if (c.port() == port) {
                                return new Port(s, c);
                            }
                        }
                    }
                }
            }
        }
        throw CimiException.notFound("network port", id);
    }

    /** Creates a switch with the template's port count on the first host (the model creates it at once). */
    VirtualSwitch create(RequestBody body) {
        Bodies.expectType(body, "NetworkCreate");
        RequestBody template = body.child("networkTemplate");
        if (template == null) {
            throw CimiException.badRequest("networkTemplate", "is required");
        }
        NetworkCatalog.Config config;
        String templateHref = template.selfHref();
        if (templateHref != null) {
            String tid = uris.idIn(NetworkViews.NETWORK_TEMPLATES, templateHref, "networkTemplate");
            NetworkCatalog.Template t = NetworkCatalog.template(tid).orElseThrow(
                    () -> CimiException.badRequest("networkTemplate", "no NetworkTemplate '" + tid + "'"));
            config = NetworkCatalog.config(t.configId()).orElseThrow();
        } else {
            String configHref = template.href("networkConfig");
            if (configHref == null) {
                throw CimiException.badRequest("networkTemplate.networkConfig", "is required");
            }
            String cid = uris.idIn(NetworkViews.NETWORK_CONFIGS, configHref, "networkTemplate.networkConfig");
            config = NetworkCatalog.config(cid).orElseThrow(() -> CimiException.badRequest(
                    "networkTemplate.networkConfig", "no NetworkConfiguration '" + cid + "'"));
        }
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw CimiException.badRequest("name", "must not be blank");
        }
        List<Host> hosts = dc.hosts();
        if (hosts.isEmpty()) {
            throw new CimiException(409, "the datacenter has no host to place a network on");
        }
        String chosen = name != null ? name : "network-" + (dc.switches().size() + 1);
        return dc.createSwitch(hosts.get(0).id(), chosen, config.ports());
    }

    /** The model refuses (IN_USE → 409) while any NIC is connected. */
    void delete(String id) {
        network(id);
        dc.deleteSwitch(id);
    }
}
