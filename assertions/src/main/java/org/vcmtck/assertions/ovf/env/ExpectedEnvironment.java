package org.vcmtck.assertions.ovf.env;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;
import org.w3c.dom.Element;

/**
 * What the OVF environment of one entity must carry after a deployment with the given choices, worked out from
 * the raw descriptor: each property under its full identifier (OVF-PROD-004) with the value in effect — the
 * descriptor default, overridden by the Value child for the configuration in effect (OVF-PROD-013), overridden by
 * the user's value for a user-configurable property (OVF-PROD-010 forbids it for the others) — plus the
 * configuration in effect (OVF-SEC-009), the entity's transports and the files EnvironmentFilesSection adds.
 *
 * @param entityId         the ovf:id of the VirtualSystem (or collection) the environment belongs to
 * @param configuration    the DeploymentOptionSection configuration in effect; empty when there is no such section
 * @param properties       the properties the environment must carry, in descriptor order
 * @param tolerated        keys the environment may carry without being required to, each with the reason: the
 *                         properties of the immediate enclosing collection (DSP0243 §11.1 lets the deployer include
 *                         them) and properties whose ovf:configuration does not list the configuration in effect
 * @param transports       the VirtualHardwareSection ovf:transport values (space- or comma-separated in the source)
 * @param relatedEntityIds ids an Entity element may name: siblings, enclosing collections, and children of a
 *                         collection
 * @param environmentFiles the files of the entity's EnvironmentFilesSection
 * @param ignoredChoices   user choices the deployer must not apply: values for unknown keys or for properties
 *                         that are not user-configurable, one line each
 */
