package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.descriptor.ContentEntity;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemEntity;
import org.vcmtck.simulator.ovf.xml.XmlElement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ScaleOutSection (OVF-V2-002): how many copies of each prototype child of a collection to deploy. The deployer
 * makes the InstanceCount's {@code default} copies (the InstanceCount of the configuration in effect, else the
 * one without ovf:configuration); minimum (default 1) <= default <= maximum must hold.
 */
final class ScaleOut {
    private ScaleOut() {
    }

    /** Copies per child id of {@code vsc}; children not named by a ScaleOutSection are absent (one copy). */
    static Map<String, Integer> counts(VirtualSystemCollectionEntity vsc, String configuration,
                                       List<OvfFinding> warnings) throws OvfDeployException {
        Map<String, Integer> out = new HashMap<>();
        for (XmlElement section : vsc.sections("ScaleOutSection")) {
            String ns = section.namespace();
            boolean required = !isFalse(section.attribute(ns, "required"));
            String prototype = section.attribute(ns, "id");
            ContentEntity child = vsc.children().stream().filter(c -> c.id().equals(prototype)).findFirst()
                    .orElse(null);
            String problem = null;
            if (child == null) {
                problem = "names '" + prototype + "', which is not a direct child of collection " + vsc.id();
            } else if (!(child instanceof VirtualSystemEntity)) {
                problem = "names collection '" + prototype + "'; the reference replicates VirtualSystems only";
            }
            if (problem != null) {
                if (required) {
                    throw OvfDeployException.refused("OVF-V2-002", "", "ScaleOutSection " + problem);
                }
                warnings.add(OvfFinding.warning("OVF-V2-002", "", "optional ScaleOutSection ignored: " + problem));
                continue;
            }
            XmlElement count = instanceCount(section, configuration);
            if (count == null) {
                throw OvfDeployException.refused("OVF-V2-002", "", "ScaleOutSection of '" + prototype
                        + "' has no InstanceCount for configuration " + configuration);
            }
            long dflt = number(count, ns, "default", -1, prototype);
            long min = number(count, ns, "minimum", 1, prototype);
            long max = number(count, ns, "maximum", Long.MAX_VALUE, prototype);
            if (dflt < min || dflt > max || dflt < 1) {
                throw OvfDeployException.refused("OVF-V2-002", "", "ScaleOutSection of '" + prototype
                        + "': InstanceCount default " + dflt + " is not within minimum " + min + " and maximum "
                        + (max == Long.MAX_VALUE ? "unbounded" : max) + (dflt < 1 ? " (at least one copy)" : ""));
            }
            if (dflt > 1000) {
                throw OvfDeployException.refused("OVF-V2-002", "", "ScaleOutSection of '" + prototype
                        + "': InstanceCount default " + dflt + " exceeds the reference's limit of 1000 copies");
            }
            out.put(prototype, (int) dflt);
        }
        return out;
    }

    private static XmlElement instanceCount(XmlElement section, String configuration) {
        XmlElement unconditioned = null;
        for (XmlElement c : section.children(section.namespace(), "InstanceCount")) {
            String listed = c.attribute(section.namespace(), "configuration");
            if (listed == null || listed.isBlank()) {
                unconditioned = unconditioned == null ? c : unconditioned;
            } else if (configuration != null && List.of(listed.trim().split("\\s+")).contains(configuration)) {
                return c;
            }
        }
        return unconditioned;
    }

    private static long number(XmlElement e, String ns, String name, long dflt, String prototype)
            throws OvfDeployException {
        String v = e.attribute(ns, name);
        if (v == null) {
            if (dflt < 0) {
                throw OvfDeployException.refused("OVF-V2-002", "", "ScaleOutSection of '" + prototype
                        + "': InstanceCount has no ovf:" + name);
            }
            return dflt;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0 || n > 4_294_967_295L) {
                throw new NumberFormatException("out of range");
            }
            return n;
        } catch (NumberFormatException ex) {
            throw OvfDeployException.refused("OVF-V2-002", "", "ScaleOutSection of '" + prototype
                    + "': InstanceCount " + name + " '" + v + "' is not an unsignedInt");
        }
    }

    static boolean isFalse(String v) {
        return v != null && (v.trim().equals("false") || v.trim().equals("0"));
    }
}
