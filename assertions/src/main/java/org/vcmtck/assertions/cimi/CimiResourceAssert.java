package org.vcmtck.assertions.cimi;

import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Checks of one CIMI resource representation. Every check names the requirement it stands for, so a failure
 * reads "[CIMI-COM-001] Machine http://…/machines/1: attribute 'id' …: found …".
 */
public final class CimiResourceAssert extends AbstractAssert<CimiResourceAssert, CimiDocument> {

    CimiResourceAssert(CimiDocument actual) {
        super(actual, CimiResourceAssert.class);
    }

    private void fail(String requirement, String what) {
        failWithMessage("%s", "[" + requirement + "] " + actual.describe() + ": " + what);
    }

    /** JSON declares the type with resourceURI (CIMI-COM-003), XML with root name and namespace (CIMI-COM-004). */
    public CimiResourceAssert isOfType(String requirement, String typeName) {
        isNotNull();
        String expected = CimiVocabulary.typeUri(typeName);
        if (!actual.typeUri().map(expected::equals).orElse(false)) {
            String found = actual.format() == CimiFormat.JSON
                    ? "resourceURI " + actual.typeUri().map(u -> "'" + u + "'").orElse("absent")
                    : "root element " + actual.xmlRoot()
                    + actual.typeUri().map(u -> " (type " + u + ")").orElse("");
            fail(requirement, "expected type " + expected + " but found " + found);
        }
        return this;
    }

    public CimiResourceAssert hasAttribute(String requirement, String attribute) {
        isNotNull();
        if (!actual.has(attribute)) {
            fail(requirement, "attribute '" + attribute + "' is missing");
        }
        return this;
    }

    public CimiResourceAssert hasAttributeEqualTo(String requirement, String attribute, String expected) {
        hasAttribute(requirement, attribute);
        String found = actual.text(attribute).orElse(null);
        if (!expected.equals(found)) {
            fail(requirement, "attribute '" + attribute + "' expected '" + expected + "' but found "
                    + (found == null ? "no scalar value" : "'" + found + "'"));
        }
        return this;
    }

    public CimiResourceAssert hasAttributeEndingWith(String requirement, String attribute, String suffix) {
        hasAttribute(requirement, attribute);
        String found = actual.text(attribute).orElse("");
        if (!found.endsWith(suffix)) {
            fail(requirement, "attribute '" + attribute + "' should end with '" + suffix + "' but is '" + found + "'");
        }
        return this;
    }

    public CimiResourceAssert hasAttributeIn(String requirement, String attribute, Set<String> allowed) {
        hasAttribute(requirement, attribute);
        String found = actual.text(attribute).orElse("");
        if (!allowed.contains(found)) {
            fail(requirement, "attribute '" + attribute + "' is '" + found + "', not one of " + sorted(allowed));
        }
        return this;
    }

    /** Passes when the attribute is absent: only a present value must be an integer. */
    public CimiResourceAssert hasIntegerAttributeIfPresent(String requirement, String attribute) {
        isNotNull();
        if (actual.has(attribute) && !actual.isInteger(attribute)) {
            fail(requirement, "attribute '" + attribute + "' should be an integer but is "
                    + actual.text(attribute).map(t -> "'" + t + "'").orElse("not a scalar"));
        }
        return this;
    }

    public CimiResourceAssert hasIntegerAttribute(String requirement, String attribute) {
        hasAttribute(requirement, attribute);
        return hasIntegerAttributeIfPresent(requirement, attribute);
    }

    public CimiResourceAssert advertises(String requirement, String rel) {
        isNotNull();
        if (actual.operation(rel).isEmpty()) {
            fail(requirement, "operation '" + rel + "' is not advertised; operations are " + rels());
        }
        return this;
    }

    public CimiResourceAssert doesNotAdvertise(String requirement, String rel) {
        isNotNull();
        if (actual.operation(rel).isPresent()) {
            fail(requirement, "operation '" + rel + "' is advertised although it does not apply now"
                    + actual.text("state").map(s -> " (state " + s + ")").orElse(""));
        }
        return this;
    }

    /**
     * Every operation has a rel and an href; generic operations use bare words and actions use URIs: a CIMI action
     * URI for add/edit/delete or a bare word for a CIMI action (e.g. "start") is a mix-up (CIMI-COM-007).
     */
    public CimiResourceAssert hasWellFormedOperations(String requirement) {
        isNotNull();
        for (CimiOperation op : actual.operations()) {
            if (op.rel().isBlank() || op.href().isBlank()) {
                fail(requirement, "operation " + op + " lacks a rel or an href");
            }
            String rel = op.rel();
            if (rel.startsWith(CimiVocabulary.ACTION_PREFIX)
                    && CimiVocabulary.GENERIC_OPERATIONS.contains(rel.substring(CimiVocabulary.ACTION_PREFIX.length()))) {
                fail(requirement, "generic operation written as an action URI: '" + rel + "' (expected a bare word)");
            }
            if (!rel.contains(":") && !CimiVocabulary.GENERIC_OPERATIONS.contains(rel)) {
                fail(requirement, "operation rel '" + rel + "' is neither add/edit/delete nor a URI");
            }
        }
        return this;
    }

    /** Every href is an absolute http(s) URI (CIMI-CEP-006). */
    public CimiResourceAssert hasOnlyAbsoluteHrefs(String requirement) {
        isNotNull();
        List<String> relative = actual.allHrefs().stream()
                .filter(h -> !(h.startsWith("http://") || h.startsWith("https://"))).toList();
        if (!relative.isEmpty()) {
            fail(requirement, "hrefs are not absolute: " + relative);
        }
        return this;
    }

    /** Every top-level reference is under one of the given names (CIMI-CEP-003). */
    public CimiResourceAssert referencesOnly(String requirement, Set<String> allowedNames) {
        isNotNull();
        List<String> unknown = actual.references().keySet().stream().filter(n -> !allowedNames.contains(n)).toList();
        if (!unknown.isEmpty()) {
            fail(requirement, "references under names the specification does not define: " + unknown);
        }
        return this;
    }

    private String rels() {
        return actual.operations().stream().map(CimiOperation::rel).toList().toString();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** The reference attribute carries the referenced resource's representation, not only its href (CIMI-Q-007). */
    public CimiResourceAssert hasExpanded(String requirement, String attribute) {
        hasAttribute(requirement, attribute);
        boolean expanded = actual.nested(attribute)
                .map(n -> n.attributeNames().stream().anyMatch(name -> !"href".equals(name))).orElse(false);
        if (!expanded) {
            fail(requirement, "attribute '" + attribute + "' is still a bare reference, not expanded");
        }
        return this;
    }
}
