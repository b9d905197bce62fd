package org.vcmtck.assertions.ovf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/** Rules on ProductSection and its Properties (§9.5). */
final class ProductRules {

    static final Set<String> CIM_TYPES = Set.of("uint8", "sint8", "uint16", "sint16", "uint32", "sint32", "uint64",
            "sint64", "string", "boolean", "real32", "real64");

    /** One qualifier: Name(args) or Name{values}, arguments without nested brackets. */
    private static final Pattern QUALIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\s*(\\([^()]*\\)|\\{[^{}]*})");

    private ProductRules() {
    }

    static List<Element> productSections(OvfDescriptor d) {
        List<Element> sections = new ArrayList<>();
        for (Element content : d.contents()) {
            sections.addAll(d.sectionsOf(content).stream().filter(s -> d.kind(s).equals("ProductSection")).toList());
        }
        return sections;
    }

    static List<Element> properties(OvfDescriptor d) {
        List<Element> properties = new ArrayList<>();
        productSections(d).forEach(section -> properties.addAll(d.childrenOfKind(section, "Property")));
        return properties;
    }

    static List<Element> icons(OvfDescriptor d) {
        List<Element> icons = new ArrayList<>();
        productSections(d).forEach(section -> icons.addAll(d.childrenOfKind(section, "Icon")));
        return icons;
    }

    /** The configuration-specific Value children of every Property. */
    static List<Element> values(OvfDescriptor d) {
        List<Element> values = new ArrayList<>();
        properties(d).forEach(property -> values.addAll(d.childrenOfKind(property, "Value")));
        return values;
    }

    /** OVF-PROD-002: an Icon has an ovf:fileRef naming a File. */
    static List<Violation> iconFileRefs(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-002", d);
        Set<String> fileIds = new HashSet<>(d.fileIds());
        for (Element icon : icons(d)) {
            String ref = d.attr(icon, "fileRef").orElse("");
            if (!fileIds.contains(ref)) {
                f.at(icon, ref.isEmpty() ? "no ovf:fileRef" : "ovf:fileRef=\"" + ref + "\" with no such File",
                        "ovf:fileRef naming a File in References");
            }
        }
        return f.list();
    }

    /** OVF-PROD-003: (ovf:class, ovf:instance) unique among the ProductSections of one entity. */
    static List<Violation> uniqueClassInstance(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-003", d);
        for (Element content : d.contents()) {
            Map<String, Element> seen = new HashMap<>();
            for (Element section : d.sectionsOf(content)) {
                if (!d.kind(section).equals("ProductSection")) {
                    continue;
                }
                String key = d.attr(section, "class").orElse("") + "\u0000" + d.attr(section, "instance").orElse("");
                Element first = seen.putIfAbsent(key, section);
                if (first != null) {
                    f.at(section, "class \"" + d.attr(section, "class").orElse("") + "\" and instance \""
                            + d.attr(section, "instance").orElse("") + "\" already used by " + d.path(first),
                            "a unique (ovf:class, ovf:instance) pair per entity");
                }
            }
        }
        return f.list();
    }

    /** OVF-PROD-005: a Property has ovf:key and ovf:type. */
    static List<Violation> propertyKeyAndType(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-005", d);
        for (Element property : properties(d)) {
            for (String name : List.of("key", "type")) {
                if (d.attr(property, name).filter(v -> !v.isBlank()).isEmpty()) {
                    f.at(property, "no ovf:" + name, "required ovf:key and ovf:type");
                }
            }
        }
        return f.list();
    }

    /** OVF-PROD-006: Property keys unique within a ProductSection. */
    static List<Violation> uniquePropertyKeys(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-006", d);
        for (Element section : productSections(d)) {
            Set<String> seen = new HashSet<>();
            for (Element property : d.childrenOfKind(section, "Property")) {
                d.attr(property, "key").filter(key -> !seen.add(key)).ifPresent(key ->
                        f.at(property, "ovf:key \"" + key + "\" again", "unique keys within the ProductSection"));
            }
        }
        return f.list();
    }

    /** OVF-PROD-007: ovf:type is a CIM intrinsic type. */
    static List<Violation> propertyTypes(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-007", d);
        for (Element property : properties(d)) {
            d.attr(property, "type").filter(type -> !CIM_TYPES.contains(type)).ifPresent(type ->
                    f.at(property, "ovf:type=\"" + type + "\"", "one of " + new java.util.TreeSet<>(CIM_TYPES)));
        }
        return f.list();
    }

    /** OVF-PROD-008: ovf:qualifiers is a list of CIM-style qualifiers, Name(...) or Name{...}. */
    static List<Violation> propertyQualifiers(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-008", d);
        for (Element property : properties(d)) {
            d.attr(property, "qualifiers").filter(q -> !isQualifierList(q)).ifPresent(q ->
                    f.at(property, "ovf:qualifiers=\"" + q + "\"",
                            "comma-separated qualifiers such as MinLen(1),ValueMap{\"a\",\"b\"}"));
        }
        return f.list();
    }

    static boolean isQualifierList(String text) {
        String rest = text.trim();
        if (rest.isEmpty()) {
            return true;
        }
        // real exporters also separate qualifiers by blanks only; the terms themselves must be well-formed
        while (!rest.isEmpty()) {
            var matcher = QUALIFIER.matcher(rest);
            if (!matcher.lookingAt()) {
                return false;
            }
            rest = rest.substring(matcher.end()).replaceFirst("^[\\s,]+", "");
        }
        return true;
    }

