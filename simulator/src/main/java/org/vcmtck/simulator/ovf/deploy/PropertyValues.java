package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.ovf.descriptor.ContentEntity;
import org.vcmtck.simulator.ovf.descriptor.ProductProperty;
import org.vcmtck.simulator.ovf.descriptor.ProductSection;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective ProductSection property values of a package: the descriptor's values overridden by what the
 * deployer supplied. Supplied values must name an existing property by its full identifier
 * {@code [class.]key[.instance]} (OVF-PROD-004), that property must be user-configurable (OVF-PROD-010) and the
 * value valid for its type and qualifiers (OVF-PROD-007/008/009). A user-configurable property whose descriptor
 * value is not valid and that was not supplied is refused as "value required" (OVF-PROD-011).
 */
public final class PropertyValues {
    private final Map<String, String> byIdentifier;
    private final Map<String, String> byKey;

    private PropertyValues(Map<String, String> byIdentifier, Map<String, String> byKey) {
        this.byIdentifier = byIdentifier;
        this.byKey = byKey;
    }

    /** Resolves with the descriptor's plain ovf:value defaults (no configuration in effect). */
    public static PropertyValues resolve(ContentEntity content, Map<String, String> supplied)
            throws OvfDeployException {
        return resolve(content, supplied, null);
    }

    /**
     * Resolves with the defaults of {@code configuration}: a property's {@code Value} listing it overrides its
     * ovf:value (OVF-PROD-013); null = no configuration in effect.
     */
    public static PropertyValues resolve(ContentEntity content, Map<String, String> supplied, String configuration)
            throws OvfDeployException {
        Map<String, List<ProductProperty>> declared = new LinkedHashMap<>();
        Map<String, String> keyOf = new LinkedHashMap<>();
        collect(content, declared, keyOf);
        for (Map.Entry<String, String> s : supplied.entrySet()) {
            List<ProductProperty> targets = declared.get(s.getKey());
            if (targets == null) {
                throw OvfDeployException.refused("OVF-PROD-004", "", "unknown property '" + s.getKey()
                        + "': no ProductSection property has this identifier (known: " + declared.keySet() + ")");
            }
            for (ProductProperty p : targets) {
                if (!p.userConfigurable()) {
                    throw OvfDeployException.refused("OVF-PROD-010", "", "property '" + s.getKey()
                            + "' is not user-configurable; its descriptor value cannot be overridden");
                }
                PropertyTypes.Problem problem = PropertyTypes.check(p.type(), p.qualifiers(), s.getValue());
                if (problem != null) {
                    throw OvfDeployException.refused(problem.requirementId(), "", "bad value for property '"
                            + s.getKey() + "': " + problem.reason());
                }
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (Map.Entry<String, List<ProductProperty>> d : declared.entrySet()) {
            String id = d.getKey();
            for (ProductProperty p : d.getValue()) {
                String value = supplied.get(id);
                if (value == null) {
                    value = p.valueFor(configuration) == null ? "" : p.valueFor(configuration);
                    if (p.userConfigurable() && PropertyTypes.known(p.type())
                            && PropertyTypes.check(p.type(), p.qualifiers(), value) != null) {
                        throw OvfDeployException.refused("OVF-PROD-011", "", "value required for property '" + id
                                + "' (" + p.type() + "): its descriptor value '" + value + "' is not valid: "
                                + PropertyTypes.check(p.type(), p.qualifiers(), value).reason());
                    }
                }
                values.put(id, value);
                keys.putIfAbsent(keyOf.get(id), value);
            }
        }
        return new PropertyValues(values, keys);
    }

    /** The value for a {@code ${...}} reference: by full identifier first, then by bare key. */
    public Optional<String> lookup(String reference) {
        String v = byIdentifier.get(reference);
        return Optional.ofNullable(v != null ? v : byKey.get(reference));
    }

    /** Every property's value by full identifier. */
    public Map<String, String> all() {
        return Map.copyOf(byIdentifier);
    }

    /** The full identifier {@code [class.]key[.instance]} (OVF-PROD-004). */
    public static String identifier(ProductSection section, ProductProperty property) {
        List<String> parts = new ArrayList<>(3);
        if (!section.className().isEmpty()) {
            parts.add(section.className());
        }
        parts.add(property.key());
        if (!section.instance().isEmpty()) {
            parts.add(section.instance());
        }
        return String.join(".", parts);
    }

    private static void collect(ContentEntity e, Map<String, List<ProductProperty>> declared,
                                Map<String, String> keyOf) {
        if (e == null) {
            return;
        }
        for (ProductSection section : e.productSections()) {
            for (ProductProperty p : section.properties()) {
                String id = identifier(section, p);
                declared.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
                keyOf.put(id, p.key());
            }
        }
        if (e instanceof VirtualSystemCollectionEntity vsc) {
            for (ContentEntity child : vsc.children()) {
                collect(child, declared, keyOf);
            }
        }
    }
}
