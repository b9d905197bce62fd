package org.vcmtck.assertions.wbem;

import static org.vcmtck.assertions.wbem.CimXmlElements.attribute;
import static org.vcmtck.assertions.wbem.CimXmlElements.child;
import static org.vcmtck.assertions.wbem.CimXmlElements.children;
import static org.vcmtck.assertions.wbem.CimXmlElements.names;

import org.vcmtck.assertions.xml.UntrustedXml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A simple CIM-XML operation response read independently of any WBEM client: CIM → MESSAGE → SIMPLERSP →
 * IMETHODRESPONSE | METHODRESPONSE (DSP0201). The structure is checked on reading, so a response that has no such
 * spine is refused with a message naming what is missing; the content is then read on demand.
 */
public final class CimXmlResponse {

    private final Element cim;
    private final Element message;
    private final Element response;

    private CimXmlResponse(Element cim, Element message, Element response) {
        this.cim = cim;
        this.message = message;
        this.response = response;
    }

    /** Reads a response body; one that is not a simple CIM-XML response raises a typed exception saying why. */
    public static CimXmlResponse parse(byte[] body) throws CimXmlResponseException {
        Document document;
        try {
            document = UntrustedXml.parse(body, false);
        } catch (UntrustedXml.NotWellFormed e) {
            throw new CimXmlResponseException("not well-formed XML: " + e.getMessage());
        }
        Element cim = document.getDocumentElement();
        if (!cim.getTagName().equals("CIM")) {
            throw new CimXmlResponseException("the root element is " + cim.getTagName() + ", not CIM");
        }
        Element message = onlyChild(cim, "MESSAGE", "CIM");
        Element simple = onlyChild(message, "SIMPLERSP", "MESSAGE");
        List<Element> answers = children(simple);
        if (answers.size() != 1 || !(answers.get(0).getTagName().equals("IMETHODRESPONSE")
                || answers.get(0).getTagName().equals("METHODRESPONSE"))) {
            throw new CimXmlResponseException("SIMPLERSP must hold exactly one IMETHODRESPONSE or METHODRESPONSE, "
                    + "found " + names(answers));
        }
        return new CimXmlResponse(cim, message, answers.get(0));
    }

    public Optional<String> cimVersion() {
        return attribute(cim, "CIMVERSION");
    }

    public Optional<String> dtdVersion() {
        return attribute(cim, "DTDVERSION");
    }

    public Optional<String> messageId() {
        return attribute(message, "ID");
    }

    public Optional<String> protocolVersion() {
        return attribute(message, "PROTOCOLVERSION");
    }

    /** IMETHODRESPONSE (intrinsic) or METHODRESPONSE (extrinsic). */
    public String responseElement() {
        return response.getTagName();
    }

    public Optional<String> responseName() {
        return attribute(response, "NAME");
    }

    public Optional<CimError> error() throws CimXmlResponseException {
        Optional<Element> error = child(response, "ERROR");
        if (error.isEmpty()) {
            return Optional.empty();
        }
        String code = error.get().getAttribute("CODE");
        try {
            return Optional.of(new CimError(Integer.parseInt(code.strip()), attribute(error.get(), "DESCRIPTION")));
        } catch (NumberFormatException e) {
            throw new CimXmlResponseException("ERROR/@CODE '" + code + "' is not a number");
        }
    }

    /** Whether the response carries an IRETURNVALUE (void operations carry none, WBEM-XML-010). */
    public boolean hasReturnValue() {
        return child(response, "IRETURNVALUE").isPresent();
    }

    /** The element names directly inside IRETURNVALUE, e.g. CLASSNAME, VALUE.NAMEDINSTANCE. */
    public List<String> returnedElements() {
        return child(response, "IRETURNVALUE").map(r -> names(children(r))).orElse(List.of());
    }

    /** CLASSNAME/@NAME of each CLASSNAME directly in IRETURNVALUE (EnumerateClassNames). */
    public List<String> classNames() {
        return returned().stream().filter(e -> e.getTagName().equals("CLASSNAME"))
                .map(e -> e.getAttribute("NAME")).toList();
    }

