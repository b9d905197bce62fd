package org.vcmtck.assertions.cimi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Checks of one ResourceMetadata entry. Each check gathers every missing member of the entry before failing, so
 * one run shows everything a provider has to fix in its metadata, not only the first gap.
 */
public final class CimiResourceMetadataAssert
        extends AbstractAssert<CimiResourceMetadataAssert, CimiDocument> {

    private static final List<String> CAPABILITY_MEMBERS = List.of("name", "uri", "description", "value");
    private static final List<String> ATTRIBUTE_MEMBERS = List.of("name", "namespace", "type", "required");
    private static final List<String> ACTION_MEMBERS = List.of("name", "uri", "description", "method",
            "inputMessage", "outputMessage");

    CimiResourceMetadataAssert(CimiDocument actual) {
        super(actual, CimiResourceMetadataAssert.class);
    }

    private void failIfAny(String requirement, List<String> problems) {
        if (!problems.isEmpty()) {
            failWithMessage("%s", "[" + requirement + "] ResourceMetadata "
                    + actual.text("name").or(() -> actual.text("id")).orElse("(unnamed)") + ": "
                    + String.join("; ", problems));
        }
    }

    /** id, name and typeUri, and at least one of capabilities, attributes, actions (CIMI-RMD-002). */
    public CimiResourceMetadataAssert describesAResourceType(String requirement) {
        isNotNull();
        List<String> problems = new ArrayList<>();
        for (String member : List.of("id", "name", "typeUri")) {
            if (actual.text(member).filter(v -> !v.isBlank()).isEmpty()) {
                problems.add("'" + member + "' is missing or empty");
            }
        }
        if (capabilities().isEmpty() && attributes().isEmpty() && actions().isEmpty()) {
            problems.add("describes no capability, attribute or action");
        }
        failIfAny(requirement, problems);
        return this;
    }

    /** Each capability has name, uri, description and value; the uris are distinct (CIMI-RMD-003). */
    public CimiResourceMetadataAssert hasWellFormedCapabilities(String requirement) {
        isNotNull();
        List<String> problems = missingMembers("capability", capabilities(), CAPABILITY_MEMBERS);
        Set<String> seen = new HashSet<>();
        for (CimiDocument capability : capabilities()) {
            capability.text("uri").filter(uri -> !seen.add(uri))
                    .ifPresent(uri -> problems.add("capability uri '" + uri + "' is given twice"));
        }
        failIfAny(requirement, problems);
        return this;
    }

    /** Each attribute descriptor has name, namespace, type and a boolean required (CIMI-RMD-004). */
    public CimiResourceMetadataAssert hasWellFormedAttributes(String requirement) {
        isNotNull();
        List<String> problems = missingMembers("attribute", attributes(), ATTRIBUTE_MEMBERS);
        for (CimiDocument attribute : attributes()) {
            attribute.text("required").filter(r -> !r.equals("true") && !r.equals("false"))
                    .ifPresent(r -> problems.add("attribute " + attribute.text("name").orElse("(unnamed)")
                            + ": 'required' is '" + r + "', not true or false"));
        }
        failIfAny(requirement, problems);
        return this;
    }

    /** Each action descriptor has name, uri, description, method, inputMessage, outputMessage (CIMI-RMD-005). */
    public CimiResourceMetadataAssert hasWellFormedActions(String requirement) {
        isNotNull();
        failIfAny(requirement, missingMembers("action", actions(), ACTION_MEMBERS));
        return this;
    }

    public List<CimiDocument> capabilities() {
        return descriptors("capabilities", "capability");
    }

    public List<CimiDocument> attributes() {
        return descriptors("attributes", "attribute");
    }

    public List<CimiDocument> actions() {
        return descriptors("actions", "action");
    }

    /**
     * The XML element name of a descriptor is not confirmed by the specification: CIMI's convention for attributes
     * is the lower-case attribute name (as for {@code operation}), but the type name (as for collection entries) is
     * also met, so both are read rather than failing a provider on an unconfirmed spelling.
     */
    private List<CimiDocument> descriptors(String jsonArray, String xmlElement) {
        List<CimiDocument> found = actual.entries(jsonArray, xmlElement);
        if (found.isEmpty() && actual.format() == CimiFormat.XML) {
            return actual.entries(jsonArray, Character.toUpperCase(xmlElement.charAt(0)) + xmlElement.substring(1));
        }
        return found;
    }

    private static List<String> missingMembers(String kind, List<CimiDocument> descriptors, List<String> members) {
        List<String> problems = new ArrayList<>();
        int index = 0;
        for (CimiDocument descriptor : descriptors) {
            index++;
            List<String> missing = members.stream().filter(m -> descriptor.text(m).isEmpty()).toList();
            if (!missing.isEmpty()) {
                problems.add(kind + " " + descriptor.text("name").orElse("#" + index) + " lacks " + missing);
            }
        }
        return problems;
    }
}
