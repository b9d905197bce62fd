package org.vcmtck.assertions.ovf.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The ovf2-sections package says what its scenario relies on: the OVF 2 sections sit where the envelope schema
 * and the section table put them, and their references (prototype, group, shared disk) resolve. Read with a
 * plain namespace-aware DOM, independently of the producer rules.
 */
public class Ovf2SectionsPackageTest {

    private static final String OVF = "http://schemas.dmtf.org/ovf/envelope/2";
    private static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/"
            + "CIM_ResourceAllocationSettingData";

    private Element envelope;
    private Element collection;

    @BeforeClass
    public void parseDescriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(ValidPackages.ovf2SectionsDraft().resolvedDescriptor()));
        envelope = document.getDocumentElement();
        collection = only(children(envelope, OVF, "VirtualSystemCollection"));
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element only(List<Element> elements) {
        assertThat(elements).hasSize(1);
        return elements.get(0);
    }

    private static String ovf(Element e, String name) {
        return e.getAttributeNS(OVF, name);
    }

    private List<Element> systems() {
        return children(collection, OVF, "VirtualSystem");
    }

    private Element system(String id) {
        return systems().stream().filter(vs -> ovf(vs, "id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no VirtualSystem " + id));
    }

    @Test
    public void theScaleOutSectionNamesAVirtualSystemChildWithACountOfTwoWithinOneToThree() {
        Element scaleOut = only(children(collection, OVF, "ScaleOutSection"));
        assertThat(systems()).extracting(vs -> ovf(vs, "id")).contains(ovf(scaleOut, "id"));
        Element count = only(children(scaleOut, OVF, "InstanceCount"));
        assertThat(ovf(count, "default")).isEqualTo("2");
        assertThat(ovf(count, "minimum")).isEqualTo("1");
        assertThat(ovf(count, "maximum")).isEqualTo("3");
    }

    @Test
    public void exactlyTwoSystemsJoinTheAvailabilityGroupTheEnvelopeDeclares() {
        Element group = only(children(envelope, OVF, "PlacementGroupSection"));
        assertThat(ovf(group, "policy")).isEqualTo("availability");
        List<String> members = new ArrayList<>();
        for (Element vs : systems()) {
            for (Element placement : children(vs, OVF, "PlacementSection")) {
                assertThat(ovf(placement, "group")).isEqualTo(ovf(group, "id"));
                members.add(ovf(vs, "id"));
            }
        }
        assertThat(members).containsExactly("ovf2-front-1", "ovf2-front-2");
    }

    @Test
    public void theSharedDiskIsAttachedByTwoSystemsAndNamedInNoDiskSection() {
        Element shared = only(children(only(children(envelope, OVF, "SharedDiskSection")), OVF, "SharedDisk"));
        String diskId = ovf(shared, "diskId");
        String hostResource = "ovf:/disk/" + diskId;
        List<String> users = new ArrayList<>();
        for (Element vs : systems()) {
            NodeList resources = vs.getElementsByTagNameNS(RASD, "HostResource");
            for (int i = 0; i < resources.getLength(); i++) {
                if (resources.item(i).getTextContent().trim().equals(hostResource)) {
                    users.add(ovf(vs, "id"));
                }
            }
        }
        assertThat(users).containsExactly("ovf2-front-1", "ovf2-front-2");
        for (Element disk : children(only(children(envelope, OVF, "DiskSection")), OVF, "Disk")) {
            assertThat(ovf(disk, "diskId")).isNotEqualTo(diskId);
        }
    }

    @Test
    public void oneSystemHasABootOrderOfCdRomThenHardDisk() {
        List<String> withBootOrder = new ArrayList<>();
        for (Element vs : systems()) {
            if (!children(vs, OVF, "BootDeviceSection").isEmpty()) {
                withBootOrder.add(ovf(vs, "id"));
            }
        }
        assertThat(withBootOrder).containsExactly("ovf2-front-1");
        Element boot = only(children(system("ovf2-front-1"), OVF, "BootDeviceSection"));
        Element config = only(children(boot, Ovf2Descriptors.BOOT_CONFIG_NAMESPACE, "CIM_BootConfigSetting"));
        List<String> order = children(config, Ovf2Descriptors.BOOT_SOURCE_NAMESPACE, "CIM_BootSourceSetting")
                .stream().map(source -> only(children(source, Ovf2Descriptors.BOOT_SOURCE_NAMESPACE,
                        "StructuredBootString")).getTextContent().trim()).toList();
        assertThat(order).containsExactly("CIM:CD/DVD:1", "CIM:Hard-Disk:1");
    }

    @Test
    public void theEncryptionSectionIsOptionalAndCarriesOneEncryptedKey() {
        Element encryption = only(children(envelope, OVF, "EncryptionSection"));
        assertThat(ovf(encryption, "required")).isEqualTo("false");
        assertThat(children(encryption, Ovf2Descriptors.XML_ENCRYPTION_NAMESPACE, "EncryptedKey")).hasSize(1);
    }
}
