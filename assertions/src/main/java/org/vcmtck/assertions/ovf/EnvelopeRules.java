package org.vcmtck.assertions.ovf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/** Rules on the Envelope's structure, content entities, sections in general and string bundles. */
final class EnvelopeRules {

    private EnvelopeRules() {
    }

    /** OVF-ENV-001: the root is Envelope in the DMTF 1.x or 2.x envelope namespace. */
    static List<Violation> envelopeNamespace(OvfDescriptor d) {
        Findings f = new Findings("OVF-ENV-001", d);
        Element root = d.envelope();
        if (!root.getLocalName().equals("Envelope") || !d.version().isDmtf()) {
            f.at(root, "root element {" + d.namespace() + "}" + root.getLocalName()
                            + (d.version() == OvfVersion.LEGACY_0_9 ? " (the pre-DMTF 0.9 draft namespace)" : ""),
                    "Envelope in " + OvfVersion.V1.namespace() + " or " + OvfVersion.V2.namespace());
        }
        return f.list();
    }

    /** OVF-REF-001: exactly one References, and it is the Envelope's first child. */
    static List<Violation> referencesFirst(OvfDescriptor d) {
        Findings f = new Findings("OVF-REF-001", d);
        List<Element> children = OvfDescriptor.children(d.envelope());
        long count = children.stream().filter(c -> d.isKind(c, "References")).count();
        if (count != 1) {
            f.at(d.envelope(), count + " References elements", "exactly one References element");
        } else if (!d.isKind(children.get(0), "References")) {
            f.at(children.get(0), "<" + children.get(0).getLocalName() + "> as the first child of Envelope",
                    "References as the first child of Envelope");
        }
        return f.list();
    }

    /** OVF-ENV-002: References, package-level sections, one content entity, then Strings. */
    static List<Violation> envelopeChildOrder(OvfDescriptor d) {
        Findings f = new Findings("OVF-ENV-002", d);
        int phase = 0;
        int contents = 0;
        for (Element child : d.ovfChildren(d.envelope())) {
            String kind = d.kind(child);
            int childPhase;
            if (kind.equals("References")) {
                childPhase = 0;
            } else if (d.isSection(child)) {
                childPhase = 1;
            } else if (d.isContent(child) || kind.equals("Content")) {
                childPhase = 2;
                contents++;
            } else if (kind.equals("Strings")) {
                childPhase = 3;
            } else {
                f.at(child, "element " + kind + " directly in Envelope",
                        "only References, sections, one VirtualSystem or VirtualSystemCollection, and Strings");
                continue;
            }
            if (childPhase < phase) {
                f.at(child, kind + " after " + phaseName(phase), "order References, sections, content, Strings");
            }
            phase = Math.max(phase, childPhase);
        }
        if (contents != 1) {
            f.at(d.envelope(), contents + " VirtualSystem/VirtualSystemCollection children",
                    "exactly one content entity (VirtualSystem or VirtualSystemCollection)");
        }
        return f.list();
    }

    private static String phaseName(int phase) {
        return switch (phase) {
            case 0 -> "References";
            case 1 -> "a section";
            case 2 -> "the content entity";
            default -> "Strings";
        };
    }

    /** OVF-ENV-004: every content entity has a non-empty ovf:id and Info as its first child. */
    static List<Violation> contentIdAndInfo(OvfDescriptor d) {
        Findings f = new Findings("OVF-ENV-004", d);
        for (Element content : d.contents()) {
            if (d.attr(content, "id").filter(id -> !id.isBlank()).isEmpty()) {
                f.at(content, "no ovf:id", "a required ovf:id on " + d.kind(content));
            }
            List<Element> children = d.ovfChildren(content);
            if (children.isEmpty() || !d.isKind(children.get(0), "Info")) {
                f.at(content, children.isEmpty() ? "no child elements" : "first child " + d.kind(children.get(0)),
                        "Info as the first child of " + d.kind(content));
            }
        }
        return f.list();
    }

