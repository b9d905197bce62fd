package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.VirtualSystem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the CIMI representations of Systems and SystemTemplates (CIMI-SYS-001/003). A System lists its members
 * in sub-collections; only machines can be members here, the other sub-collections are served empty so that a
 * consumer following any of them finds a collection. Import and export are advertised only when
 * {@code packages} is set.
 */
final class SystemViews {
    static final String SYSTEMS = "systems";
    static final String SYSTEM_TEMPLATES = "systemTemplates";
    /** Where a package exported without a destination is served: {@code systems/{id}/package/{file}}. */
    static final String PACKAGE = "package";
    /** Sub-collection name → the type of its entries, in the order a System lists them. */
    static final List<String[]> SUB_COLLECTIONS = List.of(
            new String[] {"systems", "SystemSystem"}, new String[] {"machines", "SystemMachine"},
            new String[] {"credentials", "SystemCredential"}, new String[] {"volumes", "SystemVolume"},
            new String[] {"networks", "SystemNetwork"}, new String[] {"networkPorts", "SystemNetworkPort"},
            new String[] {"addresses", "SystemAddress"}, new String[] {"forwardingGroups", "SystemForwardingGroup"});

    private final UriSpace uris;
    private final String started;
    private final boolean packages;

    SystemViews(UriSpace uris, Instant started, boolean packages) {
        this.uris = uris;
        this.started = started.truncatedTo(ChronoUnit.SECONDS).toString();
        this.packages = packages;
    }

    boolean packages() {
        return packages;
    }

    static String entryType(String subCollection) {
        for (String[] s : SUB_COLLECTIONS) {
            if (s[0].equals(subCollection)) {
                return s[1];
            }
        }
        return null;
    }

    CimiDocument system(SystemService.Sys sys, SystemService service) {
        String id = uris.member(SYSTEMS, sys.id());
        List<Operation> ops = new ArrayList<>();
        if (service.deletable(sys)) {
            ops.add(new Operation("delete", id));
        }
        for (String action : service.legalActions(sys)) {
            ops.add(new Operation(CimiNames.actionUri(action), id + "/" + action));
        }
        if (packages && !sys.members().isEmpty()) {
            ops.add(new Operation(CimiNames.actionUri("export"), id + "/export"));
        }
        CimiDocument.Builder b = CimiDocument.resource("System")
                .put("id", id)
                .put("name", sys.name())
                .put("description", sys.description())
                .put("created", started)
                .put("state", service.state(sys));
        for (String[] sub : SUB_COLLECTIONS) {
            b.href(sub[0], id + "/" + sub[0]);
        }
        return b.operations(ops).build();
    }

    CimiDocument systems(List<SystemService.Sys> all, SystemService service) {
        List<Operation> ops = new ArrayList<>();
        ops.add(new Operation("add", uris.collection(SYSTEMS)));
        if (packages) {
            ops.add(new Operation(CimiNames.actionUri("import"), uris.collection(SYSTEMS)));
        }
        return CollectionDocs.of(uris, "SystemCollection", SYSTEMS,
                all.stream().map(s -> system(s, service)).toList(), ops);
    }

    /** One sub-collection of a System: machines hold a SystemMachine per member, the others are empty. */
    CimiDocument subCollection(SystemService.Sys sys, String name) {
        String type = entryType(name);
        if (type == null) {
            throw CimiException.notFound("system sub-collection", name);
        }
        String id = uris.member(SYSTEMS, sys.id()) + "/" + name;
        List<CimiDocument> members = new ArrayList<>();
        if (name.equals("machines")) {
            for (VirtualSystem m : sys.members()) {
                members.add(CimiDocument.resource(type)
                        .put("id", id + "/" + uris.member(CimiViews.MACHINES, m.id())
                                .substring(uris.collection(CimiViews.MACHINES).length() + 1))
                        .put("name", m.name())
                        .put("created", started)
                        .href("machine", uris.member(CimiViews.MACHINES, m.id()))
                        .build());
            }
        }
        return CimiDocument.collection(type + "Collection")
                .put("id", id)
                .put("count", members.size())
                .put("entries", new Entries(name, members))
                .build();
    }

    CimiDocument template(SystemCatalog.Template t) {
        List<CimiDocument> descriptors = new ArrayList<>();
        for (SystemCatalog.Component c : t.components()) {
            descriptors.add(CimiDocument.resource("ComponentDescriptor")
                    .put("name", c.name())
                    .put("description", c.description())
                    .put("type", CimiNames.typeUri("Machine"))
                    .href("machineTemplate", uris.member(CimiViews.MACHINE_TEMPLATES, c.machineTemplateId()))
                    .put("quantity", c.quantity())
                    .build());
        }
        return CimiDocument.resource("SystemTemplate")
                .put("id", uris.member(SYSTEM_TEMPLATES, t.id()))
                .put("name", t.id())
                .put("description", t.description())
                .put("created", started)
                .put("componentDescriptors", new Entries("componentDescriptors", descriptors))
                .build();
    }

    CimiDocument templates() {
        return CollectionDocs.of(uris, "SystemTemplateCollection", SYSTEM_TEMPLATES,
                SystemCatalog.templates().stream().map(this::template).toList(), List.of());
    }
}
