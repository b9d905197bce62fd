package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.model.ApplianceEntity;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides the entity tree of an export. Systems from a deployed package are grouped back into the package's
 * structure (collections stay collections; the copies of a scale-out prototype become the prototype once);
 * other systems are plain VirtualSystems. A whole export of exactly one package writes that package's content
 * entity itself; anything else goes into one collection named after the export. ovf:ids are unique in the
 * document: a package's ids are kept unless taken, then suffixed like clashing system names.
 */
final class ContentPlanner {
    private final Function<String, Appliance> applianceOf;
    private final Set<String> usedIds = new HashSet<>();

    ContentPlanner(Function<String, Appliance> applianceOf) {
        this.applianceOf = applianceOf;
    }

    ExportNode plan(List<VirtualSystem> systems, String collectionId) {
        Map<String, VirtualSystem> listed = new LinkedHashMap<>();
        systems.forEach(vs -> listed.put(vs.id(), vs));
        if (collectionId == null) {
            VirtualSystem vs = systems.get(0);
            Appliance a = applianceOf.apply(vs.id());
            ApplianceEntity e = a == null ? null : a.entityOf(vs.id());
            String original = e == null ? vs.name() : e.entityId();
            return new ExportNode.SystemNode(unique(original), original, vs, vs.name(), a, e);
        }
        List<Object> order = new ArrayList<>();
        for (VirtualSystem vs : systems) {
            Appliance a = applianceOf.apply(vs.id());
            Object key = a == null ? vs : a;
            if (!order.contains(key)) {
                order.add(key);
            }
        }
        // reserve the package ids first so that plain systems are the ones renamed on a clash
        List<ExportNode> nodes = new ArrayList<>();
        Map<Object, ExportNode> built = new LinkedHashMap<>();
        for (Object key : order) {
            if (key instanceof Appliance a) {
                ExportNode n = entity(a, a.content(), listed);
                if (n != null) {
                    built.put(key, n);
                }
            }
        }
        for (Object key : order) {
            if (key instanceof VirtualSystem vs) {
                nodes.add(new ExportNode.SystemNode(unique(vs.name()), vs.name(), vs, vs.name(), null, null));
            } else if (built.containsKey(key)) {
                nodes.add(built.get(key));
            }
        }
        if (nodes.size() == 1 && nodes.get(0).appliance() != null) {
            return nodes.get(0);
        }
        return new ExportNode.CollectionNode(unique(collectionId), collectionId, collectionId, null, null, nodes);
    }

    private ExportNode entity(Appliance a, ApplianceEntity e, Map<String, VirtualSystem> listed) {
        if (!e.collection()) {
            List<VirtualSystem> live = e.systemIds().stream().map(listed::get).filter(v -> v != null).toList();
            if (live.isEmpty()) {
                return null;
            }
            VirtualSystem first = live.get(0);
            // a scale-out prototype is written once, under the package's own name for it
            String name = e.systemIds().size() > 1 && e.name() != null ? e.name() : first.name();
            return new ExportNode.SystemNode(unique(e.entityId()), e.entityId(), first, name, a, e);
        }
        String id = unique(e.entityId());
        List<ExportNode> children = new ArrayList<>();
        for (ApplianceEntity c : e.children()) {
            ExportNode n = entity(a, c, listed);
            if (n != null) {
                children.add(n);
            }
        }
        if (children.isEmpty()) {
            usedIds.remove(id);
            return null;
        }
        return new ExportNode.CollectionNode(id, e.entityId(), e.name() == null ? e.entityId() : e.name(), a, e,
                children);
    }

    private String unique(String wanted) {
        String id = wanted;
        for (int n = 2; !usedIds.add(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }
}
