package org.vcmtck.assertions.ovf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/** Rules on the sections OVF 2 adds: boot devices, scale-out, placement groups, encryption (DSP8023 2.x). */
final class Ovf2SectionRules {

    static final String BOOTC = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_BootConfigSetting";
    static final String XENC = "http://www.w3.org/2001/04/xmlenc#";
    static final String XENC11 = "http://www.w3.org/2009/xmlenc11#";

    private Ovf2SectionRules() {
    }

    static List<Element> placementSections(OvfDescriptor d) {
        List<Element> sections = new ArrayList<>(SectionRules.sections(d, "PlacementGroupSection"));
        sections.addAll(SectionRules.sections(d, "PlacementSection"));
        return sections;
    }

    /** OVF-V2-001: a BootDeviceSection holds exactly one bootc:CIM_BootConfigSetting. */
    static List<Violation> bootDeviceSections(OvfDescriptor d) {
        Findings f = new Findings("OVF-V2-001", d);
        for (Element section : SectionRules.sections(d, "BootDeviceSection")) {
            int settings = 0;
            // the schema has no extension point here: Info, then the one boot configuration
            for (Element child : OvfDescriptor.children(section)) {
                if (BOOTC.equals(child.getNamespaceURI()) && child.getLocalName().equals("CIM_BootConfigSetting")) {
                    settings++;
                } else if (!(d.isOvf(child) && d.kind(child).equals("Info"))) {
                    f.at(child, "<" + child.getNodeName() + "> in " + namespaceName(child),
                            "only Info and bootc:CIM_BootConfigSetting (" + BOOTC + ")");
                }
            }
            if (settings != 1) {
                f.at(section, settings + " bootc:CIM_BootConfigSetting elements",
                        "exactly one bootc:CIM_BootConfigSetting");
            }
        }
        return f.list();
    }

    private static String namespaceName(Element element) {
        return element.getNamespaceURI() == null ? "no namespace" : element.getNamespaceURI();
    }

    /**
     * OVF-V2-002: a ScaleOutSection's ovf:id names a child of its collection, and it has at least one
     * InstanceCount with ovf:default, where minimum (default 1) &lt;= default &lt;= maximum (when given).
     */
    static List<Violation> scaleOutSections(OvfDescriptor d) {
        Findings f = new Findings("OVF-V2-002", d);
        for (Element section : SectionRules.sections(d, "ScaleOutSection")) {
            Set<String> children = new HashSet<>();
            if (section.getParentNode() instanceof Element parent && d.isKind(parent, "VirtualSystemCollection")) {
                d.ovfChildren(parent).stream().filter(d::isContent)
                        .forEach(child -> d.attr(child, "id").ifPresent(children::add));
            }
            String id = d.attr(section, "id").orElse("");
            if (!children.contains(id)) {
                f.at(section, id.isEmpty() ? "no ovf:id" : "ovf:id \"" + id + "\" naming no child of the collection",
                        "ovf:id naming a direct child of the VirtualSystemCollection holding the section");
            }
            List<Element> counts = d.childrenOfKind(section, "InstanceCount");
            if (counts.isEmpty()) {
                f.at(section, "no InstanceCount", "at least one InstanceCount");
            }
            counts.forEach(count -> instanceCount(d, count, f));
        }
        return f.list();
    }

    private static void instanceCount(OvfDescriptor d, Element count, Findings f) {
        Optional<String> defaultText = d.attr(count, "default");
        if (defaultText.isEmpty()) {
            f.at(count, "no ovf:default", "a required ovf:default instance count");
            return;
        }
        Optional<BigInteger> def = number(d, count, "default", f);
        Optional<BigInteger> min = d.attr(count, "minimum").isPresent() ? number(d, count, "minimum", f)
                : Optional.of(BigInteger.ONE);
        Optional<BigInteger> max = d.attr(count, "maximum").isPresent() ? number(d, count, "maximum", f)
                : Optional.empty();
        if (def.isEmpty()) {
            return;
        }
        if (min.isPresent() && def.get().compareTo(min.get()) < 0) {
            f.at(count, "default " + def.get() + " below minimum " + min.get(), "minimum <= default <= maximum");
        }
        if (max.isPresent() && def.get().compareTo(max.get()) > 0) {
            f.at(count, "default " + def.get() + " above maximum " + max.get(), "minimum <= default <= maximum");
        }
    }

    private static Optional<BigInteger> number(OvfDescriptor d, Element element, String name, Findings f) {
        String text = d.attr(element, name).orElse("").trim();
        if (!text.matches("\\+?\\d{1,18}")) {
            f.at(element, "ovf:" + name + "=\"" + text + "\"", "a non-negative integer instance count");
            return Optional.empty();
        }
        return Optional.of(new BigInteger(text.replace("+", "")));
    }

    /**
     * OVF-V2-003: a PlacementGroupSection has ovf:id and ovf:policy, and every PlacementSection/@ovf:group names a
     * declared group. Policy values are not judged: which names the standard defines is not confirmed.
     */
    static List<Violation> placementGroups(OvfDescriptor d) {
        Findings f = new Findings("OVF-V2-003", d);
        Set<String> groups = new HashSet<>();
        for (Element group : SectionRules.sections(d, "PlacementGroupSection")) {
            for (String name : List.of("id", "policy")) {
                Optional<String> value = d.attr(group, name).filter(v -> !v.isBlank());
                if (value.isEmpty()) {
                    f.at(group, "no ovf:" + name, "required ovf:id and ovf:policy on PlacementGroupSection");
                } else if (name.equals("id")) {
                    groups.add(value.get());
                }
            }
        }
        for (Element placement : SectionRules.sections(d, "PlacementSection")) {
            String group = d.attr(placement, "group").orElse("");
            if (!groups.contains(group)) {
                f.at(placement, group.isEmpty() ? "no ovf:group" : "ovf:group \"" + group + "\" naming no group",
                        "ovf:group naming the ovf:id of a PlacementGroupSection");
            }
        }
        return f.list();
    }

    /**
     * OVF-V2-004: an EncryptionSection lists one or more xenc11:DerivedKey and/or xenc:EncryptedKey entries, and
     * nothing else after Info (DSP8023 2.0.1 gives the section no extension point).
     */
    static List<Violation> encryptionSections(OvfDescriptor d) {
        Findings f = new Findings("OVF-V2-004", d);
        for (Element section : SectionRules.sections(d, "EncryptionSection")) {
            int entries = 0;
            for (Element child : OvfDescriptor.children(section)) {
                String ns = child.getNamespaceURI();
                String name = child.getLocalName();
                boolean derivedKey = XENC11.equals(ns) && name.equals("DerivedKey");
                boolean encryptedKey = XENC.equals(ns) && name.equals("EncryptedKey");
                if (derivedKey || encryptedKey) {
                    entries++;
                } else if (!(d.isOvf(child) && d.kind(child).equals("Info"))) {
                    f.at(child, "<" + child.getNodeName() + "> in " + namespaceName(child),
                            "xenc11:DerivedKey or xenc:EncryptedKey entries");
                }
            }
            if (entries == 0) {
                f.at(section, "no xenc11:DerivedKey or xenc:EncryptedKey", "at least one key entry");
            }
        }
        return f.list();
    }
}
