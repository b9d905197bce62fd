package org.vcmtck.assertions.ovf.portability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The checker's reading of a descriptor's DSP2017 portability level (OVF-EXT-008, informational), straight from the
 * DOM. DSP2017 defines the levels by intent, so these are heuristics, shared as rules (not code) with the
 * reference's classifier; the two must agree on the same descriptors.
 *
 * <p>Per VirtualHardwareSection, from most to least limiting:
 * <ul>
 *   <li>a vendor vssd:VirtualSystemType token (vmx-*, vmware*, virtualbox*, xen*, kvm*, qemu*, hyper-v*,
 *       parallels*): level 1;</li>
 *   <li>an ovf:transport listing only non-DMTF transports (anything but {@code iso}, e.g.
 *       com.vmware.guestInfo): 1;</li>
 *   <li>a required Item (ovf:required not false) holding an element in a vendor namespace (vmw:, vbox:, any
 *       namespace outside schemas.dmtf.org): 1;</li>
 *   <li>a rasd:ResourceSubType only one product offers (VirtualE1000, vmxnet3, lsilogicsas, PIIX4, virtio*,
 *       ...): at best 2;</li>
 *   <li>otherwise (DMTF-standard items and generic types): 3.</li>
 * </ul>
 * A VirtualSystem whose sections name two or more families (a section without a vendor type counting as the
 * generic family) offers alternatives: level 3 whatever each alternative holds. Otherwise it takes its most
 * limiting section. A required vendor-namespace element directly in the Envelope, a VirtualSystem or a
 * VirtualSystemCollection caps the package at 1. The package takes the lowest level of its parts.
 *
 * <p>Vendor elements placed directly in a VirtualHardwareSection, and ovf:required on a vendor element inside an
 * Item, are not graded: the reference's descriptor model does not keep them, and the two readings must agree.
 */
public final class PortabilityClassifier {
    private static final String VSSD =
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData";

    /** The package's level, or empty when it has no readable descriptor. */
    public Optional<Portability> classify(RawOvfPackage pkg) {
        return pkg.descriptor().map(this::classify);
    }

    public Portability classify(OvfDescriptor descriptor) {
        Element envelope = descriptor.envelope();
        String ovf = envelope.getNamespaceURI() == null ? "" : envelope.getNamespaceURI();
        Grade grade = new Grade();
        vendorExtensions(envelope, "the Envelope", ovf, grade);
        for (Element child : children(envelope)) {
            if (ovf.equals(child.getNamespaceURI()) && isContent(child)) {
                content(child, ovf, grade);
                break;
            }
        }
        return grade.result();
    }

    private static boolean isContent(Element e) {
        return e.getLocalName().equals("VirtualSystem") || e.getLocalName().equals("VirtualSystemCollection");
    }

    private void content(Element entity, String ovf, Grade grade) {
        String id = entity.getAttributeNS(ovf, "id");
        vendorExtensions(entity, entity.getLocalName() + " " + id, ovf, grade);
        if (entity.getLocalName().equals("VirtualSystemCollection")) {
            for (Element child : children(entity)) {
                if (ovf.equals(child.getNamespaceURI()) && isContent(child)) {
                    content(child, ovf, grade);
                }
            }
            return;
        }
        List<Element> sections = children(entity).stream().filter(c -> ovf.equals(c.getNamespaceURI())
                && c.getLocalName().equals("VirtualHardwareSection")).toList();
        Set<String> families = new LinkedHashSet<>();
        for (Element section : sections) {
            List<String> vendor = systemTypes(section, ovf).stream().map(VendorMarks::systemTypeFamily)
                    .flatMap(Optional::stream).distinct().toList();
            families.addAll(vendor.isEmpty() ? List.of("generic") : vendor);
        }
        if (families.size() >= 2) {
            grade.note("VirtualSystem " + id + ": VirtualHardwareSections for " + families.size() + " families ("
                    + String.join(", ", families) + ")");
            return;
        }
        for (int i = 0; i < sections.size(); i++) {
            hardware(sections.get(i), "VirtualHardwareSection #" + (i + 1) + " of VirtualSystem " + id, ovf, grade);
        }
    }

