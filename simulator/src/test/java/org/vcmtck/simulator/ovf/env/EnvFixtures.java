package org.vcmtck.simulator.ovf.env;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.deploy.DeployRequest;
import org.vcmtck.simulator.ovf.deploy.DeployResult;
import org.vcmtck.simulator.ovf.deploy.OvfDeployException;
import org.vcmtck.simulator.ovf.deploy.OvfDeployer;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Packages with ProductSections and transports, deployed for real, and a DOM view of environment documents. */
final class EnvFixtures {
    static final String NS = "http://schemas.dmtf.org/ovf/envelope/1";
    static final String OE = EnvironmentDocument.NAMESPACE;
    private static final long GIB = 1L << 30;

    private EnvFixtures() {
    }

    static String envelope(String references, String sections, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + NS + "\" xmlns:ovf=\"" + NS + "\""
                + " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/"
                + "CIM_ResourceAllocationSettingData\">\n"
                + "<References>" + references + "</References>\n" + sections + "\n" + content + "\n</Envelope>\n";
    }

    /** A VirtualSystem with the given sections and a 1-CPU/512 MiB VirtualHardwareSection with these transports. */
    static String system(String id, String transport, String sections) {
        return "<VirtualSystem ovf:id=\"" + id + "\"><Info>vs</Info>" + sections
                + "<VirtualHardwareSection" + (transport == null ? "" : " ovf:transport=\"" + transport + "\"")
                + "><Info>hw</Info>"
                + "<Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>"
                + "<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>"
                + "<Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>mem"
                + "</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType>"
                + "<rasd:VirtualQuantity>512</rasd:VirtualQuantity></Item>"
                + "</VirtualHardwareSection></VirtualSystem>";
    }

    static String product(String classAndInstance, String... properties) {
        return "<ProductSection" + classAndInstance + "><Info>product</Info>" + String.join("", properties)
                + "</ProductSection>";
    }

    static String configurations(String... ids) {
        StringBuilder b = new StringBuilder("<DeploymentOptionSection><Info>sizes</Info>");
        for (int i = 0; i < ids.length; i++) {
            b.append("<Configuration ovf:id=\"").append(ids[i]).append('"')
                    .append(i == 0 ? " ovf:default=\"true\"" : "")
                    .append("><Label>").append(ids[i]).append("</Label><Description>d</Description></Configuration>");
        }
        return b.append("</DeploymentOptionSection>").toString();
    }

    /** Writes the descriptor (and extra members) as a directory package and reads it. */
    static OvfPackage write(Path folder, String descriptor, Map<String, byte[]> members) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("package.ovf"), descriptor, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> m : members.entrySet()) {
            Files.write(folder.resolve(m.getKey()), m.getValue());
        }
        try {
            OvfPackage pkg = new OvfPackageReader().readDirectory(folder);
            if (pkg.hasErrors()) {
                throw new AssertionError("test package has errors: " + pkg.errors());
            }
            return pkg;
        } catch (OvfPackageException e) {
            throw new AssertionError("unreadable test package: " + e.finding(), e);
        }
    }

    static DeployResult deploy(OvfPackage pkg, DeployRequest request) throws OvfDeployException {
        Datacenter dc = new Datacenter(3);
        dc.addHost(new HostSpec("host-a", 16, 64 * GIB, List.of(new StorageVolume("vol0", 1024 * GIB)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:01", 1_000_000_000L))));
        return new OvfDeployer(dc).deploy(pkg, request);
    }

    static Document dom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The oe:key → oe:value pairs of the PropertySection directly under {@code parent}. */
    static Map<String, String> properties(Element parent) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element section : children(parent, OE, "PropertySection")) {
            for (Element p : children(section, OE, "Property")) {
                out.put(p.getAttributeNS(OE, "key"), p.getAttributeNS(OE, "value"));
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new java.util.ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ns.equals(e.getNamespaceURI())
                    && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
