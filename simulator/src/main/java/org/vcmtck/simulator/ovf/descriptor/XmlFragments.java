package org.vcmtck.simulator.ovf.descriptor;

import org.vcmtck.simulator.ovf.OvfNamespaces;
import org.vcmtck.simulator.ovf.xml.SecureXmlReader;
import org.vcmtck.simulator.ovf.xml.XmlElement;
import org.vcmtck.simulator.ovf.xml.XmlSecurityException;

import javax.xml.namespace.QName;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed elements as self-contained XML text and back, so a section can be kept as data (e.g. in a state file)
 * and written again later. Every namespace the fragment uses is declared on its root with a fixed prefix
 * ({@code ovf}, {@code rasd}, {@code vssd}, ... else {@code ns1}, {@code ns2} in order of first use); attributes
 * are written sorted, so the same element always gives the same text. Text is the element's own trimmed text,
 * written only for elements without children (OVF sections carry no mixed content).
 */
public final class XmlFragments {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Map<String, String> KNOWN_PREFIXES = Map.of(
            "http://schemas.dmtf.org/ovf/envelope/1", "ovf",
            "http://schemas.dmtf.org/ovf/envelope/2", "ovf",
            OvfNamespaces.RASD, "rasd",
            OvfNamespaces.VSSD, "vssd",
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_BootConfigSetting", "bootc",
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_BootSourceSetting", "boots");
    /** A fragment is one section; far smaller than a whole descriptor. */
    private static final long MAX_FRAGMENT_BYTES = 4L * 1024 * 1024;

    private XmlFragments() {
    }

    /** The element as standalone XML text (no XML declaration). */
    public static String toXml(XmlElement element) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        collect(element, prefixes);
        StringBuilder b = new StringBuilder();
        write(element, prefixes, true, b);
        return b.toString();
    }

    /** Reads a fragment written by {@link #toXml}; refused with the reason when it is not well-formed XML. */
    public static XmlElement parse(String xml) {
        try {
            return new SecureXmlReader(MAX_FRAGMENT_BYTES).read(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (XmlSecurityException e) {
            throw new IllegalArgumentException("not a well-formed XML fragment: " + e.getMessage(), e);
        }
    }

    /** The element with every name (element and attribute) in namespace {@code from} moved to {@code to}. */
    public static XmlElement renamespace(XmlElement e, String from, String to) {
        if (from.equals(to)) {
            return e;
        }
        Map<QName, String> attributes = new LinkedHashMap<>();
        e.attributes().forEach((k, v) -> attributes.put(k.getNamespaceURI().equals(from)
                ? new QName(to, k.getLocalPart()) : k, v));
        List<XmlElement> children = new ArrayList<>();
        for (XmlElement c : e.children()) {
            children.add(renamespace(c, from, to));
        }
        return new XmlElement(e.namespace().equals(from) ? to : e.namespace(), e.localName(), attributes, children,
                e.text(), e.line());
    }

    /** Namespace to prefix for the names {@code element} and its descendants use (xml: excluded). */
    public static Map<String, String> prefixes(XmlElement element) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        collect(element, prefixes);
        return prefixes;
    }

    private static void collect(XmlElement e, Map<String, String> prefixes) {
        use(e.namespace(), prefixes);
        for (QName a : sortedAttributes(e)) {
            use(a.getNamespaceURI(), prefixes);
        }
        for (XmlElement c : e.children()) {
            collect(c, prefixes);
        }
    }

    private static void use(String ns, Map<String, String> prefixes) {
        if (ns == null || ns.isEmpty() || ns.equals(XML_NS) || prefixes.containsKey(ns)) {
            return;
        }
        String prefix = KNOWN_PREFIXES.get(ns);
        if (prefix == null || prefixes.containsValue(prefix)) {
            int n = 1;
            while (prefixes.containsValue("ns" + n)) {
                n++;
            }
            prefix = "ns" + n;
        }
        prefixes.put(ns, prefix);
    }

    /** Attributes in a fixed order: namespace, then local name. */
    public static List<QName> sortedAttributes(XmlElement e) {
        return e.attributes().keySet().stream()
                .sorted(Comparator.comparing(QName::getNamespaceURI).thenComparing(QName::getLocalPart)).toList();
    }

    /** The qualified name to write for {@code ns}:{@code local}; unqualified when {@code ns} is empty. */
    public static String qualified(String ns, String local, Map<String, String> prefixes) {
        if (ns == null || ns.isEmpty()) {
            return local;
        }
        if (ns.equals(XML_NS)) {
            return "xml:" + local;
        }
        return prefixes.get(ns) + ":" + local;
    }

    private static void write(XmlElement e, Map<String, String> prefixes, boolean root, StringBuilder b) {
        String name = qualified(e.namespace(), e.localName(), prefixes);
        b.append('<').append(name);
        if (root) {
            prefixes.forEach((ns, p) -> b.append(" xmlns:").append(p).append("=\"").append(escape(ns)).append('"'));
        }
        for (QName a : sortedAttributes(e)) {
            b.append(' ').append(qualified(a.getNamespaceURI(), a.getLocalPart(), prefixes)).append("=\"")
                    .append(escape(e.attributes().get(a))).append('"');
        }
        if (e.children().isEmpty() && e.text().isEmpty()) {
            b.append("/>");
            return;
        }
        b.append('>');
        if (e.children().isEmpty()) {
            b.append(escape(e.text()));
        } else {
            for (XmlElement c : e.children()) {
                write(c, prefixes, false, b);
            }
        }
        b.append("</").append(name).append('>');
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
