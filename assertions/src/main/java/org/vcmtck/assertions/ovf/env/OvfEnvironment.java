package org.vcmtck.assertions.ovf.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An OVF environment document (DSP8027) as delivered to a guest, read without interpretation: what the root is,
 * its {@code oe:id}, the PlatformSections, the Property elements of the top-level PropertySections (duplicates
 * kept, so a check can see them) and the Entity elements. Parsing refuses a DOCTYPE, so external entities and
 * entity expansion never reach the checker.
 */
public final class OvfEnvironment {

    /** The environment namespace, shared by OVF 1.x and 2.x. */
    public static final String NAMESPACE = "http://schemas.dmtf.org/ovf/environment/1";

    private final Document document;
    private final Element root;

    private OvfEnvironment(Document document) {
        this.document = document;
        this.root = document.getDocumentElement();
    }

    /** The bytes are not well-formed XML or declare a DOCTYPE; the message names line and column. */
    public static final class EnvironmentNotReadable extends Exception {
        EnvironmentNotReadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static OvfEnvironment parse(byte[] xml) throws EnvironmentNotReadable {
        try {
            // OvfDescriptor.parse is the module's hardened DOM parse (DOCTYPE refused, no external access); only its
            // Document is kept, the envelope-specific view is not used for an environment.
            return new OvfEnvironment(OvfDescriptor.parse(xml).document());
        } catch (OvfDescriptor.DescriptorNotReadable e) {
            throw new EnvironmentNotReadable("ovf-env.xml is not well-formed XML: " + e.getMessage(), e);
        }
    }

    public Document document() {
        return document;
    }

    public String rootName() {
        return root.getLocalName();
    }

    /** The root's namespace URI, "" when unqualified. */
    public String rootNamespace() {
        return ElementPaths.namespaceOf(root);
    }

    /** The root's {@code oe:id} (qualified: the environment schema qualifies its attributes). */
    public Optional<String> id() {
        return qualified(root, "id");
    }

    /** True when the root carries an unqualified {@code id} attribute (a common slip a message should name). */
    public boolean hasUnqualifiedId() {
        return root.hasAttributeNS(null, "id");
    }

    public List<PlatformSection> platformSections() {
        List<PlatformSection> sections = new ArrayList<>();
        for (Element section : ElementPaths.children(root, NAMESPACE, "PlatformSection")) {
            List<PlatformSection.Field> fields = new ArrayList<>();
            for (Element child : OvfDescriptor.children(section)) {
                fields.add(new PlatformSection.Field(ElementPaths.namespaceOf(child), child.getLocalName(),
                        OvfDescriptor.text(child), ElementPaths.path(child)));
            }
            sections.add(new PlatformSection(ElementPaths.path(section), fields));
        }
        return sections;
    }

    /** The Property elements of the root's PropertySections, in document order, duplicates kept. */
    public List<EnvironmentProperty> properties() {
        return propertiesOf(root);
    }

    public List<EnvironmentEntity> entities() {
        List<EnvironmentEntity> entities = new ArrayList<>();
        for (Element entity : ElementPaths.children(root, NAMESPACE, "Entity")) {
            entities.add(new EnvironmentEntity(qualified(entity, "id"), propertiesOf(entity),
                    ElementPaths.path(entity)));
        }
        return entities;
    }

    /** The first value of the key among the top-level properties. */
    public Optional<String> value(String key) {
        return properties().stream().filter(p -> p.key().equals(Optional.of(key))).findFirst()
                .flatMap(EnvironmentProperty::value);
    }

    /** Every place where the text is an attribute value or the whole (trimmed) text of an element. */
    public List<String> locationsOf(String text) {
        List<String> locations = new ArrayList<>();
        collect(root, text, locations);
        return locations;
    }

    private static void collect(Element element, String text, List<String> locations) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())
                    && attribute.getValue().equals(text)) {
                locations.add(ElementPaths.path(element) + "/@" + attribute.getName());
            }
        }
        boolean hasChildElements = false;
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                hasChildElements = true;
                collect(child, text, locations);
            }
        }
        if (!hasChildElements && OvfDescriptor.text(element).equals(text)) {
            locations.add(ElementPaths.path(element) + "/text()");
        }
    }

    private static List<EnvironmentProperty> propertiesOf(Element parent) {
        List<EnvironmentProperty> properties = new ArrayList<>();
        for (Element section : ElementPaths.children(parent, NAMESPACE, "PropertySection")) {
            for (Element property : ElementPaths.children(section, NAMESPACE, "Property")) {
                properties.add(new EnvironmentProperty(qualified(property, "key"), qualified(property, "value"),
                        ElementPaths.path(property)));
            }
        }
        return properties;
    }

    private static Optional<String> qualified(Element element, String name) {
        Attr attribute = element.getAttributeNodeNS(NAMESPACE, name);
        return attribute == null ? Optional.empty() : Optional.of(attribute.getValue());
    }
}
