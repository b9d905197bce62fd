package org.vcmtck.features.steps.ovf;

import java.util.ArrayList;
import java.util.List;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the consumer steps need from a package's descriptor, read with the assertions' secure DOM parser. */
final class CorpusDescriptors {

    private CorpusDescriptors() {
    }

    /**
     * The ovf:required value ("true" when absent, its default) of every element {@code {namespace}localName} of the
     * descriptor.
     */
    static List<String> elementsRequiredAttribute(RawOvfPackage raw, String namespace, String localName) {
        Element envelope = parse(raw).document().getDocumentElement();
        NodeList found = envelope.getElementsByTagNameNS(namespace, localName);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            Element e = (Element) found.item(i);
            String required = e.getAttributeNS(envelope.getNamespaceURI(), "required");
            values.add(required.isEmpty() ? "true" : required.strip());
        }
        return values;
    }

    private static OvfDescriptor parse(RawOvfPackage raw) {
        try {
            return OvfDescriptor.parse(raw.descriptorBytes());
        } catch (OvfDescriptor.DescriptorNotReadable e) {
            throw new IllegalStateException("the descriptor of " + raw.displayName() + " cannot be read", e);
        }
    }

    /** The ovf:id of every VirtualSystem, in document order. */
    static List<String> virtualSystemIds(RawOvfPackage raw) {
        NodeList systems = parse(raw).document().getElementsByTagNameNS("*", "VirtualSystem");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < systems.getLength(); i++) {
            Element vs = (Element) systems.item(i);
            String id = vs.getAttributeNS(vs.getNamespaceURI(), "id");
            ids.add(id.isEmpty() ? vs.getAttribute("ovf:id") : id);
        }
        return ids;
    }
}
