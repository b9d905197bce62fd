package org.vcmtck.assertions.ovf.env;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vcmtck.assertions.ovf.Violation;

/**
 * The checks of a delivered OVF environment, each with the catalogue id that states it. Each rule also says
 * whether the delivery holds anything it applies to, so a caller can tell "passed" from "not applicable"
 * (e.g. OVF-OENV-008 without an EnvironmentFilesSection, OVF-OENV-004 without Entity elements).
 */
public enum EnvironmentRule {
    ROOT_AND_ID("OVF-OENV-001", "root Environment in the environment namespace, oe:id = the entity's ovf:id",
            d -> true, EnvironmentRules::rootAndId),
    PLATFORM_SECTION("OVF-OENV-002", "PlatformSection: Kind, Version, Vendor, Locale, Timezone (integer)",
            d -> d.environment().map(e -> !e.platformSections().isEmpty()).orElse(false),
            EnvironmentRules::platformSection),
    PROPERTY_VALUES("OVF-OENV-003", "every property with its value in effect, no undeclared keys",
            d -> d.environment().isPresent(), EnvironmentRules::propertyValues),
    FULL_PROPERTY_KEYS("OVF-PROD-004", "keys are full identifiers [class.]key[.instance]",
            d -> d.environment().isPresent() && !d.expected().properties().isEmpty(), EnvironmentRules::fullKeys),
    NO_OVERRIDE_OF_FIXED_PROPERTIES("OVF-PROD-010", "user values for non-configurable properties not applied",
            d -> d.environment().isPresent()
                    && d.expected().properties().stream().anyMatch(p -> p.refusedOverride().isPresent()),
            EnvironmentRules::refusedOverrides),
    CONFIGURATION_REPORTED("OVF-SEC-010", "the configuration in effect appears in the environment",
            d -> d.environment().isPresent() && d.expected().configuration().isPresent(),
            EnvironmentRules::configurationReported),
    ISO_ROOT_HOLDS_ENVIRONMENT("OVF-OENV-006", "the ISO medium's root holds ovf-env.xml",
            d -> d.medium().isPresent(), EnvironmentRules::isoRootHoldsEnvironment),
    ENTITY_REFERENCES("OVF-OENV-004", "Entity elements (optional) name sibling or enclosing entities",
            d -> d.environment().map(e -> !e.entities().isEmpty()).orElse(false),
            EnvironmentRules::entityReferences),
    ENVIRONMENT_FILES("OVF-OENV-008", "EnvironmentFilesSection files on the medium with the package's bytes",
            d -> d.medium().map(EnvironmentMedium::readable).orElse(false)
                    && d.expected().environmentFiles().stream().anyMatch(f -> f.carriedBy(d.transport())),
            EnvironmentRules::environmentFiles);

    private final String requirementId;
    private final String summary;
    private final Predicate<DeliveredEnvironment> applies;
    private final Function<DeliveredEnvironment, List<Violation>> check;

    EnvironmentRule(String requirementId, String summary, Predicate<DeliveredEnvironment> applies,
                    Function<DeliveredEnvironment, List<Violation>> check) {
        this.requirementId = requirementId;
        this.summary = summary;
        this.applies = applies;
        this.check = check;
    }

    public String requirementId() {
        return requirementId;
    }

    public String summary() {
        return summary;
    }

    /** False when the delivery holds nothing this rule examines (report it as not applicable, not passed). */
    public boolean appliesTo(DeliveredEnvironment delivered) {
        return applies.test(delivered);
    }

    /** The violations; none when the rule does not apply. */
    public List<Violation> check(DeliveredEnvironment delivered) {
        return appliesTo(delivered) ? check.apply(delivered) : List.of();
    }

    public static List<Violation> checkAll(DeliveredEnvironment delivered, List<EnvironmentRule> rules) {
        List<Violation> violations = new ArrayList<>();
        rules.forEach(rule -> violations.addAll(rule.check(delivered)));
        return violations;
    }

    public static List<EnvironmentRule> all() {
        return Arrays.asList(values());
    }

    public static List<EnvironmentRule> forRequirement(String requirementId) {
        return Arrays.stream(values()).filter(r -> r.requirementId.equals(requirementId)).toList();
    }
}
