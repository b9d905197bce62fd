package org.vcmtck.features.steps.cim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vcmtck.features.steps.wbem.WbemClientSession;

/**
 * A bounded breadth-first walk over every association of a target, the way a generic CIM browser explores it:
 * from the start paths, AssociatorNames with no filter, then the same from each instance reached. The walk
 * expands at most {@link #PER_CLASS} instances of a class and {@link #MAX_EXPANDED} in all, to {@link #MAX_DEPTH}
 * steps from a start: a large target (hundreds of virtual systems) is sampled, not read in full.
 */
final class AssociationCrawler {

    static final int PER_CLASS = 3;
    static final int MAX_EXPANDED = 60;
    static final int MAX_DEPTH = 3;

    /** One traversal result: AssociatorNames of {@code from} returned {@code to}. */
    record Edge(CIMObjectPath from, CIMObjectPath to) {
    }

    private record Visit(CIMObjectPath path, int depth) {
    }

    private final CimProfileContext cim;
    /** Identity of each expanded instance → the identities AssociatorNames returned for it. */
    private final Map<String, List<String>> neighbours = new LinkedHashMap<>();
    private final Map<String, CIMObjectPath> expanded = new LinkedHashMap<>();
    private final Map<String, Integer> perClass = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    AssociationCrawler(CimProfileContext cim) {
        this.cim = cim;
    }

    /** Walks from the start paths within the bounds. */
    AssociationCrawler crawl(List<CIMObjectPath> starts) {
        Deque<Visit> queue = new ArrayDeque<>();
        starts.forEach(p -> queue.add(new Visit(p, 0)));
        while (!queue.isEmpty() && expanded.size() < MAX_EXPANDED) {
            Visit visit = queue.poll();
            String id = CimProfileContext.identity(visit.path());
            String cls = className(visit.path());
            if (expanded.containsKey(id) || perClass.getOrDefault(cls, 0) >= PER_CLASS) {
                continue;
            }
            perClass.merge(cls, 1, Integer::sum);
            expanded.put(id, visit.path());
            List<CIMObjectPath> found = associatorsOf(visit.path());
            neighbours.put(id, found.stream().map(CimProfileContext::identity).toList());
            for (CIMObjectPath to : found) {
                edges.add(new Edge(visit.path(), to));
                if (visit.depth() < MAX_DEPTH) {
                    queue.add(new Visit(to, visit.depth() + 1));
                }
            }
        }
        return this;
    }

    /**
     * AssociatorNames with no filter, the paths placed on this target. A traversal the server refuses is kept as a
     * finding and yields nothing: the checks that read the results name it (a returned path that cannot be
     * traversed usually cannot be read either).
     */
    List<CIMObjectPath> associatorsOf(CIMObjectPath path) {
        WbemClientSession.Outcome<List<CIMObjectPath>> outcome = cim.session().run(c -> WbemClientSession.drain(
                c.associatorNames(path, null, null, null, null)));
        if (!outcome.succeeded()) {
            refused.add(path + " (status " + outcome.statusCode() + ")");
            return List.of();
        }
        return outcome.value().stream().map(p -> cim.located(p, path.getNamespace())).toList();
    }

    /** The paths whose AssociatorNames the server refused. */
    List<String> refused() {
        return refused;
    }

    List<Edge> edges() {
        return edges;
    }

    Map<String, CIMObjectPath> expanded() {
        return expanded;
    }

    /** What AssociatorNames returned for an expanded instance (identities), or null if it was not expanded. */
    List<String> neighboursOf(CIMObjectPath path) {
        return neighbours.get(CimProfileContext.identity(path));
    }

    /** Every distinct path the traversals returned, at most {@code perClass} of each class. */
    List<CIMObjectPath> sampledResults(int perClassLimit) {
        Map<String, CIMObjectPath> distinct = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Edge edge : edges) {
            String id = CimProfileContext.identity(edge.to());
            if (distinct.containsKey(id)) {
                continue;
            }
            String cls = className(edge.to());
            if (counts.getOrDefault(cls, 0) < perClassLimit) {
                counts.merge(cls, 1, Integer::sum);
                distinct.put(id, edge.to());
            }
        }
        return new ArrayList<>(distinct.values());
    }

    static String className(CIMObjectPath path) {
        return path.getObjectName().toLowerCase(Locale.ROOT);
    }
}
