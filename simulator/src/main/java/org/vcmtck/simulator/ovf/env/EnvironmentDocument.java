package org.vcmtck.simulator.ovf.env;

import org.vcmtck.simulator.ovf.deploy.PropertyValues;
import org.vcmtck.simulator.ovf.descriptor.ContentEntity;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.ProductProperty;
import org.vcmtck.simulator.ovf.descriptor.ProductSection;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemEntity;
import org.vcmtck.simulator.ovf.xml.XmlWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The OVF environment document (DSP8027, {@code ovf-env.xml}) the reference hands to each deployed
 * VirtualSystem: root {@code Environment} with {@code oe:id} = the system's ovf:id (OVF-OENV-001), a
 * PlatformSection (OVF-OENV-002), a PropertySection holding every property of the system's ProductSections under
 * its full identifier (OVF-OENV-003, OVF-PROD-004), one {@code Entity} per sibling in the enclosing collection
 * (OVF-OENV-004) and, when the package has a DeploymentOptionSection, the configuration in effect in a vendor
 * element (OVF-SEC-010; the environment schema allows foreign elements, and DSP8027 names no standard place).
 *
 * <p>A property's value is its descriptor default, replaced by its {@code Value} for the configuration in effect
 * (OVF-PROD-013), replaced by the deployer's value when the property is user-configurable. Password properties
 * are included: the guest is who they are for. Output is deterministic.
 */
public final class EnvironmentDocument {
    public static final String NAMESPACE = "http://schemas.dmtf.org/ovf/environment/1";
    public static final String VENDOR_NAMESPACE = "urn:vcmtck:ovf-env:1";
    /** The file name of the document on every medium. */
    public static final String FILE_NAME = "ovf-env.xml";

    private final OvfDescriptor descriptor;
    private final String configuration;
    private final Map<String, String> userValues;
    private final Platform platform;

    /**
     * @param configuration the DeploymentOptionSection configuration in effect, null when there is none
     * @param userValues    the deployer's property values by full identifier (already validated by the deploy)
     */
    public EnvironmentDocument(OvfDescriptor descriptor, String configuration, Map<String, String> userValues,
                               Platform platform) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.configuration = configuration;
        this.userValues = Map.copyOf(userValues);
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** The effective property values of entity {@code e}, by full identifier, in document order. */
    public Map<String, String> properties(ContentEntity e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ProductSection section : e.productSections()) {
            for (ProductProperty p : section.properties()) {
                String key = PropertyValues.identifier(section, p);
                String value = p.valueFor(configuration);
                if (value == null) {
                    value = "";
                }
                if (p.userConfigurable() && userValues.containsKey(key)) {
                    value = userValues.get(key);
                }
                out.put(key, value);
            }
        }
        return out;
    }

    /**
     * The document for the VirtualSystem whose ovf:id is {@code entityId}.
     *
     * @throws IllegalArgumentException the descriptor has no VirtualSystem with that id
     */
    public String xml(String entityId) {
        VirtualSystemEntity vs = descriptor.virtualSystems().stream().filter(v -> v.id().equals(entityId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the descriptor has no VirtualSystem '"
                        + entityId + "' (it has " + descriptor.virtualSystems().stream()
                        .map(VirtualSystemEntity::id).toList() + ")"));
        XmlWriter w = new XmlWriter();
        w.start("Environment", "xmlns", NAMESPACE, "xmlns:oe", NAMESPACE, "oe:id", vs.id());
        w.start("PlatformSection");
        w.textElement("Kind", platform.kind());
        w.textElement("Version", platform.version());
        w.textElement("Vendor", platform.vendor());
        w.textElement("Locale", platform.locale());
        w.textElement("Timezone", Integer.toString(platform.timezone()));
        w.end();
        propertySection(w, properties(vs));
        for (ContentEntity sibling : siblings(vs)) {
            w.start("Entity", "oe:id", sibling.id());
            propertySection(w, properties(sibling));
            w.end();
        }
        if (configuration != null && !descriptor.configurations().isEmpty()) {
            w.empty("vcmtck:DeploymentOption", "xmlns:vcmtck", VENDOR_NAMESPACE, "id", configuration);
        }
        w.end();
        return w.toXml();
    }

    private static void propertySection(XmlWriter w, Map<String, String> properties) {
        if (properties.isEmpty()) {
            return;
        }
        w.start("PropertySection");
        properties.forEach((k, v) -> w.empty("Property", "oe:key", k, "oe:value", v));
        w.end();
    }

    /** The other children of the collection directly enclosing {@code vs}; none when it is the content itself. */
    private List<ContentEntity> siblings(VirtualSystemEntity vs) {
        VirtualSystemCollectionEntity parent = parentOf(descriptor.content(), vs);
        List<ContentEntity> out = new ArrayList<>();
        if (parent != null) {
            for (ContentEntity c : parent.children()) {
                if (c != vs) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static VirtualSystemCollectionEntity parentOf(ContentEntity at, VirtualSystemEntity vs) {
        if (at instanceof VirtualSystemCollectionEntity vsc) {
            for (ContentEntity c : vsc.children()) {
                if (c == vs) {
                    return vsc;
                }
                VirtualSystemCollectionEntity found = parentOf(c, vs);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
