package org.vcmtck.assertions.ovf;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Element;

/** Rules on the other core sections (§9.3–§9.10). */
final class SectionRules {

    private SectionRules() {
    }

    static List<Element> sections(OvfDescriptor d, String kind) {
        return d.all(kind).stream().filter(d::isSection).toList();
    }

    /** The Items of StartupSections of collections (the ones OVF-SEC-005 judges). */
    static List<Element> startupItemElements(OvfDescriptor d) {
        List<Element> items = new java.util.ArrayList<>();
        for (Element collection : d.all("VirtualSystemCollection")) {
            d.sectionsOf(collection).stream().filter(s -> d.kind(s).equals("StartupSection"))
                    .forEach(startup -> items.addAll(d.childrenOfKind(startup, "Item")));
        }
        return items;
    }

    static List<Element> configurationElements(OvfDescriptor d) {
        return sections(d, "DeploymentOptionSection").stream()
                .flatMap(section -> d.childrenOfKind(section, "Configuration").stream()).toList();
    }

    /** OVF-SEC-001: AnnotationSection holds exactly one Annotation. */
    static List<Violation> oneAnnotation(OvfDescriptor d) {
        return exactlyOne(d, "OVF-SEC-001", "AnnotationSection", "Annotation");
    }

    /** OVF-SEC-002: EulaSection holds one License. */
    static List<Violation> oneLicense(OvfDescriptor d) {
        return exactlyOne(d, "OVF-SEC-002", "EulaSection", "License");
    }

    private static List<Violation> exactlyOne(OvfDescriptor d, String requirement, String section, String child) {
        Findings f = new Findings(requirement, d);
        for (Element element : sections(d, section)) {
            int count = d.childrenOfKind(element, child).size();
            if (count != 1) {
                f.at(element, count + " " + child + " elements", "exactly one " + child);
            }
        }
        return f.list();
    }

    /** OVF-SEC-005: StartupSection Items name a direct child of the collection and carry ovf:order. */
    static List<Violation> startupItems(OvfDescriptor d) {
        Findings f = new Findings("OVF-SEC-005", d);
        for (Element collection : d.all("VirtualSystemCollection")) {
            Set<String> children = new HashSet<>();
            d.ovfChildren(collection).stream().filter(d::isContent)
                    .forEach(child -> d.attr(child, "id").ifPresent(children::add));
            for (Element startup : d.sectionsOf(collection)) {
                if (!d.kind(startup).equals("StartupSection")) {
                    continue;
                }
                for (Element item : d.childrenOfKind(startup, "Item")) {
                    String id = d.attr(item, "id").orElse("");
                    if (!children.contains(id)) {
                        f.at(item, id.isEmpty() ? "no ovf:id" : "ovf:id \"" + id + "\" naming no direct child",
                                "the ovf:id of a direct child of the collection");
                    }
                    String order = d.attr(item, "order").orElse("");
                    if (!isUnsignedShort(order)) {
                        f.at(item, order.isEmpty() ? "no ovf:order" : "ovf:order=\"" + order + "\"",
                                "a required ovf:order (xs:unsignedShort)");
                    }
                }
            }
        }
        return f.list();
    }

    /** OVF-SEC-008: a Configuration has ovf:id and, in 2.x, Label and Description. */
    static List<Violation> configurations(OvfDescriptor d) {
        Findings f = new Findings("OVF-SEC-008", d);
        for (Element section : sections(d, "DeploymentOptionSection")) {
            for (Element configuration : d.childrenOfKind(section, "Configuration")) {
                if (d.attr(configuration, "id").filter(v -> !v.isBlank()).isEmpty()) {
                    f.at(configuration, "no ovf:id", "a required ovf:id");
                }
                if (d.version() == OvfVersion.V2) {
                    for (String child : List.of("Label", "Description")) {
                        if (d.childrenOfKind(configuration, child).isEmpty()) {
                            f.at(configuration, "no " + child, "Label and Description (required in 2.x)");
                        }
                    }
                }
            }
        }
        return f.list();
    }

    /** OVF-SEC-011: OperatingSystemSection/@ovf:id is an xs:unsignedShort (a CIM OSType value). */
    static List<Violation> operatingSystemIds(OvfDescriptor d) {
        Findings f = new Findings("OVF-SEC-011", d);
        for (Element section : sections(d, "OperatingSystemSection")) {
            String id = d.attr(section, "id").orElse("");
            if (!isUnsignedShort(id)) {
                f.at(section, id.isEmpty() ? "no ovf:id" : "ovf:id=\"" + id + "\"",
                        "a required CIM_OperatingSystem.OSType value (xs:unsignedShort)");
            }
        }
        return f.list();
    }

