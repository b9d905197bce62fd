package org.vcmtck.simulator.ovf.portability;

import org.vcmtck.simulator.ovf.descriptor.ContentEntity;
import org.vcmtck.simulator.ovf.descriptor.HardwareItem;
import org.vcmtck.simulator.ovf.descriptor.HardwareSection;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.UnknownSection;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemEntity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Grades a descriptor's portability in DSP2017's three levels (OVF-EXT-008, informational). DSP2017 defines the
 * levels by intent, not by markup, so these are heuristics; the suite's checker applies the same rules with its
 * own code over the raw XML, and the two must agree.
 *
 * <p>Per VirtualHardwareSection ("section"), from most to least limiting:
 * <ul>
 *   <li>a vendor VirtualSystemType (vmx-*, vmware*, virtualbox*, xen*, kvm*, qemu*, hyper-v*, parallels*): level 1;</li>
 *   <li>ovf:transport naming only non-DMTF transports (anything but {@code iso}, e.g. com.vmware.guestInfo): 1;</li>
 *   <li>a required Item (ovf:required not false) carrying an element outside the DMTF namespaces (vmw:, vbox:):
 *       1 (the model keeps Item children by local name only, so here a child that is no CIM settings property
 *       counts as such an element);</li>
 *   <li>a ResourceSubType only one product's virtual hardware offers (VirtualE1000, vmxnet3, lsilogicsas,
 *       PIIX4, virtio*, ...): at best 2;</li>
 *   <li>otherwise (DMTF-standard items, generic types): 3.</li>
 * </ul>
 * A VirtualSystem whose sections together name two or more families (counting a section without a vendor type
 * as the generic family) offers alternatives and is level 3 whatever each alternative uses; otherwise it takes
 * its most limiting section. A vendor-namespace section that is required (ovf:required not false) in the
 * Envelope, a VirtualSystem or a VirtualSystemCollection caps the package at 1, since a consumer of another
 * product must refuse it. The package takes the lowest level of its parts.
 *
 * <p>Not seen (the descriptor model does not keep them): vendor elements placed directly in a
 * VirtualHardwareSection rather than in an Item, and ovf:required on a vendor element inside an Item.
 */
public final class PortabilityClassifier {

    public Portability classify(OvfDescriptor descriptor) {
        Verdict verdict = new Verdict();
        String ovfNamespace = descriptor.version() == null ? "" : descriptor.version().namespace();
        requiredVendorSections(descriptor.unknownSections(), "the Envelope", ovfNamespace, verdict);
        entity(descriptor.content(), ovfNamespace, verdict);
        return verdict.result();
    }

    private void entity(ContentEntity entity, String ovfNamespace, Verdict verdict) {
        if (entity == null) {
            return;
        }
        String where = (entity instanceof VirtualSystemEntity ? "VirtualSystem " : "VirtualSystemCollection ")
                + entity.id();
        requiredVendorSections(entity.unknownSections(), where, ovfNamespace, verdict);
        if (entity instanceof VirtualSystemCollectionEntity collection) {
            for (ContentEntity child : collection.children()) {
                entity(child, ovfNamespace, verdict);
            }
        } else if (entity instanceof VirtualSystemEntity system) {
            system(system, verdict);
        }
    }

    private static void requiredVendorSections(List<UnknownSection> sections, String where, String ovfNamespace,
                                               Verdict verdict) {
        for (UnknownSection s : sections) {
            if (s.required() && !s.namespace().equals(ovfNamespace)
                    && VendorVocabulary.isVendorNamespace(s.namespace())) {
                verdict.cap(1, where + ": required vendor extension " + s.qualifiedName()
                        + " (a consumer of another product must refuse it)");
            }
        }
    }

    private void system(VirtualSystemEntity system, Verdict verdict) {
        List<HardwareSection> sections = system.hardwareSections();
        Set<String> families = new LinkedHashSet<>();
        for (HardwareSection section : sections) {
            List<String> vendor = section.systemTypes().stream().map(VendorVocabulary::systemTypeFamily)
                    .filter(f -> f != null).distinct().toList();
            families.addAll(vendor.isEmpty() ? List.of("generic") : vendor);
        }
        if (families.size() >= 2) {
            verdict.note("VirtualSystem " + system.id() + ": VirtualHardwareSections for " + families.size()
                    + " families (" + String.join(", ", families) + ")");
            return;
        }
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i), "VirtualHardwareSection #" + (i + 1) + " of VirtualSystem " + system.id(),
                    verdict);
        }
    }

    private void section(HardwareSection section, String where, Verdict verdict) {
        for (String type : section.systemTypes()) {
            String family = VendorVocabulary.systemTypeFamily(type);
            if (family != null) {
                verdict.cap(1, where + ": VirtualSystemType " + type + " is specific to " + family);
            }
        }
        if (!section.transports().isEmpty() && !section.transports().contains(VendorVocabulary.STANDARD_TRANSPORT)) {
            verdict.cap(1, where + ": only vendor environment transports (" + String.join(" ", section.transports())
                    + ")");
        }
        for (HardwareItem item : section.items()) {
            String name = "Item " + item.instanceId() + (item.elementName() == null ? "" : " (" + item.elementName()
                    + ")");
            if (item.required()) {
                for (String property : item.properties().keySet()) {
                    if (!VendorVocabulary.CIM_ITEM_PROPERTIES.contains(property)) {
                        verdict.cap(1, where + ": required " + name + " carries vendor element " + property);
                    }
                }
            }
            String subtype = item.resourceSubType();
            String family = subtype == null ? null : VendorVocabulary.deviceFamily(subtype);
            if (family != null) {
                verdict.cap(2, where + ": " + name + " ResourceSubType " + subtype.trim() + " is a " + family
                        + " device");
            }
        }
    }

    /** The lowest level seen so far and the reasons, the limiting ones first. */
    private static final class Verdict {
        private int level = 3;
        private final List<Capped> caps = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private record Capped(int level, String reason) {
        }

        void cap(int at, String reason) {
            level = Math.min(level, at);
            caps.add(new Capped(at, reason));
        }

        void note(String reason) {
            notes.add(reason);
        }

        Portability result() {
            List<String> reasons = new ArrayList<>();
            caps.stream().filter(c -> c.level() == 1).forEach(c -> reasons.add(c.reason()));
            caps.stream().filter(c -> c.level() == 2).forEach(c -> reasons.add(c.reason()));
            reasons.addAll(notes);
            if (reasons.isEmpty()) {
                reasons.add("only DMTF-standard items and generic types: no vendor system type, device subtype,"
                        + " transport or required extension");
            }
            return new Portability(level, reasons);
        }
    }
}