    /** OVF-ENV-005: the direct children of one VirtualSystemCollection have distinct ovf:id values. */
    static List<Violation> siblingContentIdsDistinct(OvfDescriptor d) {
        Findings f = new Findings("OVF-ENV-005", d);
        for (Element collection : d.all("VirtualSystemCollection")) {
            Set<String> seen = new HashSet<>();
            for (Element child : d.ovfChildren(collection)) {
                if (d.isContent(child)) {
                    d.attr(child, "id").filter(id -> !seen.add(id)).ifPresent(id ->
                            f.at(child, "ovf:id \"" + id + "\" again", "distinct ovf:id values among the children"));
                }
            }
        }
        return f.list();
    }

    /** OVF-ENV-006 (SHOULD): ovf:id of content entities unique within the whole descriptor. */
    static List<Violation> contentIdsUniqueInDescriptor(OvfDescriptor d) {
        Findings f = new Findings("OVF-ENV-006", d);
        Map<String, Element> seen = new HashMap<>();
        for (Element content : d.contents()) {
            Optional<String> id = d.attr(content, "id");
            if (id.isPresent()) {
                Element first = seen.putIfAbsent(id.get(), content);
                if (first != null) {
                    f.at(content, "ovf:id \"" + id.get() + "\" already used at " + d.path(first),
                            "content ids unique in the descriptor");
                }
            }
        }
        return f.list();
    }

    /** OVF-ENV-007: Content is abstract in the DMTF schemas and never appears as an element. */
    static List<Violation> noAbstractContentElement(OvfDescriptor d) {
        Findings f = new Findings("OVF-ENV-007", d);
        if (d.version().isDmtf()) {
            org.w3c.dom.NodeList contents = d.document().getElementsByTagNameNS(d.namespace(), "Content");
            for (int i = 0; i < contents.getLength(); i++) {
                f.at((Element) contents.item(i), "a <Content> element", "VirtualSystem or VirtualSystemCollection");
            }
        }
        return f.list();
    }

    /** OVF-ENV-008: every section starts with Info. */
    static List<Violation> sectionsStartWithInfo(OvfDescriptor d) {
        Findings f = new Findings("OVF-ENV-008", d);
        for (Element container : containers(d)) {
            for (Element section : d.sectionsOf(container)) {
                List<Element> children = d.ovfChildren(section);
                if (children.isEmpty() || !d.isKind(children.get(0), "Info")) {
                    f.at(section, children.isEmpty() ? "no Info" : "first child " + d.kind(children.get(0)),
                            "Info as the first child of " + d.kind(section));
                }
            }
        }
        return f.list();
    }

    private static List<Element> containers(OvfDescriptor d) {
        List<Element> containers = new java.util.ArrayList<>();
        containers.add(d.envelope());
        containers.addAll(d.contents());
        return containers;
    }

    private enum Place { ENVELOPE, VS, VSC }

    private record Placement(Set<Place> allowed, int max) {
    }

    /** The §9 table for the sections whose placement is confirmed (the 2.x additions are not). */
    private static final Map<String, Placement> PLACEMENT = Map.ofEntries(
            Map.entry("DiskSection", new Placement(Set.of(Place.ENVELOPE), 1)),
            Map.entry("NetworkSection", new Placement(Set.of(Place.ENVELOPE), 1)),
            Map.entry("DeploymentOptionSection", new Placement(Set.of(Place.ENVELOPE), 1)),
            Map.entry("ResourceAllocationSection", new Placement(Set.of(Place.VSC), 1)),
            Map.entry("AnnotationSection", new Placement(Set.of(Place.VS, Place.VSC), 1)),
            Map.entry("ProductSection", new Placement(Set.of(Place.VS, Place.VSC), Integer.MAX_VALUE)),
            Map.entry("EulaSection", new Placement(Set.of(Place.VS, Place.VSC), Integer.MAX_VALUE)),
            Map.entry("StartupSection", new Placement(Set.of(Place.VSC), 1)),
            Map.entry("OperatingSystemSection", new Placement(Set.of(Place.VS), 1)),
            Map.entry("InstallSection", new Placement(Set.of(Place.VS), 1)),
            Map.entry("VirtualHardwareSection", new Placement(Set.of(Place.VS), Integer.MAX_VALUE)));

