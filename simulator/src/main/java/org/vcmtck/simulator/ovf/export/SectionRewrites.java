package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.ovf.descriptor.PropertyValue;
import org.vcmtck.simulator.ovf.xml.XmlElement;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The edits a kept section needs before it is written again. */
final class SectionRewrites {
    private SectionRewrites() {
    }

    /**
     * A collection's StartupSection and ScaleOutSection name child ids: they follow renamed children and drop
     * children no longer exported (null = nothing of the section is left). Other sections are unchanged.
     */
    static XmlElement collectionSection(XmlElement section, Map<String, String> childIds) {
        String ns = section.namespace();
        switch (section.localName()) {
            case "StartupSection" -> {
                List<XmlElement> children = new ArrayList<>();
                boolean anyItem = false;
                for (XmlElement c : section.children()) {
                    if (c.is(ns, "Item")) {
                        String id = childIds.get(c.attribute(ns, "id"));
                        if (id != null) {
                            children.add(withAttribute(c, ns, "id", id));
                            anyItem = true;
                        }
                    } else {
                        children.add(c);
                    }
                }
                return anyItem ? withChildren(section, children) : null;
            }
            case "ScaleOutSection" -> {
                String id = childIds.get(section.attribute(ns, "id"));
                return id == null ? null : withAttribute(section, ns, "id", id);
            }
            default -> {
                return section;
            }
        }
    }

    /** The OS type a deploy derives from an OperatingSystemSection: its Description, else its numeric id. */
    static String osType(XmlElement section, String ns) {
        String description = section.childText(ns, "Description");
        if (description != null && !description.isBlank()) {
            return description.trim();
        }
        String id = section.attribute(ns, "id");
        return id == null ? null : id.trim();
    }

    /**
     * A ProductSection with the deployed values: each Property's ovf:value, and the Values for the configuration
     * in effect, become the value it was deployed with, so deploying the export again gives the same values.
     * Password properties keep what the package said: a secret a user typed in is not written into a package.
     */
    static XmlElement productSection(XmlElement section, Map<String, String> values, String configuration) {
        String ns = section.namespace();
        String className = orEmpty(section.attribute(ns, "class"));
        String instance = orEmpty(section.attribute(ns, "instance"));
        List<XmlElement> children = new ArrayList<>();
        for (XmlElement c : section.children()) {
            if (!c.is(ns, "Property") || isTrue(c.attribute(ns, "password"))) {
                children.add(c);
                continue;
            }
            String value = values.get(identifier(className, c.attribute(ns, "key"), instance));
            if (value == null) {
                children.add(c);
                continue;
            }
            List<XmlElement> propertyChildren = new ArrayList<>();
            for (XmlElement v : c.children()) {
                boolean applies = v.is(ns, "Value") && configuration != null
                        && new PropertyValue(v.attribute(ns, "value"), v.attribute(ns, "configuration"))
                        .appliesTo(configuration) && v.attribute(ns, "configuration") != null;
                propertyChildren.add(applies ? withAttribute(v, ns, "value", value) : v);
            }
            children.add(withChildren(withAttribute(c, ns, "value", value), propertyChildren));
        }
        return withChildren(section, children);
    }

    /**
     * A section from a 1.x package written into a 2.x envelope gets what 2.0.1 requires and 1.x did not:
     * Label and Description of each Configuration (OVF-SEC-008; the id stands in) and the InstallSection's
     * ovf:initialBootStopDelay (OVF-SEC-012; 0 = the 1.x default of not waiting).
     */
    static XmlElement forVersion(XmlElement section, boolean v2) {
        String ns = section.namespace();
        if (!v2) {
            return section;
        }
        if (section.is(ns, "InstallSection") && section.attribute(ns, "initialBootStopDelay") == null) {
            return withAttribute(section, ns, "initialBootStopDelay", "0");
        }
        if (section.is(ns, "DeploymentOptionSection")) {
            List<XmlElement> children = new ArrayList<>();
            for (XmlElement c : section.children()) {
                if (!c.is(ns, "Configuration")) {
                    children.add(c);
                    continue;
                }
                String id = String.valueOf(c.attribute(ns, "id"));
                List<XmlElement> parts = new ArrayList<>();
                parts.add(c.child(ns, "Label") != null ? c.child(ns, "Label") : text(ns, "Label", id));
                parts.add(c.child(ns, "Description") != null ? c.child(ns, "Description")
                        : text(ns, "Description", id));
                c.children().stream().filter(x -> !x.is(ns, "Label") && !x.is(ns, "Description"))
                        .forEach(parts::add);
                children.add(withChildren(c, parts));
            }
            return withChildren(section, children);
        }
        return section;
    }

    private static XmlElement text(String ns, String local, String text) {
        return new XmlElement(ns, local, Map.of(), List.of(), text, 0);
    }

    private static String identifier(String className, String key, String instance) {
        List<String> parts = new ArrayList<>(3);
        if (!className.isEmpty()) {
            parts.add(className);
        }
        parts.add(key);
        if (!instance.isEmpty()) {
            parts.add(instance);
        }
        return String.join(".", parts);
    }

    private static boolean isTrue(String v) {
        return v != null && (v.trim().equals("true") || v.trim().equals("1"));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * The element with every {@code fileRef} attribute renamed by {@code fileIds}; an element (at any depth)
     * naming a file not in {@code fileIds} is left out, null when that is {@code e} itself.
     */
    static XmlElement withFileIds(XmlElement e, Map<String, String> fileIds) {
        Map<QName, String> attributes = new LinkedHashMap<>(e.attributes());
        for (Map.Entry<QName, String> a : e.attributes().entrySet()) {
            if (a.getKey().getLocalPart().equals("fileRef")) {
                String id = fileIds.get(a.getValue());
                if (id == null) {
                    return null;
                }
                attributes.put(a.getKey(), id);
            }
        }
        List<XmlElement> children = new ArrayList<>();
        for (XmlElement c : e.children()) {
            XmlElement kept = withFileIds(c, fileIds);
            if (kept != null) {
                children.add(kept);
            }
        }
        return new XmlElement(e.namespace(), e.localName(), attributes, children, e.text(), e.line());
    }

    static XmlElement withAttribute(XmlElement e, String ns, String local, String value) {
        Map<QName, String> attributes = new LinkedHashMap<>(e.attributes());
        attributes.remove(new QName("", local));
        attributes.put(new QName(ns, local), value);
        return new XmlElement(e.namespace(), e.localName(), attributes, e.children(), e.text(), e.line());
    }

    static XmlElement withoutAttribute(XmlElement e, String ns, String local) {
        Map<QName, String> attributes = new LinkedHashMap<>(e.attributes());
        attributes.remove(new QName("", local));
        attributes.remove(new QName(ns, local));
        return new XmlElement(e.namespace(), e.localName(), attributes, e.children(), e.text(), e.line());
    }

    static XmlElement withChildren(XmlElement e, List<XmlElement> children) {
        return new XmlElement(e.namespace(), e.localName(), e.attributes(), children, e.text(), e.line());
    }
}
