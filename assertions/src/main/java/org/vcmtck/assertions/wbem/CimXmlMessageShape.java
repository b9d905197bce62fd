package org.vcmtck.assertions.wbem;

import static org.vcmtck.assertions.wbem.CimXmlElements.attribute;
import static org.vcmtck.assertions.wbem.CimXmlElements.child;
import static org.vcmtck.assertions.wbem.CimXmlElements.children;
import static org.vcmtck.assertions.wbem.CimXmlElements.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.vcmtck.assertions.xml.UntrustedXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The DSP0201 element structure of one CIM-XML response, read independently of {@link CimXmlResponse} and of any
 * WBEM client: the content model of IMETHODRESPONSE / METHODRESPONSE, ERROR, RETURNVALUE and PARAMVALUE, and of
 * every INSTANCE, INSTANCENAME, PROPERTY and KEYVALUE inside. {@link #violations()} lists each departure with the
 * requirement it breaks, so a step can fail on those its scenario is about; the accessors read what a method
 * response carries.
 */
public final class CimXmlMessageShape {

    /** The DTD's CIMType entity: the only TYPE values of PROPERTY, PROPERTY.ARRAY, KEYVALUE (WBEM-XML-017). */
    public static final Set<String> CIM_TYPES = Set.of("boolean", "string", "char16", "uint8", "sint8", "uint16",
            "sint16", "uint32", "sint32", "uint64", "sint64", "datetime", "real32", "real64");

    /** PARAMTYPE adds references and embedded objects to the CIM types (WBEM-XML-008, -017). */
    public static final Set<String> PARAM_TYPES;

    static {
        java.util.HashSet<String> types = new java.util.HashSet<>(CIM_TYPES);
        types.addAll(List.of("reference", "object", "instance"));
        PARAM_TYPES = Set.copyOf(types);
    }

    private static final Pattern TIMESTAMP = Pattern.compile("[0-9*]{14}\\.[0-9*]{6}[+-][0-9*]{3}");
    private static final Pattern INTERVAL = Pattern.compile("[0-9*]{8}[0-9*]{6}\\.[0-9*]{6}:000");

    /** One departure from DSP0201 and the requirement id it breaks. */
    public record Violation(String requirement, String what) {
        @Override
        public String toString() {
            return "[" + requirement + "] " + what;
        }
    }

    /** A RETURNVALUE or out PARAMVALUE as written: PARAMTYPE, the content element's name, its text. */
    public record TypedValue(String name, Optional<String> paramType, Optional<String> embeddedObject,
                             Optional<String> content, String text) {
    }

    /** A KEYBINDING of a returned instance name: NAME, KEYVALUE's VALUETYPE/TYPE (absent ones empty), value. */
    public record KeyBinding(String name, Optional<String> valueType, Optional<String> type, boolean reference,
                             String value) {
    }

    /** A PROPERTY / PROPERTY.ARRAY / PROPERTY.REFERENCE of an INSTANCE: NULL when it holds no value element. */
    public record PropertyShape(String element, String name, Optional<String> type, boolean isNull) {
    }

    private final Element response;
    private final List<Violation> violations = new ArrayList<>();

    private CimXmlMessageShape(Element response) {
        this.response = response;
        checkResponse();
    }

    /** Reads a simple response body; one without the CIM/MESSAGE/SIMPLERSP spine is refused. */
    public static CimXmlMessageShape parse(byte[] body) throws CimXmlResponseException {
        Document document;
        try {
            document = UntrustedXml.parse(body, false);
        } catch (UntrustedXml.NotWellFormed e) {
            throw new CimXmlResponseException("not well-formed XML: " + e.getMessage());
        }
        Element cim = document.getDocumentElement();
        List<Element> messages = children(cim);
        if (!cim.getTagName().equals("CIM") || messages.size() != 1
                || !messages.get(0).getTagName().equals("MESSAGE")) {
            throw new CimXmlResponseException("the document is not CIM holding one MESSAGE");
        }
        List<Element> simple = children(messages.get(0));
        if (simple.size() != 1 || !simple.get(0).getTagName().equals("SIMPLERSP")) {
            throw new CimXmlResponseException("MESSAGE does not hold one SIMPLERSP");
        }
        List<Element> answers = children(simple.get(0));
        if (answers.size() != 1) {
            throw new CimXmlResponseException("SIMPLERSP holds " + answers.size() + " elements, not one response");
        }
        return new CimXmlMessageShape(answers.get(0));
    }

    /** Every departure found, in document order. */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** The departures that break one of the given requirement ids. */
    public List<Violation> violations(Set<String> requirements) {
        return violations.stream().filter(v -> requirements.contains(v.requirement())).toList();
    }

    /** The names of the response element's children in order, e.g. [IRETURNVALUE], [RETURNVALUE, PARAMVALUE]. */
    public List<String> responseChildren() {
        return children(response).stream().map(Element::getTagName).toList();
    }

    public boolean hasError() {
        return child(response, "ERROR").isPresent();
    }

    /** The RETURNVALUE of an extrinsic response. */
    public Optional<TypedValue> returnValue() {
        return child(response, "RETURNVALUE").map(CimXmlMessageShape::typed);
    }

    /** The PARAMVALUEs beside the return value (out parameters). */
    public List<TypedValue> outParameters() {
        return children(response).stream().filter(e -> e.getTagName().equals("PARAMVALUE"))
                .map(CimXmlMessageShape::typed).toList();
    }

    /** The class names of the INSTANCEs inside ERROR (CIM_Error details). */
    public List<String> errorInstanceClasses() {
        return child(response, "ERROR").map(e -> children(e).stream().filter(c -> c.getTagName().equals("INSTANCE"))
                .map(c -> c.getAttribute("CLASSNAME")).toList()).orElse(List.of());
    }

    /** The key bindings of each INSTANCENAME directly in IRETURNVALUE (EnumerateInstanceNames), in order. */
    public List<List<KeyBinding>> returnedInstanceNames() {
        List<List<KeyBinding>> names = new ArrayList<>();
        child(response, "IRETURNVALUE").ifPresent(r -> {
            for (Element name : children(r)) {
                if (name.getTagName().equals("INSTANCENAME")) {
                    names.add(bindings(name, false));
                }
            }
        });
        return names;
    }

    /** The properties of the first INSTANCE of the IRETURNVALUE (GetInstance), in document order. */
    public List<PropertyShape> firstInstanceProperties() {
        Optional<Element> ret = child(response, "IRETURNVALUE");
        if (ret.isEmpty()) {
            return List.of();
        }
        var list = ret.get().getElementsByTagName("INSTANCE");
        if (list.getLength() == 0) {
            return List.of();
        }
        List<PropertyShape> out = new ArrayList<>();
        for (Element p : children((Element) list.item(0))) {
            String tag = p.getTagName();
            String valueElement = switch (tag) {
                case "PROPERTY" -> "VALUE";
                case "PROPERTY.ARRAY" -> "VALUE.ARRAY";
                case "PROPERTY.REFERENCE" -> "VALUE.REFERENCE";
                default -> null;
            };
            if (valueElement != null) {
                out.add(new PropertyShape(tag, p.getAttribute("NAME"), attribute(p, "TYPE"),
                        child(p, valueElement).isEmpty()));
            }
        }
        return out;
    }

    /** A method parameter of a returned CLASS whose EmbeddedInstance qualifier names the embedded class. */
    public record EmbeddedParameter(String className, String method, String parameter, boolean array,
                                    String embeddedClass) {
    }

    /** The IN parameters with an EmbeddedInstance qualifier of every CLASS returned (classes read with qualifiers). */
    public List<EmbeddedParameter> embeddedInstanceParameters() {
        List<EmbeddedParameter> out = new ArrayList<>();
        Optional<Element> ret = child(response, "IRETURNVALUE");
        if (ret.isEmpty()) {
            return out;
        }
        var classes = ret.get().getElementsByTagName("CLASS");
        for (int i = 0; i < classes.getLength(); i++) {
            Element cls = (Element) classes.item(i);
            for (Element method : children(cls)) {
                if (!method.getTagName().equals("METHOD")) {
                    continue;
                }
                for (Element parameter : children(method)) {
                    if (!parameter.getTagName().startsWith("PARAMETER")) {
                        continue;
                    }
                    Optional<String> embedded = qualifierValue(parameter, "EmbeddedInstance");
                    boolean in = qualifierValue(parameter, "In").map(v -> !v.equalsIgnoreCase("false")).orElse(true);
                    if (embedded.isPresent() && in) {
                        out.add(new EmbeddedParameter(cls.getAttribute("NAME"), method.getAttribute("NAME"),
                                parameter.getAttribute("NAME"), parameter.getTagName().endsWith(".ARRAY"),
                                embedded.get()));
                    }
                }
            }
        }
        return out;
    }

    private static Optional<String> qualifierValue(Element owner, String name) {
        return children(owner).stream().filter(q -> q.getTagName().equals("QUALIFIER")
                && q.getAttribute("NAME").equalsIgnoreCase(name)).findFirst()
                .map(q -> child(q, "VALUE").map(v -> v.getTextContent().strip()).orElse(""));
    }

    /** IRETURNVALUE's VALUE text (GetProperty); empty when there is no VALUE, i.e. NULL. */
    public Optional<String> returnedValue() {
        return child(response, "IRETURNVALUE").flatMap(r -> child(r, "VALUE")).map(Node::getTextContent);
    }

    // ------------------------------------------------------------------ the checks

    private void checkResponse() {
        String tag = response.getTagName();
        if (!tag.equals("IMETHODRESPONSE") && !tag.equals("METHODRESPONSE")) {
            add("WBEM-XML-009", "SIMPLERSP holds " + tag + ", not IMETHODRESPONSE or METHODRESPONSE");
            return;
        }
        String returnTag = tag.equals("IMETHODRESPONSE") ? "IRETURNVALUE" : "RETURNVALUE";
        List<Element> kids = children(response);
        if (kids.stream().anyMatch(k -> k.getTagName().equals("ERROR"))) {
            if (kids.size() != 1) {
                add(tag.equals("METHODRESPONSE") ? "WBEM-ERR-004" : "WBEM-XML-010", tag + " holds ERROR beside "
                        + names(kids) + "; ERROR must stand alone");
            }
            kids.stream().filter(k -> k.getTagName().equals("ERROR")).forEach(this::checkError);
        } else {
            int i = 0;
            if (!kids.isEmpty() && kids.get(0).getTagName().equals(returnTag)) {
                i = 1;
            }
            for (; i < kids.size(); i++) {
                if (!kids.get(i).getTagName().equals("PARAMVALUE")) {
                    add("WBEM-XML-010", tag + " must be " + returnTag + "? then PARAMVALUE*, is " + names(kids));
                    break;
                }
            }
        }
        child(response, "RETURNVALUE").ifPresent(this::checkReturnValue);
        for (Element k : kids) {
            if (k.getTagName().equals("PARAMVALUE")) {
                checkParamValue(k);
            }
        }
        walk(response);
    }

    private void checkError(Element error) {
        String code = error.getAttribute("CODE").strip();
        if (!code.matches("[0-9]+")) {
            add("WBEM-XML-011", "ERROR CODE '" + code + "' is not a CIM status code");
        }
        for (Element c : children(error)) {
            if (!c.getTagName().equals("INSTANCE")) {
                add("WBEM-XML-011", "ERROR may hold only INSTANCE elements, holds " + c.getTagName());
            }
            // an INSTANCE here is a CIM_Error or a subclass; which one only the schema tells, so it is not judged
        }
    }

    private void checkReturnValue(Element ret) {
        attribute(ret, "PARAMTYPE").filter(t -> !PARAM_TYPES.contains(t)).ifPresent(t -> add("WBEM-XML-017",
                "RETURNVALUE PARAMTYPE " + t + " is not a DTD type"));
        List<Element> kids = children(ret);
        if (kids.size() > 1 || kids.stream().anyMatch(k -> !k.getTagName().equals("VALUE")
                && !k.getTagName().equals("VALUE.REFERENCE"))) {
            add("WBEM-XML-012", "RETURNVALUE must hold one VALUE or VALUE.REFERENCE, holds " + names(kids));
        }
    }

    private void checkParamValue(Element p) {
        if (!p.hasAttribute("NAME")) {
            add("WBEM-XML-012", "an out PARAMVALUE has no NAME");
        }
        attribute(p, "PARAMTYPE").filter(t -> !PARAM_TYPES.contains(t)).ifPresent(t -> add("WBEM-XML-017",
                "PARAMVALUE " + p.getAttribute("NAME") + " PARAMTYPE " + t + " is not a DTD type"));
        if (children(p).size() > 1) {
            add("WBEM-XML-012", "PARAMVALUE " + p.getAttribute("NAME") + " holds more than one value element");
        }
        checkEmbedded(p, "PARAMVALUE " + p.getAttribute("NAME"));
    }

    /** Every INSTANCE, INSTANCENAME and property below, wherever they sit. */
    private void walk(Element e) {
        for (Element c : children(e)) {
            switch (c.getTagName()) {
                case "INSTANCE" -> checkInstance(c);
                case "INSTANCENAME" -> bindings(c, true);
                default -> {
                    // containers: look inside
                }
            }
            walk(c);
        }
    }

    private void checkInstance(Element instance) {
        if (!instance.hasAttribute("CLASSNAME")) {
            add("WBEM-XML-014", "an INSTANCE has no CLASSNAME");
        }
        String owner = "INSTANCE " + instance.getAttribute("CLASSNAME");
        boolean inProperties = false;
        for (Element c : children(instance)) {
            String tag = c.getTagName();
            switch (tag) {
                case "QUALIFIER" -> {
                    if (inProperties) {
                        add("WBEM-XML-014", owner + ": QUALIFIER " + c.getAttribute("NAME") + " after a property");
                    }
                }
                case "PROPERTY", "PROPERTY.ARRAY" -> {
                    inProperties = true;
                    checkProperty(c, owner);
                }
                case "PROPERTY.REFERENCE" -> {
                    inProperties = true;
                    if (!c.hasAttribute("NAME")) {
                        add("WBEM-XML-014", owner + ": a PROPERTY.REFERENCE has no NAME");
                    }
                }
                default -> add("WBEM-XML-014", owner + " may not hold " + tag);
            }
        }
    }

    private void checkProperty(Element p, String owner) {
        String what = owner + " " + p.getTagName() + " " + p.getAttribute("NAME");
        if (!p.hasAttribute("NAME")) {
            add("WBEM-XML-014", owner + ": a " + p.getTagName() + " has no NAME");
        }
        Optional<String> type = attribute(p, "TYPE");
        if (type.isEmpty()) {
            add("WBEM-XML-014", what + " has no TYPE");
        } else if (!CIM_TYPES.contains(type.get())) {
            add("WBEM-XML-017", what + " has TYPE " + type.get() + ", not a DTD CIMType");
        }
        String valueTag = p.getTagName().equals("PROPERTY") ? "VALUE" : "VALUE.ARRAY";
        List<Element> values = new ArrayList<>();
        for (Element c : children(p)) {
            if (c.getTagName().equals(valueTag)) {
                values.add(c);
            } else if (!c.getTagName().equals("QUALIFIER")) {
                add("WBEM-XML-014", what + " may not hold " + c.getTagName());
            }
        }
        if (values.size() > 1) {
            add("WBEM-XML-014", what + " holds " + values.size() + " " + valueTag + " elements");
        }
        List<String> texts = new ArrayList<>();
        for (Element v : values) {
            if (valueTag.equals("VALUE")) {
                texts.add(v.getTextContent());
            } else {
                children(v).stream().filter(i -> i.getTagName().equals("VALUE"))
                        .forEach(i -> texts.add(i.getTextContent()));
            }
        }
        type.ifPresent(t -> texts.forEach(text -> checkEncoding(t, text.strip(), what)));
        checkEmbedded(p, what);
    }

    private void checkEncoding(String type, String text, String what) {
        if (type.equals("boolean") && !text.equalsIgnoreCase("TRUE") && !text.equalsIgnoreCase("FALSE")) {
            add("WBEM-XML-015", what + ": boolean '" + text + "' is neither TRUE nor FALSE");
        }
        if (type.equals("datetime") && !TIMESTAMP.matcher(text).matches() && !INTERVAL.matcher(text).matches()) {
            add("WBEM-XML-015", what + ": datetime '" + text + "' is neither yyyymmddhhmmss.mmmmmmsutc nor "
                    + "ddddddddhhmmss.mmmmmm:000");
        }
    }

    /** EmbeddedObject values are "object" or "instance" and their strings hold escaped CIM-XML (WBEM-XML-016). */
    private void checkEmbedded(Element e, String what) {
        Optional<String> embedded = attribute(e, "EmbeddedObject");
        if (embedded.isEmpty()) {
            return;
        }
        if (!embedded.get().equals("object") && !embedded.get().equals("instance")) {
            add("WBEM-XML-016", what + " EmbeddedObject=" + embedded.get() + ", not object or instance");
            return;
        }
        var values = e.getElementsByTagName("VALUE");
        for (int i = 0; i < values.getLength(); i++) {
            String text = values.item(i).getTextContent().strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                String root = UntrustedXml.parse(text).getDocumentElement().getTagName();
                if (!root.equals("INSTANCE") && !(root.equals("CLASS") && embedded.get().equals("object"))) {
                    add("WBEM-XML-016", what + " embeds " + root + ", not INSTANCE");
                }
            } catch (UntrustedXml.NotWellFormed x) {
                add("WBEM-XML-016", what + " embeds text that is not CIM-XML: " + x.getMessage());
            }
        }
    }

    /** The bindings of an INSTANCENAME; {@code report}: record what is wrong (once, while walking). */
    private List<KeyBinding> bindings(Element name, boolean report) {
        List<KeyBinding> out = new ArrayList<>();
        int before = violations.size();
        String owner = "INSTANCENAME " + name.getAttribute("CLASSNAME");
        for (Element b : children(name)) {
            switch (b.getTagName()) {
                case "KEYBINDING" -> {
                    List<Element> kids = children(b);
                    if (!b.hasAttribute("NAME") || kids.size() != 1) {
                        add("WBEM-XML-013", owner + ": KEYBINDING " + b.getAttribute("NAME")
                                + " must have a NAME and one KEYVALUE or VALUE.REFERENCE");
                        continue;
                    }
                    Element v = kids.get(0);
                    if (v.getTagName().equals("KEYVALUE")) {
                        out.add(keyValue(owner, b.getAttribute("NAME"), v));
                    } else if (v.getTagName().equals("VALUE.REFERENCE")) {
                        out.add(new KeyBinding(b.getAttribute("NAME"), Optional.empty(), Optional.empty(), true,
                                v.getTextContent().strip()));
                    } else {
                        add("WBEM-XML-013", owner + ": KEYBINDING " + b.getAttribute("NAME") + " holds "
                                + v.getTagName());
                    }
                }
                case "KEYVALUE" -> out.add(keyValue(owner, "", b));
                case "VALUE.REFERENCE" -> out.add(new KeyBinding("", Optional.empty(), Optional.empty(), true,
                        b.getTextContent().strip()));
                default -> add("WBEM-XML-013", owner + " may not hold " + b.getTagName());
            }
        }
        if (!report) {
            violations.subList(before, violations.size()).clear();
        }
        return out;
    }

    private KeyBinding keyValue(String owner, String name, Element v) {
        Optional<String> valueType = attribute(v, "VALUETYPE");
        Optional<String> type = attribute(v, "TYPE");
        valueType.filter(t -> !Set.of("string", "boolean", "numeric").contains(t)).ifPresent(t -> add(
                "WBEM-XML-013", owner + ": KEYVALUE of " + name + " has VALUETYPE " + t));
        type.filter(t -> !CIM_TYPES.contains(t)).ifPresent(t -> add("WBEM-XML-017", owner + ": KEYVALUE of " + name
                + " has TYPE " + t + ", not a DTD CIMType"));
        return new KeyBinding(name, valueType, type, false, v.getTextContent());
    }

    private void add(String requirement, String what) {
        violations.add(new Violation(requirement, what));
    }

    private static TypedValue typed(Element e) {
        List<Element> kids = children(e);
        Optional<String> content = kids.isEmpty() ? Optional.empty() : Optional.of(kids.get(0).getTagName());
        String text = kids.isEmpty() ? "" : kids.get(0).getTextContent().strip();
        return new TypedValue(e.getAttribute("NAME"), attribute(e, "PARAMTYPE"), attribute(e, "EmbeddedObject"),
                content, text);
    }
}
