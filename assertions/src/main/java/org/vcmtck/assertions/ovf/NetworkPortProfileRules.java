package org.vcmtck.assertions.ovf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** OVF 2 port profiles of a Network: QoS and VLAN settings as Ethernet port allocation settings (DSP8023). */
final class NetworkPortProfileRules {

    private NetworkPortProfileRules() {
    }

    /** NetworkPortProfile and NetworkPortProfileURI children of the Networks. */
    static List<Element> portProfiles(OvfDescriptor d) {
        List<Element> found = new ArrayList<>();
        for (Element network : DiskAndNetworkRules.networks(d)) {
            found.addAll(d.childrenOfKind(network, "NetworkPortProfile"));
            found.addAll(d.childrenOfKind(network, "NetworkPortProfileURI"));
        }
        return found;
    }

    /**
     * OVF-NET-004: a NetworkPortProfile holds Items whose settings are in the epasd namespace (a profile of
     * nothing describes no port); a NetworkPortProfileURI is an absolute URI.
     */
    static List<Violation> portProfilesAreWellFormed(OvfDescriptor d) {
        Findings f = new Findings("OVF-NET-004", d);
        for (Element profile : portProfiles(d)) {
            if (d.kind(profile).equals("NetworkPortProfileURI")) {
                checkUri(f, profile);
                continue;
            }
            List<Element> items = d.childrenOfKind(profile, "Item");
            if (items.isEmpty()) {
                f.at(profile, "a NetworkPortProfile without Item", "one or more epasd Items describing the port");
            }
            for (Element item : items) {
                for (Element setting : OvfDescriptor.children(item)) {
                    if (!HardwareSectionRules.EPASD.equals(setting.getNamespaceURI())) {
                        f.at(setting, setting.getLocalName() + " in namespace " + setting.getNamespaceURI(),
                                "port profile settings in the epasd namespace " + HardwareSectionRules.EPASD);
                    }
                }
            }
        }
        return f.list();
    }

    private static void checkUri(Findings f, Element element) {
        String value = OvfDescriptor.text(element);
        try {
            if (new URI(value).isAbsolute()) {
                return;
            }
        } catch (URISyntaxException e) {
            // falls through to the finding: the value is not a URI at all
        }
        f.at(element, "NetworkPortProfileURI \"" + value + "\"", "an absolute URI");
    }
}
