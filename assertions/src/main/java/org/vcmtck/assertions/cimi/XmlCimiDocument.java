package org.vcmtck.assertions.cimi;

import org.vcmtck.assertions.xml.UntrustedXml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A CIMI XML representation as a raw DOM element. Attributes are child elements in the CIMI namespace (or in no
 * namespace, which some providers emit); children in other namespaces are extensions (CIMI-COM-011).
 */
final class XmlCimiDocument implements CimiDocument {

    private final Element element;

    private XmlCimiDocument(Element element) {
        this.element = element;
    }

    static XmlCimiDocument parse(String body) {
        try {
            return new XmlCimiDocument(UntrustedXml.parse(body).getDocumentElement());
        } catch (UntrustedXml.NotWellFormed e) {
            throw new CimiDocumentException(CimiFormat.XML, e.getMessage(), e);
        }
    }

    @Override
    public CimiFormat format() {
        return CimiFormat.XML;
    }

    @Override
    public Optional<String> typeUri() {
        String declared = element.getAttribute("resourceURI");
        if (!declared.isEmpty()) {
            return Optional.of(declared);
        }
        String namespace = element.getNamespaceURI();
        return namespace == null ? Optional.empty() : Optional.of(namespace + "/" + element.getLocalName());
    }

    @Override
    public String xmlRoot() {
        return "{" + (element.getNamespaceURI() == null ? "" : element.getNamespaceURI()) + "}"
                + element.getLocalName();
    }

    private List<Element> children(String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && isCimi(e) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean isCimi(Element e) {
        return e.getNamespaceURI() == null || CimiVocabulary.NAMESPACE.equals(e.getNamespaceURI());
    }

    private Optional<Element> child(String name) {
        List<Element> found = children(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public boolean has(String attribute) {
        return child(attribute).isPresent();
    }

    @Override
    public Optional<String> text(String attribute) {
        return child(attribute).filter(e -> !hasElementChildren(e)).map(e -> e.getTextContent().trim());
    }

    private static boolean hasElementChildren(Element e) {
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isInteger(String attribute) {
        return text(attribute).filter(t -> t.matches("[+-]?\\d+")).isPresent();
    }

    @Override
    public Optional<String> href(String attribute) {
        return child(attribute).filter(e -> e.hasAttribute("href")).map(e -> e.getAttribute("href"));
    }

    @Override
    public Map<String, String> references() {
        Map<String, String> references = new LinkedHashMap<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && isCimi(e) && e.hasAttribute("href")
                    && !"operation".equals(e.getLocalName())) {
                references.putIfAbsent(e.getLocalName(), e.getAttribute("href"));
            }
        }
        return references;
    }

    @Override
    public List<String> allHrefs() {
        List<String> hrefs = new ArrayList<>();
        collectHrefs(element, hrefs);
        return hrefs;
    }

    private static void collectHrefs(Element e, List<String> hrefs) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            if ("href".equals(attr.getLocalName() == null ? attr.getName() : attr.getLocalName())) {
                hrefs.add(attr.getValue());
            }
        }
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element c) {
                collectHrefs(c, hrefs);
            }
        }
    }

    @Override
    public List<CimiOperation> operations() {
        return children("operation").stream()
                .map(e -> new CimiOperation(e.getAttribute("rel"), e.getAttribute("href"))).toList();
    }

    @Override
    public Set<String> attributeNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && isCimi(e)) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    @Override
    public Optional<CimiDocument> nested(String attribute) {
        return child(attribute).map(XmlCimiDocument::new);
    }

    @Override
    public List<CimiDocument> entries(String jsonArray, String xmlElement) {
        return children(xmlElement).stream().<CimiDocument>map(XmlCimiDocument::new).toList();
    }

    @Override
    public boolean hasEntries(String jsonArray, String xmlElement) {
        // XML has no container element: the entries are repeated children, so "present" means "at least one"
        return !children(xmlElement).isEmpty();
    }
}