    /** OVF-ENV-009: standard sections only where the §9 table allows them, and not too often. */
    static List<Violation> sectionPlacement(OvfDescriptor d) {
        Findings f = new Findings("OVF-ENV-009", d);
        for (Element container : containers(d)) {
            Place place = container == d.envelope() ? Place.ENVELOPE
                    : d.isKind(container, "VirtualSystem") ? Place.VS : Place.VSC;
            Map<String, Integer> counts = new HashMap<>();
            for (Element section : d.sectionsOf(container)) {
                String kind = d.kind(section);
                Placement placement = PLACEMENT.get(kind);
                if (placement == null) {
                    continue;
                }
                if (!placement.allowed().contains(place)) {
                    f.at(section, kind + " in " + placeName(place), kind + " only in " + placement.allowed().stream()
                            .map(EnvelopeRules::placeName).sorted().toList());
                }
                int count = counts.merge(kind, 1, Integer::sum);
                if (count == placement.max() + 1) {
                    f.at(section, "more than " + placement.max() + " " + kind + " in " + placeName(place),
                            "at most " + placement.max());
                }
            }
        }
        return f.list();
    }

    private static String placeName(Place place) {
        return switch (place) {
            case ENVELOPE -> "Envelope";
            case VS -> "VirtualSystem";
            case VSC -> "VirtualSystemCollection";
        };
    }

    /** OVF-EXT-002: ovf:required is an xs:boolean. */
    static List<Violation> requiredIsBoolean(OvfDescriptor d) {
        Findings f = new Findings("OVF-EXT-002", d);
        walk(d, d.envelope(), f);
        return f.list();
    }

    private static void walk(OvfDescriptor d, Element element, Findings f) {
        d.attr(element, "required").filter(v -> !Set.of("true", "false", "1", "0").contains(v.trim()))
                .ifPresent(v -> f.at(element, "ovf:required=\"" + v + "\"", "an xs:boolean (true or false)"));
        for (Element child : OvfDescriptor.children(element)) {
            walk(d, child, f);
        }
    }

    /** OVF-I18N-002: internal bundles carry xml:lang, and every Msg an ovf:msgid. */
    static List<Violation> stringBundles(OvfDescriptor d) {
        Findings f = new Findings("OVF-I18N-002", d);
        for (Element strings : d.childrenOfKind(d.envelope(), "Strings")) {
            if (strings.getAttributeNS(OvfDescriptor.XML, "lang").isBlank()) {
                f.at(strings, "no xml:lang", "xml:lang naming the bundle's locale");
            }
            for (Element msg : d.childrenOfKind(strings, "Msg")) {
                if (d.attr(msg, "msgid").filter(id -> !id.isBlank()).isEmpty()) {
                    f.at(msg, "Msg without ovf:msgid", "ovf:msgid on every Msg");
                }
            }
        }
        return f.list();
    }

    /** OVF-I18N-003: an external bundle's ovf:fileRef names a File of References. */
    static List<Violation> externalBundlesResolvable(OvfDescriptor d) {
        Findings f = new Findings("OVF-I18N-003", d);
        List<String> fileIds = d.fileIds();
        for (Element strings : d.childrenOfKind(d.envelope(), "Strings")) {
            d.attr(strings, "fileRef").filter(ref -> !fileIds.contains(ref)).ifPresent(ref ->
                    f.at(strings, "ovf:fileRef=\"" + ref + "\" with no such File", "the ovf:id of a File in References"));
        }
        return f.list();
    }
}
