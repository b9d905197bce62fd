package org.vcmtck.simulator.cimi;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An XML request body: a CIMI element whose children are the attributes. */
final class XmlRequestBody implements RequestBody {
    private final Element element;
    private final String path;

    XmlRequestBody(Element element, String path) {
        this.element = element;
        this.path = path;
    }

    @Override
    public String declaredType() {
        if (!CimiNames.NAMESPACE.equals(element.getNamespaceURI())) {
            return null;
        }
        return CimiNames.typeUri(element.getLocalName());
    }

    @Override
    public boolean has(String name) {
        return !children(name).isEmpty();
    }

    @Override
    public String text(String name) {
        Element child = single(name);
        if (child == null) {
            return null;
        }
        for (Node n = child.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                throw CimiException.badRequest(path + name, "must be a single value, not a structure");
            }
        }
        return child.getTextContent().trim();
    }

    @Override
    public String href(String name) {
        Element child = single(name);
        if (child == null) {
            return null;
        }
        if (!child.hasAttribute("href")) {
            throw CimiException.badRequest(path + name, "must be a reference <" + name + " href=\"…\"/>");
        }
        return child.getAttribute("href");
    }

    @Override
    public String selfHref() {
        return element.hasAttribute("href") ? element.getAttribute("href") : null;
    }

    @Override
    public RequestBody child(String name) {
        Element child = single(name);
        return child == null ? null : new XmlRequestBody(child, path + name + ".");
    }

    @Override
    public Map<String, String> properties() {
        List<Element> props = children("property");
        if (props.isEmpty()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Element p : props) {
            if (!p.hasAttribute("key")) {
                throw CimiException.badRequest(path + "property", "needs a key attribute");
            }
            map.put(p.getAttribute("key"), p.getTextContent());
        }
        return map;
    }

    private Element single(String name) {
        List<Element> found = children(name);
        if (found.size() > 1) {
            throw CimiException.badRequest(path + name, "appears " + found.size() + " times; expected once");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Element> children(String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())
                    && CimiNames.NAMESPACE.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }
}
