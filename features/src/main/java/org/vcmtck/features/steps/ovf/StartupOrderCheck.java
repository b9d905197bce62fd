package org.vcmtck.features.steps.ovf;

import java.util.ArrayList;
import java.util.List;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.w3c.dom.Element;

/**
 * OVF-SEC-006 on what a consumer reports: within each VirtualSystemCollection, an entity with a lower ovf:order
 * is started before one with a higher order (equal orders may start in any order, even in parallel), and an entity
 * whose startAction is none is not started. Entries are read from the raw descriptor, not from any model.
 */
final class StartupOrderCheck {

    /** The schema's defaults: order 0, startAction powerOn. */
    private static final int DEFAULT_ORDER = 0;
    private static final String NONE = "none";

    /** One StartupSection Item. */
    record Entry(String collectionId, String entityId, int order, String startAction) {
        boolean startsEntity() {
            return !NONE.equals(startAction);
        }
    }

    private StartupOrderCheck() {
    }

    /** The Items of every collection's StartupSection, collection by collection, in document order. */
    static List<Entry> entries(OvfDescriptor descriptor) {
        List<Entry> entries = new ArrayList<>();
        for (Element content : descriptor.contents()) {
            if (!"VirtualSystemCollection".equals(content.getLocalName())) {
                continue;
            }
            String collection = descriptor.attr(content, "id").orElse("(collection without ovf:id)");
            for (Element section : descriptor.childrenOfKind(content, "StartupSection")) {
                for (Element item : descriptor.childrenOfKind(section, "Item")) {
                    entries.add(new Entry(collection, descriptor.attr(item, "id").orElse(""),
                            order(descriptor.attr(item, "order").orElse(null)),
                            descriptor.attr(item, "startAction").map(String::strip).orElse("powerOn")));
                }
            }
        }
        return entries;
    }

    private static int order(String text) {
        if (text == null) {
            return DEFAULT_ORDER;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            // the corpus is valid, so this only happens for a package the suite did not write; compare as default
            return DEFAULT_ORDER;
        }
    }

    /**
     * What is wrong with the start order reported, one message per problem (empty when it is right).
     *
     * @param started entity ids in the order the consumer started them (a repeat counts at its first place)
     */
    static List<String> violations(List<Entry> entries, List<String> started) {
        List<String> problems = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.startsEntity() && started.contains(e.entityId())) {
                problems.add("OVF-SEC-006: '" + e.entityId() + "' of collection '" + e.collectionId()
                        + "' has startAction=\"none\" but was started");
            }
        }
        for (Entry earlier : entries) {
            for (Entry later : entries) {
                if (!earlier.collectionId().equals(later.collectionId()) || earlier.order() >= later.order()
                        || !earlier.startsEntity() || !later.startsEntity()) {
                    continue;
                }
                int a = started.indexOf(earlier.entityId());
                int b = started.indexOf(later.entityId());
                if (a >= 0 && b >= 0 && b < a) {
                    problems.add("OVF-SEC-006: in collection '" + earlier.collectionId() + "', '" + later.entityId()
                            + "' (order " + later.order() + ") was started before '" + earlier.entityId()
                            + "' (order " + earlier.order() + ")");
                }
            }
        }
        return problems;
    }
}
