package org.vcmtck.simulator.cimi.query;

import org.vcmtck.simulator.cimi.CimiDocument;
import org.vcmtck.simulator.cimi.Entries;
import org.vcmtck.simulator.cimi.Href;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CIMI query parameters of one GET, parsed and checked up front, applied to the neutral representation.
 * Works on any collection document (the entries are its {@link Entries} attribute) and, for
 * {@code $select}/{@code $expand}, on single resources too.
 */
public record ResourceQuery(List<Filter> filters, List<SelectItem> select, boolean selectAll,
                            List<String> expand, boolean expandAll, List<SortKey> orderBy,
                            Integer first, Integer last) {
    public static final Set<String> PARAMETERS = Set.of("$filter", "$select", "$expand", "$first", "$last",
            "$orderby");
    /** Attributes $select never removes (resourceURI is always written by the renderers). */
    static final Set<String> ALWAYS_KEPT = Set.of("id");

    private static final Pattern SELECT_ITEM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)(?:-(\\d+))?])?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SORT = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*(?:[/.][A-Za-z_][A-Za-z0-9_]*)*)(?:(?::|\\s+)(asc|desc))?",
            Pattern.CASE_INSENSITIVE);

    public ResourceQuery {
        filters = List.copyOf(filters);
        select = List.copyOf(select);
        expand = List.copyOf(expand);
        orderBy = List.copyOf(orderBy);
    }

    public static ResourceQuery none() {
        return new ResourceQuery(List.of(), List.of(), false, List.of(), false, List.of(), null, null);
    }

    /**
     * Reads the decoded query parameters (so {@code %24filter} arrives as {@code $filter}). Parameters not
     * starting with '$' are not CIMI's and are left alone; an unknown '$' parameter is refused rather than
     * ignored (CIMI-Q-009).
     */
    public static ResourceQuery parse(Map<String, List<String>> params) {
        for (String name : params.keySet()) {
            if (name.startsWith("$") && !PARAMETERS.contains(name)) {
                throw new QueryException(name, 0, 400, "CIMI-Q-009", "unknown query parameter; this provider"
                        + " understands " + String.join(", ", new java.util.TreeSet<>(PARAMETERS)));
            }
        }
        List<Filter> filters = new ArrayList<>();
        for (String f : params.getOrDefault("$filter", List.of())) {
            filters.add(FilterParser.parse(f));
        }
        List<SelectItem> select = new ArrayList<>();
        boolean selectAll = false;
        for (String item : items("$select", params)) {
            if (item.equals("*")) {
                selectAll = true;
            } else {
                select.add(selectItem(item));
            }
        }
        List<String> expand = new ArrayList<>();
        boolean expandAll = false;
        for (String item : items("$expand", params)) {
            if (item.equals("*")) {
                expandAll = true;
            } else if (NAME.matcher(item).matches()) {
                expand.add(item);
            } else {
                throw QueryException.syntax("$expand", 0, "'" + item + "' is not an attribute name");
            }
        }
        List<SortKey> orderBy = new ArrayList<>();
        String order = single("$orderby", params);
        if (order != null) {
            for (String item : list("$orderby", order)) {
                Matcher m = SORT.matcher(item);
                if (!m.matches()) {
                    throw QueryException.syntax("$orderby", 0, "'" + item
                            + "' is not 'attribute', 'attribute:asc' or 'attribute:desc'");
                }
                orderBy.add(new SortKey(AttributePath.parse(m.group(1)), "desc".equalsIgnoreCase(m.group(2))));
            }
        }
        return new ResourceQuery(filters, select, selectAll, expand, expandAll, orderBy,
                position("$first", params), position("$last", params));
    }

    private static SelectItem selectItem(String item) {
        Matcher m = SELECT_ITEM.matcher(item);
        if (!m.matches()) {
            throw QueryException.syntax("$select", 0, "'" + item + "' is not 'name', 'name[n]' or 'name[n-m]'");
        }
        if (m.group(2) == null) {
            return SelectItem.whole(m.group(1));
        }
        int from = parseIndex("$select", m.group(2));
        int to = m.group(3) == null ? from : parseIndex("$select", m.group(3));
        if (to < from) {
            throw QueryException.syntax("$select", 0, "'" + item + "': the slice ends before it starts");
        }
        return new SelectItem(m.group(1), from, to);
    }

    private static int parseIndex(String param, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw QueryException.syntax(param, 0, "'" + digits + "' is too large");
        }
    }

    private static List<String> items(String param, Map<String, List<String>> params) {
        List<String> out = new ArrayList<>();
        for (String value : params.getOrDefault(param, List.of())) {
            out.addAll(list(param, value));
        }
        return out;
    }

    private static List<String> list(String param, String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String t = part.trim();
            if (t.isEmpty()) {
                throw QueryException.syntax(param, 0, "empty item in '" + value + "'");
            }
            out.add(t);
        }
        return out;
    }

    private static String single(String param, Map<String, List<String>> params) {
        List<String> values = params.getOrDefault(param, List.of());
        if (values.size() > 1) {
            throw QueryException.syntax(param, 0, "given " + values.size() + " times; give it once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static Integer position(String param, Map<String, List<String>> params) {
        String value = single(param, params);
        if (value == null) {
            return null;
        }
        if (!value.trim().matches("\\d{1,9}") || Integer.parseInt(value.trim()) < 1) {
            throw QueryException.syntax(param, 0, "'" + value + "' is not a positive integer (positions are"
                    + " 1-based)");
        }
        return Integer.parseInt(value.trim());
    }

    public boolean collectionOnly() {
        return !filters.isEmpty() || !orderBy.isEmpty() || first != null || last != null;
    }

    public boolean expands() {
        return expandAll || !expand.isEmpty();
    }

    // ------------------------------------------------------------------ application

    /**
     * The document as this query shapes it. For a collection: filter, then {@code count} = number matching
     * (before paging, CIMI-Q-005), then sort, then the {@code $first..$last} window, then select/expand on each
     * entry. For a single resource only select/expand apply; the collection-only parameters are refused.
     */
    public CimiDocument apply(CimiDocument doc, HrefResolver resolver) {
        if (!doc.collection()) {
            if (collectionOnly()) {
                throw QueryException.syntax(firstCollectionParameter(), 0,
                        "applies to collections only, and " + doc.type() + " is not one");
            }
            return shape(doc, resolver);
        }
        Map<String, Object> attrs = new LinkedHashMap<>(doc.attributes());
        for (Map.Entry<String, Object> e : doc.attributes().entrySet()) {
            if (e.getValue() instanceof Entries entries) {
                // without a filter or an order the members are used as they are, so a page of a lazily
                // rendered collection renders only that page
                List<CimiDocument> members = filters.isEmpty() && orderBy.isEmpty() ? entries.members()
                        : new ArrayList<>();
                if (!filters.isEmpty() || !orderBy.isEmpty()) {
                    for (CimiDocument m : entries.members()) {
                        if (filters.stream().allMatch(f -> FilterEvaluator.matches(f, m))) {
                            members.add(m);
                        }
                    }
                }
                if (attrs.containsKey("count")) {
                    attrs.put("count", members.size());
                }
                if (!orderBy.isEmpty()) {
                    Comparator<CimiDocument> order = orderBy.get(0).comparator();
                    for (SortKey k : orderBy.subList(1, orderBy.size())) {
                        order = order.thenComparing(k.comparator());
                    }
                    members.sort(order);
                }
                List<CimiDocument> shaped = new ArrayList<>();
                for (CimiDocument m : window(members)) {
                    shaped.add(shape(m, resolver));
                }
                attrs.put(e.getKey(), new Entries(entries.jsonName(), shaped));
            }
        }
        return new CimiDocument(doc.type(), true, attrs);
    }

    private String firstCollectionParameter() {
        return !filters.isEmpty() ? "$filter" : !orderBy.isEmpty() ? "$orderby" : first != null ? "$first"
                : "$last";
    }

    /** Entries first..last, 1-based and inclusive; a window past the end (or last < first) is simply short. */
    private List<CimiDocument> window(List<CimiDocument> members) {
        int from = first == null ? 1 : first;
        int to = last == null ? members.size() : Math.min(last, members.size());
        return from > to ? List.of() : members.subList(from - 1, to);
    }

    private CimiDocument shape(CimiDocument doc, HrefResolver resolver) {
        return expand(select(doc), resolver);
    }

    CimiDocument select(CimiDocument doc) {
        if (select.isEmpty() || selectAll) {
            return doc;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        select.forEach(s -> names.add(s.name()));
        for (Map.Entry<String, Object> e : doc.attributes().entrySet()) {
            if (ALWAYS_KEPT.contains(e.getKey())) {
                kept.put(e.getKey(), e.getValue());
            } else if (names.contains(e.getKey())) {
                kept.put(e.getKey(), slice(e.getKey(), e.getValue()));
            }
        }
        return new CimiDocument(doc.type(), doc.collection(), kept);
    }

    /** The union of the slices asked of one attribute; a non-array attribute is kept whole. */
    private Object slice(String name, Object value) {
        if (!(value instanceof Entries entries)) {
            return value;
        }
        List<SelectItem> asked = select.stream().filter(s -> s.name().equals(name)).toList();
        if (asked.stream().anyMatch(s -> !s.sliced())) {
            return value;
        }
        List<CimiDocument> members = entries.members();
        List<CimiDocument> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            int index = i;
            if (asked.stream().anyMatch(s -> index >= s.from() && index <= s.to())) {
                out.add(members.get(i));
            }
        }
        return new Entries(entries.jsonName(), out);
    }

    /**
     * Replaces the named (or, with '*', all) reference attributes by the referenced representation, one level
     * deep. References the resolver does not know stay references.
     */
    CimiDocument expand(CimiDocument doc, HrefResolver resolver) {
        if (!expands()) {
            return doc;
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : doc.attributes().entrySet()) {
            Object value = e.getValue();
            if (value instanceof Href h && (expandAll || expand.contains(e.getKey()))) {
                Optional<CimiDocument> target = resolver.resolve(h.href());
                attrs.put(e.getKey(), target.isPresent() ? target.get() : value);
            } else {
                attrs.put(e.getKey(), value);
            }
        }
        return new CimiDocument(doc.type(), doc.collection(), attrs);
    }
}
