package org.vcmtck.assertions.ovf.env;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vcmtck.assertions.ovf.Violation;

/** The checks behind {@link EnvironmentRule}, one method per requirement. */
final class EnvironmentRules {

    /** DSP8027 PlatformSection children, in schema sequence order. */
    static final List<String> PLATFORM_FIELDS = List.of("Kind", "Version", "Vendor", "Locale", "Timezone");

    private EnvironmentRules() {
    }

    /** Collects the violations of one requirement. */
    private static final class Found {
        private final String requirementId;
        private final List<Violation> violations = new ArrayList<>();

        Found(String requirementId) {
            this.requirementId = requirementId;
        }

        void at(String location, String found, String expected) {
            violations.add(new Violation(requirementId, location, found, expected));
        }

        List<Violation> list() {
            return List.copyOf(violations);
        }
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /** OVF-OENV-001: root Environment in the environment namespace, oe:id naming the entity. */
    static List<Violation> rootAndId(DeliveredEnvironment d) {
        Found f = new Found("OVF-OENV-001");
        if (d.environment().isEmpty()) {
            f.at(d.source(), "no environment document: " + d.environmentProblem().orElse("not delivered"),
                    "a well-formed Environment document in " + OvfEnvironment.NAMESPACE);
            return f.list();
        }
        OvfEnvironment env = d.environment().get();
        if (!env.rootName().equals("Environment") || !env.rootNamespace().equals(OvfEnvironment.NAMESPACE)) {
            f.at("/" + env.rootName(), "root element {" + env.rootNamespace() + "}" + env.rootName(),
                    "root element {" + OvfEnvironment.NAMESPACE + "}Environment");
        }
        String wanted = "oe:id=" + quoted(d.expected().entityId()) + " (the ovf:id of the entity deployed)";
        Optional<String> id = env.id();
        if (id.isEmpty()) {
            f.at("/" + env.rootName(), env.hasUnqualifiedId()
                    ? "an unqualified id attribute, which the environment schema does not define" : "no oe:id",
                    wanted);
        } else if (!id.get().equals(d.expected().entityId())) {
            f.at("/" + env.rootName() + "/@oe:id", "oe:id=" + quoted(id.get()), wanted);
        }
        return f.list();
    }

    /** OVF-OENV-002: at most one PlatformSection of Kind, Version, Vendor, Locale, Timezone (an integer). */
    static List<Violation> platformSection(DeliveredEnvironment d) {
        Found f = new Found("OVF-OENV-002");
        List<PlatformSection> sections = d.environment().map(OvfEnvironment::platformSections).orElse(List.of());
        for (int i = 1; i < sections.size(); i++) {
            f.at(sections.get(i).location(), sections.size() + " PlatformSections", "at most one PlatformSection");
        }
        for (PlatformSection section : sections) {
            int lastPosition = -1;
            Set<String> seen = new LinkedHashSet<>();
            for (PlatformSection.Field field : section.fields()) {
                if (!field.namespace().equals(OvfEnvironment.NAMESPACE)) {
                    continue; // the schema admits extension elements from other namespaces
                }
                int position = PLATFORM_FIELDS.indexOf(field.name());
                if (position < 0) {
                    f.at(field.location(), "element " + field.name(), "only " + PLATFORM_FIELDS
                            + " (or elements of another namespace)");
                    continue;
                }
                if (!seen.add(field.name())) {
                    f.at(field.location(), field.name() + " again", "each of " + PLATFORM_FIELDS + " at most once");
                } else if (position < lastPosition) {
                    f.at(field.location(), field.name() + " after " + PLATFORM_FIELDS.get(lastPosition),
                            "the order " + String.join(", ", PLATFORM_FIELDS));
                }
                lastPosition = Math.max(lastPosition, position);
                if (field.name().equals("Timezone") && !field.text().matches("[+-]?\\d+")) {
                    f.at(field.location(), "Timezone " + quoted(field.text()),
                            "an integer (minutes from UTC)");
                }
            }
        }
        return f.list();
    }