    /** Every CLASS returned. */
    public List<CimXmlClass> classes() {
        List<CimXmlClass> classes = new ArrayList<>();
        for (Element e : descendants("CLASS")) {
            List<String> methods = children(e).stream().filter(c -> c.getTagName().equals("METHOD"))
                    .map(c -> c.getAttribute("NAME")).toList();
            classes.add(new CimXmlClass(e.getAttribute("NAME"), attribute(e, "SUPERCLASS"), qualifiers(e),
                    properties(e), methods));
        }
        return classes;
    }

    /** Every INSTANCE returned, with the path the server put beside it. */
    public List<CimXmlInstance> instances() {
        List<CimXmlInstance> instances = new ArrayList<>();
        for (Element e : descendants("INSTANCE")) {
            Optional<CimXmlInstanceName> path = Optional.empty();
            if (e.getParentNode() instanceof Element parent) {
                path = firstInstanceName(parent);
            }
            instances.add(new CimXmlInstance(e.getAttribute("CLASSNAME"), path, qualifiers(e), properties(e)));
        }
        return instances;
    }

    /**
     * The instance names returned as names (EnumerateInstanceNames' INSTANCENAME, pull's INSTANCEPATH,
     * AssociatorNames' OBJECTPATH), not those beside returned instances.
     */
    public List<CimXmlInstanceName> instanceNames() {
        List<CimXmlInstanceName> names = new ArrayList<>();
        for (Element e : returned()) {
            switch (e.getTagName()) {
                case "INSTANCENAME" -> names.add(instanceName(e));
                case "INSTANCEPATH", "OBJECTPATH" -> firstInstanceName(e).ifPresent(names::add);
                default -> {
                    // instances and classes are read by instances() and classes()
                }
            }
        }
        return names;
    }

    /** The VALUE text of an output PARAMVALUE of the response (e.g. EndOfSequence, EnumerationContext). */
    public Optional<String> outParameter(String name) {
        return children(response).stream()
                .filter(e -> e.getTagName().equals("PARAMVALUE") && e.getAttribute("NAME").equalsIgnoreCase(name))
                .findFirst().map(p -> child(p, "VALUE").map(Node::getTextContent).orElse(""));
    }

    private List<Element> returned() {
        return child(response, "IRETURNVALUE").map(CimXmlElements::children).orElse(List.of());
    }

    private List<Element> descendants(String tag) {
        List<Element> found = new ArrayList<>();
        child(response, "IRETURNVALUE").ifPresent(r -> {
            var list = r.getElementsByTagName(tag);
            for (int i = 0; i < list.getLength(); i++) {
                found.add((Element) list.item(i));
            }
        });
        return found;
    }

    private static Optional<CimXmlInstanceName> firstInstanceName(Element container) {
        var list = container.getElementsByTagName("INSTANCENAME");
        return list.getLength() == 0 ? Optional.empty() : Optional.of(instanceName((Element) list.item(0)));
    }

