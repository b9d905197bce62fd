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

    /** The ovf:id of every VirtualSystem, in document order. */
    static List<String> virtualSystemIds(RawOvfPackage raw) {
        OvfDescriptor descriptor;
        try {
            descriptor = OvfDescriptor.parse(raw.descriptorBytes());
        } catch (OvfDescriptor.DescriptorNotReadable e) {
            throw new IllegalStateException("the descriptor of " + raw.displayName() + " cannot be read", e);
        }
        NodeList systems = descriptor.document().getElementsByTagNameNS("*", "VirtualSystem");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < systems.getLength(); i++) {
            Element vs = (Element) systems.item(i);
            String id = vs.getAttributeNS(vs.getNamespaceURI(), "id");
            ids.add(id.isEmpty() ? vs.getAttribute("ovf:id") : id);
        }
        return ids;
    }
}