    /** OVF-OENV-003: every expected key present once with its expected value; no keys the descriptor lacks. */
    static List<Violation> propertyValues(DeliveredEnvironment d) {
        Found f = new Found("OVF-OENV-003");
        if (d.environment().isEmpty()) {
            return f.list();
        }
        ExpectedEnvironment expected = d.expected();
        Map<String, List<EnvironmentProperty>> byKey = new LinkedHashMap<>();
        for (EnvironmentProperty property : d.environment().get().properties()) {
            if (property.key().isEmpty()) {
                f.at(property.location(), "Property without oe:key", "oe:key with a full property identifier");
                continue;
            }
            if (property.value().isEmpty()) {
                f.at(property.location(), "Property " + quoted(property.key().get()) + " without oe:value",
                        "oe:value");
            }
            byKey.computeIfAbsent(property.key().get(), k -> new ArrayList<>()).add(property);
        }
        byKey.forEach((key, found) -> {
            if (found.size() > 1) {
                f.at(found.get(1).location(), "key " + quoted(key) + " " + found.size() + " times, first at "
                        + found.get(0).location(), "each key once");
            }
        });
        String root = "/" + d.environment().get().rootName() + "/PropertySection";
        for (ExpectedProperty property : expected.properties()) {
            List<EnvironmentProperty> found = byKey.get(property.key());
            if (found == null) {
                f.at(root, "no Property with oe:key=" + quoted(property.key()),
                        "oe:key=" + quoted(property.key()) + " oe:value=" + quoted(property.value()) + " ("
                                + property.provenance() + ")");
                continue;
            }
            Optional<String> value = found.get(0).value();
            boolean refusedOverrideApplied = property.refusedOverride().isPresent()
                    && value.equals(property.refusedOverride()) && !value.get().equals(property.value());
            if (value.isPresent() && !value.get().equals(property.value()) && !refusedOverrideApplied) {
                f.at(found.get(0).location(), "oe:value=" + quoted(value.get()) + " for " + quoted(property.key()),
                        "oe:value=" + quoted(property.value()) + " (" + property.provenance()
                                + expected.configuration().map(c -> "; configuration in effect " + quoted(c)).orElse("")
                                + ")");
            }
        }
        for (Map.Entry<String, List<EnvironmentProperty>> entry : byKey.entrySet()) {
            String key = entry.getKey();
            if (expected.property(key).isEmpty() && !expected.tolerated().containsKey(key)) {
                f.at(entry.getValue().get(0).location(), "oe:key=" + quoted(key)
                        + ", which no ProductSection of " + quoted(expected.entityId()) + " declares",
                        "only the entity's properties " + expected.values().keySet());
            }
        }
        return f.list();
    }

    /** OVF-PROD-004: keys are full identifiers, not the bare ovf:key or a partial form. */
    static List<Violation> fullKeys(DeliveredEnvironment d) {
        Found f = new Found("OVF-PROD-004");
        if (d.environment().isEmpty()) {
            return f.list();
        }
        ExpectedEnvironment expected = d.expected();
        Map<String, List<ExpectedProperty>> shortForms = new HashMap<>();
        for (ExpectedProperty property : expected.properties()) {
            for (String form : List.of(property.bareKey(),
                    ExpectedEnvironment.fullKey(property.productClass(), property.bareKey(), ""),
                    ExpectedEnvironment.fullKey("", property.bareKey(), property.instance()))) {
                if (!form.equals(property.key())) {
                    shortForms.computeIfAbsent(form, k -> new ArrayList<>()).add(property);
                }
            }
        }
        for (EnvironmentProperty property : d.environment().get().properties()) {
            Optional<String> key = property.key();
            if (key.isEmpty() || expected.property(key.get()).isPresent()
                    || expected.tolerated().containsKey(key.get())) {
                continue;
            }
            List<ExpectedProperty> meant = shortForms.get(key.get());
            if (meant != null) {
                ExpectedProperty first = meant.get(0);
                f.at(property.location(), "oe:key=" + quoted(key.get()) + ", a partial identifier of "
                        + first.location(), "the full identifier [class.]key[.instance] " + quoted(first.key()));
            }
        }
        return f.list();
    }

    /** OVF-PROD-010: a user value for a property that is not user-configurable was not applied. */
    static List<Violation> refusedOverrides(DeliveredEnvironment d) {
        Found f = new Found("OVF-PROD-010");
        if (d.environment().isEmpty()) {
            return f.list();
        }
        for (ExpectedProperty property : d.expected().properties()) {
            if (property.refusedOverride().isEmpty()
                    || property.refusedOverride().get().equals(property.value())) {
                continue;
            }
            for (EnvironmentProperty found : d.environment().get().properties()) {
                if (found.key().equals(Optional.of(property.key())) && found.value().equals(property.refusedOverride())) {
                    f.at(found.location(), "the user's value " + quoted(property.refusedOverride().get()) + " for "
                            + quoted(property.key()) + ", which is not user-configurable",
                            "the descriptor's value " + quoted(property.value()) + " (" + property.provenance() + ")");
                }
            }
        }
        return f.list();
    }

