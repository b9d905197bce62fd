package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/** Rules on the descriptor's default locale and on which elements may name a bundle message (§10). */
final class LocaleRules {

    /**
     * The localizable elements of §10: the Msg_Type elements of the envelope schema, the CIM captions of System
     * and Item, and Msg, whose ovf:msgid is the key the others refer to.
     */
    static final Set<String> LOCALIZABLE = Set.of("Info", "Name", "Annotation", "License", "Label", "Description",
            "Product", "Vendor", "Category", "ElementName", "Caption", "Msg");

    private static final String CIM_SCHEMA = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/";

    private LocaleRules() {
    }

    /** The Envelope when it states its locale in xml:lang. */
    static List<Element> envelopeWithLanguage(OvfDescriptor d) {
        return d.envelope().hasAttributeNS(OvfDescriptor.XML, "lang") ? List.of(d.envelope()) : List.of();
    }

    /** Every element carrying ovf:msgid. */
    static List<Element> elementsWithMsgid(OvfDescriptor d) {
        List<Element> found = new ArrayList<>();
        collectMsgids(d, d.envelope(), found);
        return found;
    }

    private static void collectMsgids(OvfDescriptor d, Element element, List<Element> found) {
        if (d.attr(element, "msgid").isPresent()) {
            found.add(element);
        }
        OvfDescriptor.children(element).forEach(child -> collectMsgids(d, child, found));
    }

    /** OVF-ENV-003: Envelope/@xml:lang, when present, is a well-formed BCP 47 language tag. */
    static List<Violation> envelopeLanguage(OvfDescriptor d) {
        Findings f = new Findings("OVF-ENV-003", d);
        for (Element envelope : envelopeWithLanguage(d)) {
            String lang = envelope.getAttributeNS(OvfDescriptor.XML, "lang");
            // xml:lang="" is the XML way of saying "no language"; the schema type allows it, so it is not judged
            if (!lang.isEmpty() && !LanguageTag.isWellFormed(lang)) {
                f.at(envelope, "xml:lang=\"" + lang + "\"", "a BCP 47 language tag such as en-US or de-CH");
            }
        }
        return f.list();
    }

    /** OVF-I18N-001: ovf:msgid appears only on the localizable elements §10 lists. */
    static List<Violation> msgidOnLocalizableElements(OvfDescriptor d) {
        Findings f = new Findings("OVF-I18N-001", d);
        for (Element element : elementsWithMsgid(d)) {
            if (!isLocalizable(d, element)) {
                f.at(element, "ovf:msgid=\"" + d.attr(element, "msgid").orElse("") + "\" on " + element.getLocalName(),
                        "ovf:msgid only on " + new java.util.TreeSet<>(LOCALIZABLE));
            }
        }
        return f.list();
    }

    private static boolean isLocalizable(OvfDescriptor d, Element element) {
        String ns = element.getNamespaceURI();
        boolean standard = d.isOvf(element) || (ns != null && ns.startsWith(CIM_SCHEMA));
        // a vendor element may take ovf attributes through anyAttribute; what they mean there is the vendor's
        return !standard || LOCALIZABLE.contains(element.getLocalName());
    }
}
