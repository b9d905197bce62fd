package org.vcmtck.simulator.ovf.deploy;

import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.cpu;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.memoryMb;

/** OVF 2.x descriptors with appliance metadata, for the deploy → export → read-back tests. */
final class AppliancePackages {
    static final String NS2 = "http://schemas.dmtf.org/ovf/envelope/2";
    static final String BOOTC = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_BootConfigSetting";

    private AppliancePackages() {
    }

    /** An OVF 2.0 envelope: sections after References, the content, then trailing Strings bundles. */
    static String envelope2(String sections, String content, String strings) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + NS2 + "\" xmlns:ovf=\"" + NS2 + "\""
                + " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\""
                + " xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\""
                + " xmlns:bootc=\"" + BOOTC + "\" xmlns:x=\"urn:example:vendor\">\n"
                + "<References/>\n" + sections + "\n" + content + "\n" + strings + "\n</Envelope>\n";
    }

    static final String OPTIONS = "<DeploymentOptionSection><Info>sizes</Info>"
            + "<Configuration ovf:id=\"small\" ovf:default=\"true\"><Label>Small</Label>"
            + "<Description>one CPU</Description></Configuration>"
            + "<Configuration ovf:id=\"large\"><Label>Large</Label><Description>more memory</Description>"
            + "</Configuration></DeploymentOptionSection>";

    static final String APP_PRODUCT = "<ProductSection ovf:class=\"com.acme\">"
            + "<Info>the appliance</Info><Product>Acme Shop</Product><Vendor>Acme</Vendor><Version>2.1</Version>"
            + "<Category>Network</Category>"
            + "<Property ovf:key=\"ip\" ovf:type=\"string\" ovf:userConfigurable=\"true\" ovf:value=\"10.0.0.1\""
            + " ovf:qualifiers=\"MinLen(7)\"><Label>IP address</Label>"
            + "<Value ovf:value=\"10.0.0.9\" ovf:configuration=\"large\"/></Property>"
            + "<Category>Security</Category>"
            + "<Property ovf:key=\"admin\" ovf:type=\"string\" ovf:userConfigurable=\"true\" ovf:password=\"true\""
            + " ovf:value=\"changeme\"/>"
            + "<Property ovf:key=\"workers\" ovf:type=\"uint8\" ovf:value=\"2\">"
            + "<Value ovf:value=\"8\" ovf:configuration=\"large\"/></Property>"
            + "</ProductSection>";

    static final String EULA = "<EulaSection><Info>license</Info>"
            + "<License ovf:msgid=\"eula.text\">Use it kindly.</License></EulaSection>";

    static final String STARTUP = "<StartupSection><Info>order</Info>"
            + "<Item ovf:id=\"db\" ovf:order=\"1\" ovf:startDelay=\"30\" ovf:waitingForGuest=\"true\"/>"
            + "<Item ovf:id=\"web\" ovf:order=\"2\" ovf:stopAction=\"guestShutdown\"/></StartupSection>";

    static final String SCALE_WEB = "<ScaleOutSection ovf:id=\"web\"><Info>web tier</Info>"
            + "<InstanceCount ovf:default=\"2\" ovf:minimum=\"1\" ovf:maximum=\"4\"/></ScaleOutSection>";

    static final String BOOT = "<BootDeviceSection><Info>boot order</Info><bootc:CIM_BootConfigSetting>"
            + "<bootc:ElementName>cd then disk</bootc:ElementName><bootc:InstanceID>boot-1</bootc:InstanceID>"
            + "</bootc:CIM_BootConfigSetting></BootDeviceSection>";

    static final String STRINGS = "<Strings xml:lang=\"de-DE\"><Msg ovf:msgid=\"eula.text\">Freundlich nutzen.</Msg>"
            + "</Strings>";

    /** A VirtualSystem with sections before and after its hardware. */
    static String vs(String id, String name, String before, String hardwareAttributes, String after,
                     String... items) {
        StringBuilder b = new StringBuilder("<VirtualSystem ovf:id=\"" + id + "\"><Info>vs " + id + "</Info><Name>"
                + name + "</Name>" + before + "<VirtualHardwareSection" + hardwareAttributes + "><Info>hw</Info>");
        for (String item : items) {
            b.append(item);
        }
        return b.append("</VirtualHardwareSection>").append(after).append("</VirtualSystem>").toString();
    }

    /** The rich package: a collection "shop" of a database and a scaled-out web tier, every kind of metadata. */
    static String shop() {
        String db = vs("db", "Database",
                "<AnnotationSection><Info>note</Info><Annotation>keeps the orders</Annotation></AnnotationSection>"
                        + "<ProductSection><Info>db product</Info><Product>AcmeDB</Product>"
                        + "<Property ovf:key=\"port\" ovf:type=\"uint16\" ovf:value=\"5432\"/></ProductSection>"
                        + "<OperatingSystemSection ovf:id=\"94\" ovf:version=\"22.04\"><Info>os</Info>"
                        + "<Description>Ubuntu 64-bit</Description></OperatingSystemSection>"
                        + "<InstallSection ovf:initialBootStopDelay=\"300\"><Info>install once</Info>"
                        + "</InstallSection>",
                " ovf:transport=\"iso\"",
                "<EnvironmentFilesSection><Info>files</Info><File ovf:fileRef=\"seed\" ovf:path=\"seed.json\"/>"
                        + "</EnvironmentFilesSection>" + BOOT,
                cpu(1, 1), memoryMb("", 2, 512), memoryMb("ovf:configuration=\"large\"", 2, 2048));
        String web = vs("web", "Web", "", "", "", cpu(1, 2), memoryMb("", 2, 256));
        String content = "<VirtualSystemCollection ovf:id=\"shop\"><Info>the shop</Info><Name>Shop</Name>"
                + APP_PRODUCT + EULA + STARTUP + SCALE_WEB + db + web + "</VirtualSystemCollection>";
        return envelope2(OPTIONS, content, STRINGS);
    }
}
