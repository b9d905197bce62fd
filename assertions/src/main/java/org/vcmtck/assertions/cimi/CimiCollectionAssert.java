package org.vcmtck.assertions.cimi;

import java.util.List;
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

    private List<String> entryIds() {
        return entries().stream().map(e -> e.text("id").orElse("(no id)")).toList();
    }
}