    /** OVF-PROD-009: ovf:value of a Property and of its Value children is valid for the type. */
    static List<Violation> propertyValues(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-009", d);
        for (Element property : properties(d)) {
            String type = d.attr(property, "type").orElse("");
            if (!CIM_TYPES.contains(type)) {
                continue;
            }
            List<Element> carriers = new ArrayList<>();
            carriers.add(property);
            carriers.addAll(d.childrenOfKind(property, "Value"));
            for (Element carrier : carriers) {
                d.attr(carrier, "value").filter(v -> !v.isEmpty() && !isValidValue(type, v)).ifPresent(v ->
                        f.at(carrier, "ovf:value=\"" + v + "\" for type " + type, "a value valid for " + type));
            }
        }
        return f.list();
    }

    static boolean isValidValue(String type, String value) {
        if (value.contains("${")) {
            return true;
        }
        return switch (type) {
            case "string" -> true;
            case "boolean" -> value.equals("true") || value.equals("false");
            case "real32", "real64" -> isReal(value);
            default -> inRange(type, value);
        };
    }

    private static boolean isReal(String value) {
        try {
            Double.parseDouble(value.trim());
            return !value.trim().matches(".*[dDfF]$");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean inRange(String type, String value) {
        if (!value.trim().matches("[+-]?\\d+")) {
            return false;
        }
        BigInteger number = new BigInteger(value.trim().replace("+", ""));
        int bits = Integer.parseInt(type.substring(4));
        BigInteger min;
        BigInteger max;
        if (type.startsWith("u")) {
            min = BigInteger.ZERO;
            max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        } else {
            min = BigInteger.ONE.shiftLeft(bits - 1).negate();
            max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        }
        return number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
    }

    /** A ${...} reference as DSP0243 writes one in Disk/@ovf:capacity. */
    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([^}\\s]+)}");

    private static final String CIM_SCHEMA = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/";

    /** The Envelope of an OVF 1 descriptor: OVF-PROD-015 is stated for 1.x, and whether 2.x widens it is open. */
    static List<Element> ovf1Envelope(OvfDescriptor d) {
        return d.version() == OvfVersion.V1 ? List.of(d.envelope()) : List.of();
    }

    /** The names a ${...} reference may use for the declared properties: the key and the full identifier. */
    private static Set<String> propertyNames(OvfDescriptor d) {
        Set<String> names = new HashSet<>();
        for (Element section : productSections(d)) {
            String prefix = d.attr(section, "class").filter(c -> !c.isEmpty()).map(c -> c + ".").orElse("");
            String suffix = d.attr(section, "instance").filter(i -> !i.isEmpty()).map(i -> "." + i).orElse("");
            for (Element property : d.childrenOfKind(section, "Property")) {
                d.attr(property, "key").filter(k -> !k.isEmpty()).ifPresent(key -> {
                    names.add(key);
                    names.add(prefix + key + suffix);
                });
            }
        }
        return names;
    }

    /**
     * OVF-PROD-015: in OVF 1, ${...} substitution is defined for Disk/@ovf:capacity only. Elsewhere a reference is
     * flagged when it names a declared property (a substitution the producer asks for and no consumer performs) or
     * sits in a CIM setting value (rasd:, vssd:, ...), where the schema types leave no room for literal "${"; a
     * string property whose default merely contains "${HOME}" is literal text and is not flagged.
     */
    static List<Violation> substitutionOnlyInDiskCapacity(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-015", d);
        if (ovf1Envelope(d).isEmpty()) {
            return f.list();
        }
        Set<String> properties = propertyNames(d);
        walkForReferences(d, d.envelope(), properties, f);
        return f.list();
    }

    private static void walkForReferences(OvfDescriptor d, Element element, Set<String> properties, Findings f) {
        boolean disk = d.isKind(element, "Disk") || d.isKind(element, "SharedDisk");
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attribute = attributes.item(i);
            boolean capacity = d.namespace().equals(attribute.getNamespaceURI())
                    && attribute.getLocalName().equals("capacity");
            if (disk && capacity) {
                continue;
            }
            firstReference(attribute.getNodeValue(), properties, false).ifPresent(ref ->
                    f.at(d.path(element) + "/@" + attribute.getNodeName(), "\"" + ref + "\" in "
                            + attribute.getNodeName(), "${...} substitution only in Disk/@ovf:capacity"));
        }
        List<Element> children = OvfDescriptor.children(element);
        if (children.isEmpty()) {
            String ns = element.getNamespaceURI();
            boolean cimValue = ns != null && ns.startsWith(CIM_SCHEMA);
            firstReference(OvfDescriptor.text(element), properties, cimValue).ifPresent(ref ->
                    f.at(element, "\"" + ref + "\" in the text of " + element.getNodeName(),
                            "${...} substitution only in Disk/@ovf:capacity"));
        }
        children.forEach(child -> walkForReferences(d, child, properties, f));
    }

    private static java.util.Optional<String> firstReference(String text, Set<String> properties, boolean anyKey) {
        var matcher = PROPERTY_REFERENCE.matcher(text);
        while (matcher.find()) {
            if (anyKey || properties.contains(matcher.group(1))) {
                return java.util.Optional.of(matcher.group());
            }
        }
        return java.util.Optional.empty();
    }

    /** OVF-PROD-013: a Value child carries ovf:value. */
    static List<Violation> valueOverrides(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-013", d);
        for (Element property : properties(d)) {
            for (Element value : d.childrenOfKind(property, "Value")) {
                if (d.attr(value, "value").isEmpty()) {
                    f.at(value, "Value without ovf:value", "a required ovf:value");
                }
            }
        }
        return f.list();
    }
}