    private static void vendorExtensions(Element parent, String where, String ovf, Grade grade) {
        for (Element child : children(parent)) {
            String ns = child.getNamespaceURI();
            if (!ovf.equals(ns) && VendorMarks.isVendorNamespace(ns) && required(child, ovf)) {
                grade.cap(1, where + ": required vendor extension {" + ns + "}" + child.getLocalName()
                        + " (a consumer of another product must refuse it)");
            }
        }
    }

    private void hardware(Element section, String where, String ovf, Grade grade) {
        for (String type : systemTypes(section, ovf)) {
            VendorMarks.systemTypeFamily(type).ifPresent(family ->
                    grade.cap(1, where + ": VirtualSystemType " + type + " is specific to " + family));
        }
        List<String> transports = section.hasAttributeNS(ovf, "transport")
                ? tokens(section.getAttributeNS(ovf, "transport").replace(',', ' ')) : List.of();
        if (!transports.isEmpty() && !transports.contains(VendorMarks.DMTF_TRANSPORT)) {
            grade.cap(1, where + ": only vendor environment transports (" + String.join(" ", transports) + ")");
        }
        for (Element item : children(section)) {
            if (!ovf.equals(item.getNamespaceURI()) || !List.of("Item", "EthernetPortItem", "StorageItem")
                    .contains(item.getLocalName())) {
                continue;
            }
            Optional<String> elementName = property(item, "ElementName");
            String name = "Item " + property(item, "InstanceID").orElse("null")
                    + elementName.map(n -> " (" + n + ")").orElse("");
            if (required(item, ovf)) {
                Set<String> vendorElements = new LinkedHashSet<>();
                for (Element child : children(item)) {
                    if (VendorMarks.isVendorNamespace(child.getNamespaceURI())) {
                        vendorElements.add(child.getLocalName());
                    }
                }
                vendorElements.forEach(local -> grade.cap(1, where + ": required " + name + " carries vendor element "
                        + local));
            }
            property(item, "ResourceSubType").ifPresent(subtype -> VendorMarks.deviceFamily(subtype)
                    .ifPresent(family -> grade.cap(2, where + ": " + name + " ResourceSubType " + subtype.trim()
                            + " is a " + family + " device")));
        }
    }

    private static List<String> systemTypes(Element section, String ovf) {
        for (Element system : children(section)) {
            if (ovf.equals(system.getNamespaceURI()) && system.getLocalName().equals("System")) {
                for (Element p : children(system)) {
                    if (VSSD.equals(p.getNamespaceURI()) && p.getLocalName().equals("VirtualSystemType")) {
                        return tokens(p.getTextContent());
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** ovf:required as xs:boolean, true when absent (DSP0243's default) or not a boolean. */
    private static boolean required(Element element, String ovf) {
        if (!element.hasAttributeNS(ovf, "required")) {
            return true;
        }
        String value = element.getAttributeNS(ovf, "required").trim();
        return !(value.equals("false") || value.equals("0"));
    }

    /** The text of the first child with this local name, in whatever CIM namespace. */
    private static Optional<String> property(Element item, String localName) {
        return children(item).stream().filter(c -> c.getLocalName().equals(localName)).findFirst()
                .map(c -> c.getTextContent() == null ? "" : c.getTextContent());
    }

    private static List<String> tokens(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The lowest level reached and the reasons, limiting ones first. */
    private static final class Grade {
        private int level = 3;
        private final List<String> ones = new ArrayList<>();
        private final List<String> twos = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        void cap(int at, String reason) {
            level = Math.min(level, at);
            (at == 1 ? ones : twos).add(reason);
        }

        void note(String reason) {
            notes.add(reason);
        }

        Portability result() {
            List<String> reasons = new ArrayList<>(ones);
            reasons.addAll(twos);
            reasons.addAll(notes);
            if (reasons.isEmpty()) {
                reasons.add("only DMTF-standard items and generic types: no vendor system type, device subtype,"
                        + " transport or required extension");
            }
            return new Portability(level, reasons);
        }
    }
}
