package org.vcmtck.assertions.cimi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Checks of a CIMI collection representation whose entries are the JSON array {@code jsonArray} / the XML
 * elements {@code xmlElement} (e.g. machines / Machine).
 */
public final class CimiCollectionAssert extends AbstractAssert<CimiCollectionAssert, CimiDocument> {

    private final String jsonArray;
    private final String xmlElement;

    CimiCollectionAssert(CimiDocument actual, String jsonArray, String xmlElement) {
        super(actual, CimiCollectionAssert.class);
        this.jsonArray = jsonArray;
        this.xmlElement = xmlElement;
    }

    private void fail(String requirement, String what) {
        failWithMessage("%s", "[" + requirement + "] " + actual.describe() + ": " + what);
    }

    private List<CimiDocument> entries() {
        return actual.entries(jsonArray, xmlElement);
    }

    /** id, an integer count and the entries (an empty collection may leave the entries out) (CIMI-COL-001). */
    public CimiCollectionAssert hasIdCountAndEntries(String requirement) {
        isNotNull();
        if (actual.text("id").filter(id -> !id.isBlank()).isEmpty()) {
            fail(requirement, "attribute 'id' is missing");
        }
        if (!actual.isInteger("count")) {
            fail(requirement, "attribute 'count' should be an integer but is "
                    + actual.text("count").map(c -> "'" + c + "'").orElse("missing"));
        }
        if (!actual.hasEntries(jsonArray, xmlElement) && !"0".equals(actual.text("count").orElse(""))) {
            fail(requirement, "count is " + actual.text("count").orElse("?") + " but there are no '"
                    + (actual.format() == CimiFormat.JSON ? jsonArray : xmlElement) + "' entries");
        }
        return this;
    }

    /** count equals the number of entries when no paging was requested (CIMI-COL-002). */
    public CimiCollectionAssert hasCountMatchingEntries(String requirement) {
        isNotNull();
        int listed = entries().size();
        String count = actual.text("count").orElse("missing");
        if (!String.valueOf(listed).equals(count)) {
            fail(requirement, "count is " + count + " but " + listed + " entries are listed");
        }
        return this;
    }

    /** The collection advertises add with its own URI as href (CIMI-COL-003). */
    public CimiCollectionAssert advertisesAddToItself(String requirement) {
        isNotNull();
        String id = actual.text("id").orElse("");
        CimiOperation add = actual.operation("add").orElse(null);
        if (add == null) {
            fail(requirement, "operation 'add' is not advertised; operations are "
                    + actual.operations().stream().map(CimiOperation::rel).toList());
        } else if (!add.href().equals(id)) {
            fail(requirement, "operation 'add' points at '" + add.href() + "', not at the collection '" + id + "'");
        }
        return this;
    }

    public CimiCollectionAssert listsEntryWithId(String requirement, String id) {
        isNotNull();
        if (entryIds().stream().noneMatch(id::equals)) {
            fail(requirement, "no entry with id " + id + "; entries are " + entryIds());
        }
        return this;
    }

    public CimiCollectionAssert doesNotListEntryWithId(String requirement, String id) {
        isNotNull();
        if (entryIds().contains(id)) {
            fail(requirement, "still lists the entry " + id);
        }
        return this;
    }

    /** count is exactly {@code expected}, e.g. the total a paged or filtered answer still reports (CIMI-Q-005). */
    public CimiCollectionAssert hasCount(String requirement, int expected) {
        isNotNull();
        String count = actual.text("count").orElse("missing");
        if (!String.valueOf(expected).equals(count)) {
            fail(requirement, "count is " + count + ", expected " + expected);
        }
        return this;
    }

    /** The entries are exactly these ids, in any order (a filtered answer, CIMI-Q-001). */
    public CimiCollectionAssert listsExactlyEntryIds(String requirement, Set<String> expected) {
        isNotNull();
        List<String> listed = entryIds();
        if (listed.size() != new HashSet<>(listed).size() || !new HashSet<>(listed).equals(expected)) {
            fail(requirement, "expected the entries " + new TreeSet<>(expected) + " but found " + listed);
        }
        return this;
    }

    /** The entries are exactly these ids in this order (a page of an unpaged listing, CIMI-Q-004). */
    public CimiCollectionAssert listsEntryIdsInOrder(String requirement, List<String> expected) {
        isNotNull();
        List<String> listed = entryIds();
        if (!listed.equals(expected)) {
            fail(requirement, "expected the entries " + expected + " in that order but found " + listed);
        }
        return this;
    }

    /** Every entry carries no attribute outside {@code allowed} (a $select answer, CIMI-Q-006). */
    public CimiCollectionAssert entriesHaveOnlyAttributes(String requirement, Set<String> allowed) {
        isNotNull();
        List<String> extra = new ArrayList<>();
        for (CimiDocument entry : entries()) {
            Set<String> unexpected = new TreeSet<>(entry.attributeNames());
            unexpected.removeAll(allowed);
            if (!unexpected.isEmpty()) {
                extra.add(entry.text("id").orElse("(no id)") + " has " + unexpected);
            }
        }
        if (!extra.isEmpty()) {
            fail(requirement, "entries carry attributes beyond " + new TreeSet<>(allowed) + ": " + extra);
        }
        return this;
    }

    /** Every entry carries {@code attribute}. */
    public CimiCollectionAssert entriesHaveAttribute(String requirement, String attribute) {
        isNotNull();
        List<String> without = entries().stream().filter(e -> !e.has(attribute))
                .map(e -> e.text("id").orElse("(no id)")).toList();
        if (!without.isEmpty()) {
            fail(requirement, "entries without '" + attribute + "': " + without);
        }
        return this;
    }

    /**
     * Entries that carry {@code attribute} appear sorted by it (plain character order; CIMI-Q-008). Entries
     * without the attribute are left out of the comparison, since where they sort is not specified.
     */
    public CimiCollectionAssert isOrderedBy(String requirement, String attribute, boolean descending) {
        isNotNull();
        List<String> values = entries().stream().map(e -> e.text(attribute)).flatMap(java.util.Optional::stream)
                .toList();
        for (int i = 1; i < values.size(); i++) {
            int order = values.get(i - 1).compareTo(values.get(i));
            if (descending ? order < 0 : order > 0) {
                fail(requirement, "entries are not in " + (descending ? "descending" : "ascending") + " order of '"
                        + attribute + "': '" + values.get(i - 1) + "' comes before '" + values.get(i) + "' in "
                        + values);
            }
        }
        return this;
    }

    /** The ids of the entries, in the order listed. */
    public List<String> entryIds() {
        return entries().stream().map(e -> e.text("id").orElse("(no id)")).toList();
    }
}