    private static CimXmlInstanceName instanceName(Element e) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Element binding : children(e)) {
            if (binding.getTagName().equals("KEYBINDING")) {
                keys.put(binding.getAttribute("NAME"), binding.getTextContent().strip());
            }
        }
        // a keyless singleton's name may carry one unnamed KEYVALUE instead
        child(e, "KEYVALUE").ifPresent(v -> keys.put("", v.getTextContent().strip()));
        return new CimXmlInstanceName(e.getAttribute("CLASSNAME"), keys);
    }

    private static List<CimXmlProperty> properties(Element owner) {
        List<CimXmlProperty> properties = new ArrayList<>();
        for (Element p : children(owner)) {
            String tag = p.getTagName();
            if (!(tag.equals("PROPERTY") || tag.equals("PROPERTY.ARRAY") || tag.equals("PROPERTY.REFERENCE"))) {
                continue;
            }
            Optional<String> value = switch (tag) {
                case "PROPERTY" -> child(p, "VALUE").map(Node::getTextContent);
                case "PROPERTY.ARRAY" -> child(p, "VALUE.ARRAY").map(a -> String.join(",",
                        children(a).stream().map(Node::getTextContent).toList()));
                default -> child(p, "VALUE.REFERENCE").map(r -> r.getTextContent().strip());
            };
            properties.add(new CimXmlProperty(p.getAttribute("NAME"), attribute(p, "CLASSORIGIN"),
                    "true".equalsIgnoreCase(p.getAttribute("PROPAGATED")), qualifiers(p), value));
        }
        return properties;
    }

    private static List<String> qualifiers(Element owner) {
        return children(owner).stream().filter(e -> e.getTagName().equals("QUALIFIER"))
                .map(e -> e.getAttribute("NAME")).toList();
    }

    private static Element onlyChild(Element parent, String tag, String parentName) throws CimXmlResponseException {
        List<Element> kids = children(parent);
        if (kids.size() != 1 || !kids.get(0).getTagName().equals(tag)) {
            throw new CimXmlResponseException(parentName + " must hold exactly one " + tag + ", found " + names(kids));
        }
        return kids.get(0);
    }


    /**
     * The instance paths returned, with their namespaces: INSTANCENAME, OBJECTPATH and INSTANCEPATH returned as
     * names, and the paths beside VALUE.OBJECTWITHPATH and VALUE.NAMEDINSTANCE instances.
     */
    public List<CimXmlInstancePath> instancePaths() {
        List<CimXmlInstancePath> paths = new ArrayList<>();
        for (Element e : returned()) {
            switch (e.getTagName()) {
                case "INSTANCENAME" -> paths.add(new CimXmlInstancePath(Optional.empty(), instanceName(e)));
                case "INSTANCEPATH", "OBJECTPATH", "VALUE.OBJECTWITHPATH", "VALUE.NAMEDINSTANCE",
                     "VALUE.INSTANCEWITHPATH" -> pathIn(e).ifPresent(paths::add);
                default -> {
                    // classes and class names are read elsewhere
                }
            }
        }
        return paths;
    }

    /** The references an output parameter holds (VALUE.REFERENCE or VALUE.REFARRAY), e.g. CentralInstances. */
    public List<CimXmlInstancePath> outReferences(String name) {
        List<CimXmlInstancePath> paths = new ArrayList<>();
        children(response).stream()
                .filter(e -> e.getTagName().startsWith("PARAMVALUE") && e.getAttribute("NAME").equalsIgnoreCase(name))
                .findFirst().ifPresent(p -> {
                    var refs = p.getElementsByTagName("VALUE.REFERENCE");
                    for (int i = 0; i < refs.getLength(); i++) {
                        pathIn((Element) refs.item(i)).ifPresent(paths::add);
                    }
                });
        return paths;
    }

    private static Optional<CimXmlInstancePath> pathIn(Element container) {
        Optional<CimXmlInstanceName> name = firstInstanceName(container);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        var namespaces = container.getElementsByTagName("NAMESPACE");
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < namespaces.getLength(); i++) {
            Element ns = (Element) namespaces.item(i);
            // NAMESPACE elements of a reference key's own path belong to that key, not to this path
            if (!(ns.getParentNode() instanceof Element parent) || isInsideKey(parent, container)) {
                continue;
            }
            segments.add(ns.getAttribute("NAME"));
        }
        return Optional.of(new CimXmlInstancePath(segments.isEmpty() ? Optional.empty()
                : Optional.of(String.join("/", segments)), name.get()));
    }

    private static boolean isInsideKey(Element from, Element container) {
        for (Node n = from; n != null && n != container; n = n.getParentNode()) {
            if (n instanceof Element e && e.getTagName().equals("KEYBINDING")) {
                return true;
            }
        }
        return false;
    }

    /** The text of an extrinsic method's RETURNVALUE/VALUE, empty when the response has none. */
    public Optional<String> methodReturnValue() {
        return child(response, "RETURNVALUE").flatMap(r -> child(r, "VALUE")).map(v -> v.getTextContent().strip());
    }
}