    /**
     * OVF-SEC-010: the configuration in effect is reported to the guest. DSP0243 does not fix how, so the check only
     * asks that its id appear somewhere in the document, as an attribute value or the text of an element.
     */
    static List<Violation> configurationReported(DeliveredEnvironment d) {
        Found f = new Found("OVF-SEC-010");
        if (d.environment().isEmpty() || d.expected().configuration().isEmpty()) {
            return f.list();
        }
        String configuration = d.expected().configuration().get();
        if (d.environment().get().locationsOf(configuration).isEmpty()) {
            f.at("/" + d.environment().get().rootName(), "the configuration in effect " + quoted(configuration)
                            + " nowhere in the document (searched every attribute value and element text; the"
                            + " mechanism is not fixed by DSP0243, so any place counts)",
                    "the id " + quoted(configuration) + " reported somewhere in the environment");
        }
        return f.list();
    }

    /** OVF-OENV-006: the ISO medium is readable and its root holds ovf-env.xml. */
    static List<Violation> isoRootHoldsEnvironment(DeliveredEnvironment d) {
        Found f = new Found("OVF-OENV-006");
        if (d.medium().isEmpty()) {
            return f.list();
        }
        EnvironmentMedium medium = d.medium().get();
        if (!medium.readable()) {
            f.at(medium.image().toString(), "not a readable ISO 9660 image: " + medium.problem().get(),
                    "an ISO 9660 image holding " + EnvironmentMedium.ENVIRONMENT_FILE + " in its root");
            return f.list();
        }
        if (!medium.rootHoldsEnvironment()) {
            f.at(medium.image() + " (" + medium.naming().map(Enum::name).orElse("?") + " tree)",
                    "root files " + medium.rootFiles(), EnvironmentMedium.ENVIRONMENT_FILE + " in the root");
        }
        return f.list();
    }

    /** OVF-OENV-004 (MAY): Entity elements, when present, each name another entity of the deployment, once. */
    static List<Violation> entityReferences(DeliveredEnvironment d) {
        Found f = new Found("OVF-OENV-004");
        List<EnvironmentEntity> entities = d.environment().map(OvfEnvironment::entities).orElse(List.of());
        Set<String> seen = new LinkedHashSet<>();
        for (EnvironmentEntity entity : entities) {
            String allowed = "oe:id naming a sibling or enclosing entity of " + quoted(d.expected().entityId())
                    + ": one of " + d.expected().relatedEntityIds();
            if (entity.id().isEmpty()) {
                f.at(entity.location(), "Entity without oe:id", allowed);
            } else if (!d.expected().relatedEntityIds().contains(entity.id().get())) {
                f.at(entity.location(), "oe:id=" + quoted(entity.id().get()), allowed);
            } else if (!seen.add(entity.id().get())) {
                f.at(entity.location(), "a second Entity for " + quoted(entity.id().get()), "one Entity per entity");
            }
        }
        return f.list();
    }

    /** OVF-OENV-008: each EnvironmentFilesSection File is on the medium at its path, with the package's bytes. */
    static List<Violation> environmentFiles(DeliveredEnvironment d) {
        Found f = new Found("OVF-OENV-008");
        Optional<EnvironmentMedium> medium = d.medium().filter(EnvironmentMedium::readable);
        if (medium.isEmpty()) {
            return f.list();
        }
        for (EnvironmentFile file : d.expected().environmentFiles()) {
            if (!file.carriedBy(d.transport())) {
                continue;
            }
            String where = medium.get().image() + ":/" + file.path();
            String digest = medium.get().fileDigests().get(file.path());
            if (digest == null) {
                f.at(where, "no file at " + quoted(file.path()) + " (root files " + medium.get().rootFiles() + ")",
                        "the package file " + file.href().map(EnvironmentRules::quoted).orElse("of " + file.fileRef())
                                + " there, as " + file.location() + " asks");
            } else if (file.sha256().isPresent() && !file.sha256().get().equals(digest)) {
                f.at(where, "content with SHA-256 " + digest, "the bytes of package file "
                        + file.href().map(EnvironmentRules::quoted).orElse("") + " (SHA-256 " + file.sha256().get()
                        + ")");
            }
        }
        return f.list();
    }
}