public record ExpectedEnvironment(String entityId, Optional<String> configuration, List<ExpectedProperty> properties,
                                  Map<String, String> tolerated, List<String> transports,
                                  List<String> relatedEntityIds, List<EnvironmentFile> environmentFiles,
                                  List<String> ignoredChoices) {

    public ExpectedEnvironment {
        properties = List.copyOf(properties);
        tolerated = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tolerated));
        transports = List.copyOf(transports);
        relatedEntityIds = List.copyOf(relatedEntityIds);
        environmentFiles = List.copyOf(environmentFiles);
        ignoredChoices = List.copyOf(ignoredChoices);
    }

    /** The expectation for the entity of the package's descriptor; package file digests feed OVF-OENV-008. */
    public static ExpectedEnvironment of(RawOvfPackage pkg, String entityId, DeployChoices choices) {
        OvfDescriptor descriptor = pkg.descriptor().orElseThrow(() -> new ExpectationNotFormed(
                pkg.displayName() + " has no readable descriptor"
                        + pkg.descriptorProblem().map(p -> ": " + p).orElse("")));
        return build(new DescriptorView(descriptor), pkg, entityId, choices);
    }

    /** The expectation from a descriptor alone (no package: environment files carry no digest). */
    public static ExpectedEnvironment of(OvfDescriptor descriptor, String entityId, DeployChoices choices) {
        return build(new DescriptorView(descriptor), null, entityId, choices);
    }

    /** Full key → expected value, in descriptor order. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        properties.forEach(p -> values.put(p.key(), p.value()));
        return values;
    }

    public Optional<ExpectedProperty> property(String key) {
        return properties.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** True when the VirtualHardwareSection lists the transport. */
    public boolean lists(String transport) {
        return transports.contains(transport);
    }

    /** The full property identifier: {@code [class.]key[.instance]}, empty parts omitted (OVF-PROD-004). */
    public static String fullKey(String productClass, String key, String instance) {
        StringBuilder full = new StringBuilder();
        if (!productClass.isEmpty()) {
            full.append(productClass).append('.');
        }
        full.append(key);
        if (!instance.isEmpty()) {
            full.append('.').append(instance);
        }
        return full.toString();
    }

    private static ExpectedEnvironment build(DescriptorView view, RawOvfPackage pkg, String entityId,
                                             DeployChoices choices) {
        Element entity = view.content(entityId).orElseThrow(() -> new ExpectationNotFormed(
                "the descriptor has no VirtualSystem or VirtualSystemCollection with ovf:id=\"" + entityId
                        + "\"; it has " + view.contents().stream().map(c -> view.id(c).orElse("(no id)")).toList()));
        Optional<String> configuration = configurationInEffect(view, choices);
        List<ExpectedProperty> properties = new ArrayList<>();
        Map<String, String> tolerated = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        Set<String> consumedChoices = new LinkedHashSet<>();
        for (Element section : view.sections(entity, "ProductSection")) {
            String productClass = view.attr(section, "class").orElse("");
            String instance = view.attr(section, "instance").orElse("");
            for (Element property : view.childrenOfKind(section, "Property")) {
                String bareKey = view.attr(property, "key").orElse("");
                if (bareKey.isEmpty()) {
                    continue;
                }
                String key = fullKey(productClass, bareKey, instance);
                Optional<String> limitedTo = view.attr(property, "configuration");
                if (limitedTo.isPresent() && !listsConfiguration(limitedTo.get(), configuration)) {
                    tolerated.put(key, "its ovf:configuration=\"" + limitedTo.get()
                            + "\" does not list the configuration in effect");
                    continue;
                }
                properties.add(expected(view, property, key, productClass, bareKey, instance, configuration,
                        choices, consumedChoices, ignored));
            }
        }
        view.parentContent(entity).ifPresent(parent -> {
            String parentId = view.id(parent).orElse("(no id)");
            for (Element section : view.sections(parent, "ProductSection")) {
                String productClass = view.attr(section, "class").orElse("");
                String instance = view.attr(section, "instance").orElse("");
                for (Element property : view.childrenOfKind(section, "Property")) {
                    view.attr(property, "key").filter(k -> !k.isEmpty()).ifPresent(k -> tolerated.putIfAbsent(
                            fullKey(productClass, k, instance), "a property of the enclosing collection \""
                                    + parentId + "\" (DSP0243 §11.1 lets the environment carry it)"));
                }
            }
        });
        choices.properties().keySet().stream().filter(k -> !consumedChoices.contains(k))
                .forEach(k -> ignored.add("value for \"" + k + "\": no property of \"" + entityId
                        + "\" has that full identifier"));
        return new ExpectedEnvironment(entityId, configuration, properties, tolerated, transports(view, entity),
                relatedIds(view, entity), environmentFiles(view, entity, pkg), ignored);
    }

    private static ExpectedProperty expected(DescriptorView view, Element property, String key, String productClass,
                                             String bareKey, String instance, Optional<String> configuration,
                                             DeployChoices choices, Set<String> consumedChoices,
                                             List<String> ignored) {
        String value = view.attr(property, "value").orElse("");
        ExpectedProperty.Source source = ExpectedProperty.Source.DESCRIPTOR_DEFAULT;
        for (Element override : view.childrenOfKind(property, "Value")) {
            Optional<String> listed = view.attr(override, "configuration");
            Optional<String> overrideValue = view.attr(override, "value");
            if (overrideValue.isPresent() && listed.isPresent() && configuration.isPresent()
                    && listsConfiguration(listed.get(), configuration)) {
                value = overrideValue.get();
                source = ExpectedProperty.Source.CONFIGURATION_VALUE;
                break;
            }
        }
        boolean userConfigurable = view.attr(property, "userConfigurable")
                .map(v -> v.trim().equals("true") || v.trim().equals("1")).orElse(false);
        Optional<String> refused = Optional.empty();
        if (choices.properties().containsKey(key)) {
            consumedChoices.add(key);
            String userValue = choices.properties().get(key);
            if (userConfigurable) {
                value = userValue;
                source = ExpectedProperty.Source.USER;
            } else {
                refused = Optional.of(userValue);
                ignored.add("value \"" + userValue + "\" for \"" + key + "\": the property is not user-configurable"
                        + " (OVF-PROD-010)");
            }
        }
        return new ExpectedProperty(key, value, source, productClass, bareKey, instance, userConfigurable, refused,
                view.location(property));
    }

    /** An ovf:configuration attribute holds space-separated ids (the same list form as on Items). */
    private static boolean listsConfiguration(String attribute, Optional<String> configuration) {
        return configuration.isPresent() && Arrays.asList(attribute.trim().split("\\s+")).contains(configuration.get());
    }

    /** OVF-SEC-009: the chosen one, else the one marked ovf:default="true", else the first listed. */
    private static Optional<String> configurationInEffect(DescriptorView view, DeployChoices choices) {
        List<String> declared = new ArrayList<>();
        Optional<String> marked = Optional.empty();
        for (Element section : view.sections(view.envelope(), "DeploymentOptionSection")) {
            for (Element configuration : view.childrenOfKind(section, "Configuration")) {
                Optional<String> id = view.attr(configuration, "id");
                if (id.isEmpty()) {
                    continue;
                }
                declared.add(id.get());
                boolean isDefault = view.attr(configuration, "default")
                        .map(v -> v.trim().equals("true") || v.trim().equals("1")).orElse(false);
                if (isDefault && marked.isEmpty()) {
                    marked = id;
                }
            }
        }
        String chosen = choices.deploymentOption();
        if (chosen != null) {
            if (!declared.contains(chosen)) {
                throw new ExpectationNotFormed("deployment option \"" + chosen + "\" chosen, but the descriptor's"
                        + " DeploymentOptionSection declares " + (declared.isEmpty() ? "none" : declared));
            }
            return Optional.of(chosen);
        }
        return marked.isPresent() ? marked : declared.stream().findFirst();
    }

    private static List<String> transports(DescriptorView view, Element entity) {
        Set<String> transports = new LinkedHashSet<>();
        for (Element hardware : view.sections(entity, "VirtualHardwareSection")) {
            view.attr(hardware, "transport").ifPresent(list -> Arrays.stream(list.trim().split("[\\s,]+"))
                    .filter(t -> !t.isEmpty()).forEach(transports::add));
        }
        return List.copyOf(transports);
    }

    private static List<String> relatedIds(DescriptorView view, Element entity) {
        Set<String> ids = new LinkedHashSet<>();
        Optional<Element> parent = view.parentContent(entity);
        parent.ifPresent(p -> view.childContents(p).stream().filter(c -> c != entity)
                .forEach(c -> view.id(c).ifPresent(ids::add)));
        for (Optional<Element> up = parent; up.isPresent(); up = view.parentContent(up.get())) {
            view.id(up.get()).ifPresent(ids::add);
        }
        view.childContents(entity).forEach(c -> view.id(c).ifPresent(ids::add));
        view.id(entity).ifPresent(ids::remove);
        return List.copyOf(ids);
    }

    private static List<EnvironmentFile> environmentFiles(DescriptorView view, Element entity, RawOvfPackage pkg) {
        List<EnvironmentFile> files = new ArrayList<>();
        for (Element section : view.sections(entity, "EnvironmentFilesSection")) {
            List<String> transports = view.attr(section, "transport")
                    .map(list -> Arrays.stream(list.trim().split("[\\s,]+")).filter(t -> !t.isEmpty()).toList())
                    .orElse(List.of());
            for (Element file : view.childrenOfKind(section, "File")) {
                String fileRef = view.attr(file, "fileRef").orElse("");
                String path = view.attr(file, "path").orElse("");
                Optional<String> href = view.file(fileRef).flatMap(f -> view.attr(f, "href"));
                Optional<String> sha256 = pkg == null ? Optional.empty()
                        : href.flatMap(pkg::member).flatMap(member -> member.digest("SHA256"));
                files.add(new EnvironmentFile(fileRef, path, href, sha256, transports, view.location(file)));
            }
        }
        return files;
    }
}