    /**
     * OVF-SEC-004: ResourceAllocationSection appears only directly in a VirtualSystemCollection, and what it holds
     * besides Info are Items (1.x; 2.x also EthernetPortItem and StorageItem).
     */
    static List<Violation> resourceAllocationInCollections(OvfDescriptor d) {
        Findings f = new Findings("OVF-SEC-004", d);
        Set<String> held = Set.of("Info", "Item", "EthernetPortItem", "StorageItem");
        for (Element section : sections(d, "ResourceAllocationSection")) {
            if (!parentIs(d, section, "VirtualSystemCollection")) {
                f.at(section, "ResourceAllocationSection in " + parentKind(d, section), "ResourceAllocationSection only in a "
                        + "VirtualSystemCollection");
            }
            for (Element child : d.ovfChildren(section)) {
                if (!held.contains(d.kind(child))) {
                    f.at(child, d.kind(child) + " in ResourceAllocationSection", "Info, then Items");
                }
            }
        }
        return f.list();
    }

    /**
     * OVF-SEC-007: the start/stop attributes of StartupSection Items have their schema types: startAction powerOn
     * or none, stopAction powerOff, guestShutdown or none, waitingForGuest a boolean, and startDelay, stopDelay
     * and order unsignedShorts.
     */
    static List<Violation> startupItemAttributes(OvfDescriptor d) {
        Findings f = new Findings("OVF-SEC-007", d);
        Map<String, Set<String>> actions = Map.of("startAction", Set.of("powerOn", "none"),
                "stopAction", Set.of("powerOff", "guestShutdown", "none"));
        for (Element item : startupItemElements(d)) {
            actions.forEach((name, allowed) -> d.attr(item, name).filter(v -> !allowed.contains(v.trim()))
                    .ifPresent(v -> f.at(item, "ovf:" + name + "=\"" + v + "\"", "one of " + new TreeSet<>(allowed))));
            d.attr(item, "waitingForGuest").filter(v -> !BOOLEANS.contains(v.trim())).ifPresent(v ->
                    f.at(item, "ovf:waitingForGuest=\"" + v + "\"", "an xs:boolean (true or false)"));
            for (String name : List.of("startDelay", "stopDelay", "order")) {
                d.attr(item, name).filter(v -> !isUnsignedShort(v)).ifPresent(v ->
                        f.at(item, "ovf:" + name + "=\"" + v + "\"", "an xs:unsignedShort (0..65535)"));
            }
        }
        return f.list();
    }

    /**
     * OVF-SEC-012: InstallSection sits in a VirtualSystem, and its ovf:initialBootStopDelay (seconds) is a
     * non-negative integer; the OVF 2 schema makes the attribute a required xs:unsignedShort.
     */
    static List<Violation> installSections(OvfDescriptor d) {
        Findings f = new Findings("OVF-SEC-012", d);
        for (Element section : sections(d, "InstallSection")) {
            if (!parentIs(d, section, "VirtualSystem")) {
                f.at(section, "InstallSection in " + parentKind(d, section), "InstallSection only in a VirtualSystem");
            }
            Optional<String> delay = d.attr(section, "initialBootStopDelay");
            boolean v2 = d.version() == OvfVersion.V2;
            if (delay.isPresent() && !(v2 ? isUnsignedShort(delay.get()) : isNonNegativeInt(delay.get()))) {
                f.at(section, "ovf:initialBootStopDelay=\"" + delay.get() + "\"", v2
                        ? "an xs:unsignedShort number of seconds (0..65535)" : "a non-negative number of seconds");
            } else if (delay.isEmpty() && v2) {
                f.at(section, "no ovf:initialBootStopDelay", "ovf:initialBootStopDelay (required by the OVF 2 schema)");
            }
        }
        return f.list();
    }

    private static boolean parentIs(OvfDescriptor d, Element element, String kind) {
        return element.getParentNode() instanceof Element parent && d.isKind(parent, kind);
    }

    private static String parentKind(OvfDescriptor d, Element element) {
        return element.getParentNode() instanceof Element parent ? d.kind(parent) : "the document";
    }

    /** An xs:int that is not negative. */
    private static boolean isNonNegativeInt(String text) {
        String value = text.trim();
        return value.matches("\\+?\\d{1,10}") && Long.parseLong(value.replace("+", "")) <= Integer.MAX_VALUE;
    }

    static final Set<String> BOOLEANS = Set.of("true", "false", "1", "0");

    static boolean isUnsignedShort(String text) {
        return text.trim().matches("\\d{1,5}") && Integer.parseInt(text.trim()) <= 65535;
    }
}
