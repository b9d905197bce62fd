package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.ovf.OvfNamespaces;
import org.vcmtck.simulator.ovf.descriptor.XmlFragments;
import org.vcmtck.simulator.ovf.xml.XmlElement;
import org.vcmtck.simulator.ovf.xml.XmlWriter;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a kept section (a parsed element) into the descriptor being written. The envelope declares the OVF,
 * rasd and vssd prefixes; any other namespace the section uses is declared on the section's own element.
 */
final class FragmentEmitter {
    private final String ovfNamespace;

    FragmentEmitter(String ovfNamespace) {
        this.ovfNamespace = ovfNamespace;
    }

    void emit(XmlWriter x, XmlElement e) {
        Map<String, String> prefixes = XmlFragments.prefixes(e);
        write(x, e, prefixes, declarations(prefixes));
    }

    /** Writes {@code e} with only its own start tag and its children, for callers that add children of their own. */
    void start(XmlWriter x, XmlElement e) {
        Map<String, String> prefixes = XmlFragments.prefixes(e);
        x.start(XmlFragments.qualified(e.namespace(), e.localName(), prefixes),
                attributes(e, prefixes, declarations(prefixes)));
    }

    private List<String> declarations(Map<String, String> prefixes) {
        Set<String> declaredByEnvelope = Set.of(ovfNamespace, OvfNamespaces.RASD, OvfNamespaces.VSSD);
        List<String> declarations = new ArrayList<>();
        prefixes.forEach((ns, p) -> {
            if (!declaredByEnvelope.contains(ns)) {
                declarations.add("xmlns:" + p);
                declarations.add(ns);
            }
        });
        return declarations;
    }

    private void write(XmlWriter x, XmlElement e, Map<String, String> prefixes, List<String> declarations) {
        String name = XmlFragments.qualified(e.namespace(), e.localName(), prefixes);
        String[] attributes = attributes(e, prefixes, declarations);
        if (e.children().isEmpty()) {
            if (e.text().isEmpty()) {
                x.empty(name, attributes);
            } else {
                x.textElement(name, e.text(), attributes);
            }
            return;
        }
        x.start(name, attributes);
        for (XmlElement c : e.children()) {
            write(x, c, prefixes, List.of());
        }
        x.end();
    }

    private static String[] attributes(XmlElement e, Map<String, String> prefixes, List<String> declarations) {
        List<String> out = new ArrayList<>(declarations);
        for (QName a : XmlFragments.sortedAttributes(e)) {
            out.add(XmlFragments.qualified(a.getNamespaceURI(), a.getLocalPart(), prefixes));
            out.add(e.attributes().get(a));
        }
        return out.toArray(String[]::new);
    }
}
