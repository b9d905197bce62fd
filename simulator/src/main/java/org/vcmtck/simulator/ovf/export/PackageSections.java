package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.descriptor.XmlFragments;
import org.vcmtck.simulator.ovf.xml.XmlElement;
import org.vcmtck.simulator.ovf.xml.XmlWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Envelope-level metadata of the deployed packages an export covers: DeploymentOptionSection, placement
 * groups, optional unknown sections (OVF-EXT-005) and the internal Strings bundles (OVF-I18N-002).
 *
 * <p>Several packages in one export share one Envelope: their configurations are merged by id (the default is
 * the configuration the first package was deployed with, since the exported hardware is that configuration's),
 * placement groups by id, internal message bundles by language and msgid (first wins); external bundles are
 * written as they were, with the File id the export gave their file. An OVF 1.x export leaves out the
 * sections only OVF 2.x defines, which a 1.x envelope cannot carry.
 */
final class PackageSections {
    private static final Set<String> V2_ONLY = Set.of("EnvironmentFilesSection", "BootDeviceSection",
            "SharedDiskSection", "ScaleOutSection", "PlacementGroupSection", "PlacementSection", "EncryptionSection");

    private final OvfVersion version;
    private final List<Appliance> appliances;
    private final Function<Appliance, Map<String, String>> fileIds;

    /** {@code fileIds}: per appliance, its File ids to those the export wrote (absent: not written). */
    PackageSections(OvfVersion version, List<Appliance> appliances,
                    Function<Appliance, Map<String, String>> fileIds) {
        this.version = version;
        this.appliances = List.copyOf(appliances);
        this.fileIds = fileIds;
    }

    /** Whether a section in the export's namespace can be written into a descriptor of {@code version}. */
    static boolean carries(OvfVersion version, XmlElement section) {
        return !(version == OvfVersion.V1_1 && section.namespace().equals(version.namespace())
                && V2_ONLY.contains(section.localName()));
    }

    void writeEnvelopeSections(XmlWriter x, FragmentEmitter emitter) {
        String ns = version.namespace();
        XmlElement options = null;
        Map<String, XmlElement> configurations = new LinkedHashMap<>();
        String defaultConfiguration = null;
        Map<String, XmlElement> groups = new LinkedHashMap<>();
        Set<String> others = new LinkedHashSet<>();
        List<XmlElement> otherElements = new ArrayList<>();
        for (Appliance a : appliances) {
            for (String fragment : a.envelopeSections()) {
                XmlElement e = SectionRewrites.forVersion(XmlFragments.renamespace(XmlFragments.parse(fragment),
                        a.ovfNamespace(), ns), version == OvfVersion.V2_0);
                if (!carries(version, e)) {
                    continue;
                }
                if (e.is(ns, "DeploymentOptionSection")) {
                    options = options == null ? e : options;
                    for (XmlElement c : e.children(ns, "Configuration")) {
                        configurations.putIfAbsent(c.attribute(ns, "id"), c);
                    }
                    if (defaultConfiguration == null) {
                        defaultConfiguration = a.configuration();
                    }
                } else if (e.is(ns, "PlacementGroupSection")) {
                    groups.putIfAbsent(e.attribute(ns, "id"), e);
                } else if (others.add(XmlFragments.toXml(e))) {
                    otherElements.add(e);
                }
            }
        }
        if (options != null) {
            List<XmlElement> children = new ArrayList<>();
            for (XmlElement c : options.children()) {
                if (!c.is(ns, "Configuration")) {
                    children.add(c);
                }
            }
            for (XmlElement c : configurations.values()) {
                boolean isDefault = c.attribute(ns, "id").equals(defaultConfiguration);
                children.add(isDefault ? SectionRewrites.withAttribute(c, ns, "default", "true")
                        : SectionRewrites.withoutAttribute(c, ns, "default"));
            }
            emitter.emit(x, SectionRewrites.withChildren(options, children));
        }
        groups.values().forEach(g -> emitter.emit(x, g));
        otherElements.forEach(e -> emitter.emit(x, e));
    }

    void writeStrings(XmlWriter x, FragmentEmitter emitter) {
        String ns = version.namespace();
        String xmlNs = "http://www.w3.org/XML/1998/namespace";
        Map<String, XmlElement> bundleByLang = new LinkedHashMap<>();
        Map<String, Map<String, XmlElement>> messages = new LinkedHashMap<>();
        List<XmlElement> external = new ArrayList<>();
        for (Appliance a : appliances) {
            for (String fragment : a.strings()) {
                XmlElement s = SectionRewrites.withFileIds(XmlFragments.renamespace(XmlFragments.parse(fragment),
                        a.ovfNamespace(), ns), fileIds.apply(a));
                if (s == null) {
                    continue;
                }
                if (s.attribute(ns, "fileRef") != null) {
                    // an external bundle is its file; merging it with another would change what the file says
                    external.add(s);
                    continue;
                }
                String lang = String.valueOf(s.attribute(xmlNs, "lang"));
                bundleByLang.putIfAbsent(lang, s);
                Map<String, XmlElement> msgs = messages.computeIfAbsent(lang, k -> new LinkedHashMap<>());
                for (XmlElement m : s.children(ns, "Msg")) {
                    msgs.putIfAbsent(m.attribute(ns, "msgid"), m);
                }
            }
        }
        for (Map.Entry<String, XmlElement> b : bundleByLang.entrySet()) {
            emitter.emit(x, SectionRewrites.withChildren(b.getValue(),
                    new ArrayList<>(messages.get(b.getKey()).values())));
        }
        external.forEach(s -> emitter.emit(x, s));
    }
}
