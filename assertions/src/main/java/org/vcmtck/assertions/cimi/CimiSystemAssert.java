package org.vcmtck.assertions.cimi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/** Checks of System and SystemTemplate representations (CIMI-SYS-001, CIMI-SYS-003). */
public final class CimiSystemAssert extends AbstractAssert<CimiSystemAssert, CimiDocument> {

    /** The System state model, MIXED included (members in different states). */
    public static final Set<String> SYSTEM_STATES = Set.of("CREATING", "STARTING", "STARTED", "STOPPING", "STOPPED",
            "PAUSING", "PAUSED", "SUSPENDING", "SUSPENDED", "MIXED", "DELETING", "ERROR");
    /** The member sub-collections every System references; the rest of the list is optional. */
    public static final List<String> REQUIRED_SUB_COLLECTIONS = List.of("machines");

    private CimiSystemAssert(CimiDocument actual) {
        super(actual, CimiSystemAssert.class);
    }

    public static CimiSystemAssert assertThatSystem(CimiDocument document) {
        return new CimiSystemAssert(document);
    }

    private void fail(String requirement, String what) {
        failWithMessage("%s", "[" + requirement + "] " + actual.describe() + ": " + what);
    }

    /** The System declares the System type and a state of the System state model. */
    public CimiSystemAssert isASystemWithAState(String requirement) {
        isNotNull();
        if (!actual.typeUri().map(CimiVocabulary.typeUri("System")::equals).orElse(false)) {
            fail(requirement, "does not declare the type " + CimiVocabulary.typeUri("System"));
        }
        Optional<String> state = actual.text("state");
        if (state.isEmpty()) {
            fail(requirement, "the system has no state");
        } else if (!SYSTEM_STATES.contains(state.get())) {
            fail(requirement, "state '" + state.get() + "' is not one of " + SYSTEM_STATES.stream().sorted().toList());
        }
        return this;
    }

    /** Each named sub-collection is a reference with an href. */
    public CimiSystemAssert referencesSubCollections(String requirement, List<String> names) {
        isNotNull();
        for (String name : names) {
            if (actual.href(name).filter(h -> !h.isBlank()).isEmpty()) {
                fail(requirement, "no " + name + " sub-collection reference with an href");
            }
        }
        return this;
    }

    /** The component descriptors of a SystemTemplate (lower-case element names first, as the spec writes them). */
    public static List<CimiDocument> componentDescriptors(CimiDocument template) {
        List<CimiDocument> found = template.entries("componentDescriptors", "componentDescriptor");
        return found.isEmpty() ? template.entries("componentDescriptors", "ComponentDescriptor") : found;
    }

    /** The quantity a descriptor asks for: its integer {@code quantity}, 1 when absent. */
    public static int quantityOf(CimiDocument descriptor) {
        return descriptor.text("quantity").map(q -> {
            try {
                return Integer.parseInt(q.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }).orElse(1);
    }

    /**
     * A SystemTemplate: at least one component descriptor, each with a resource type URI, a positive integer
     * quantity (when given) and the component itself (a reference to its template or a by-value resource).
     */
    public CimiSystemAssert isASystemTemplateWithComponentDescriptors(String requirement) {
        isNotNull();
        List<CimiDocument> descriptors = componentDescriptors(actual);
        if (descriptors.isEmpty()) {
            fail(requirement, "the system template has no componentDescriptors");
        }
        for (CimiDocument d : descriptors) {
            String name = d.text("name").orElse("(unnamed)");
            Optional<String> type = d.text("type");
            if (type.isEmpty() || !type.get().startsWith(CimiVocabulary.NAMESPACE + "/")) {
                fail(requirement, "component " + name + " has no CIMI resource type URI (type: "
                        + type.orElse("none") + ")");
            }
            if (d.has("quantity") && (!d.isInteger("quantity") || quantityOf(d) < 1)) {
                fail(requirement, "component " + name + " has quantity '" + d.text("quantity").orElse("")
                        + "', not a positive integer");
            }
            boolean hasComponent = d.attributeNames().stream().anyMatch(a -> a.endsWith("Template")
                    || a.equals("component")) || !d.allHrefs().isEmpty();
            if (!hasComponent) {
                fail(requirement, "component " + name + " names neither a component template nor a resource");
            }
        }
        return this;
    }

    /** How many machines the template's Machine descriptors ask for in all. */
    public static int machineQuantity(CimiDocument template) {
        return componentDescriptors(template).stream()
                .filter(d -> d.text("type").map(CimiVocabulary.typeUri("Machine")::equals).orElse(false))
                .mapToInt(CimiSystemAssert::quantityOf).sum();
    }
}
