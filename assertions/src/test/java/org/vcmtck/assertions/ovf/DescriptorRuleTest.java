package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.assertions.ovf.SampleDescriptors.goodV2With;
import static org.vcmtck.assertions.ovf.SampleDescriptors.goodWith;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;

/** Every descriptor rule passes on the conformant sample and fails on a sample broken in just that respect. */
public class DescriptorRuleTest {

    private static final String RASD_CPU = "<rasd:ElementName>1 vCPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>";

    /** One broken variant per rule: the good sample with a single edit. */
    private static final Map<DescriptorRule, String> BROKEN = new EnumMap<>(DescriptorRule.class);

    static {
        BROKEN.put(DescriptorRule.ENVELOPE_NAMESPACE, SampleDescriptors.GOOD
                .replace("http://schemas.dmtf.org/ovf/envelope/1", "http://www.vmware.com/schema/ovf/1/envelope"));
        BROKEN.put(DescriptorRule.REFERENCES_FIRST, goodWith("<References>", "<DiskSection><Info>x</Info></DiskSection><References>"));
        BROKEN.put(DescriptorRule.FILE_ATTRIBUTES, goodWith("ovf:href=\"tools.iso\" ovf:size=\"3\"", "ovf:size=\"-3\""));
        BROKEN.put(DescriptorRule.UNIQUE_FILE_IDS, goodWith("ovf:id=\"iso1\" ovf:href", "ovf:id=\"disk1\" ovf:href"));
        BROKEN.put(DescriptorRule.NO_DUPLICATE_HREFS, goodWith("ovf:href=\"tools.iso\"", "ovf:href=\"web-disk1.vmdk\""));
        BROKEN.put(DescriptorRule.COMPRESSION_VALUES, goodWith("ovf:href=\"tools.iso\"", "ovf:href=\"tools.iso\" ovf:compression=\"zip\""));
        BROKEN.put(DescriptorRule.ENVELOPE_CHILD_ORDER, goodWith("<Strings xml:lang=\"de-DE\" ovf:fileRef=\"bundle\"/>", "")
                .replace("<DiskSection>", "<Strings xml:lang=\"de-DE\" ovf:fileRef=\"bundle\"/><DiskSection>"));
        BROKEN.put(DescriptorRule.CONTENT_ID_AND_INFO, goodWith("<VirtualSystem ovf:id=\"db\">\n      <Info>Database</Info>",
                "<VirtualSystem ovf:id=\"db\">"));
        BROKEN.put(DescriptorRule.SIBLING_CONTENT_IDS, goodWith("<VirtualSystem ovf:id=\"db\">", "<VirtualSystem ovf:id=\"web\">"));
        BROKEN.put(DescriptorRule.CONTENT_IDS_UNIQUE, goodWith("<VirtualSystem ovf:id=\"db\">", "<VirtualSystem ovf:id=\"app\">"));
        BROKEN.put(DescriptorRule.NO_ABSTRACT_CONTENT, SampleDescriptors.GOOD
                .replace("<VirtualSystem ovf:id=\"db\">", "<Content xsi:type=\"ovf:VirtualSystem_Type\" ovf:id=\"db\">")
                .replace("</VirtualSystem>\n  </VirtualSystemCollection>", "</Content>\n  </VirtualSystemCollection>"));
        BROKEN.put(DescriptorRule.SECTIONS_START_WITH_INFO, goodWith("<Info>Networks</Info>", ""));
        BROKEN.put(DescriptorRule.SECTION_PLACEMENT, goodWith("<Info>Database</Info>",
                "<Info>Database</Info><NetworkSection><Info>misplaced</Info></NetworkSection>"));
        BROKEN.put(DescriptorRule.REQUIRED_IS_BOOLEAN, goodWith("ovf:required=\"false\"><rasd", "ovf:required=\"no\"><rasd"));
        BROKEN.put(DescriptorRule.VIRTUAL_SYSTEM_HAS_HARDWARE, SampleDescriptors.GOOD
                .replaceAll("(?s)(<Info>Database</Info>).*?</VirtualHardwareSection>", "$1"));
        BROKEN.put(DescriptorRule.HARDWARE_CHILD_ORDER, goodWith("<System>", "<Item><rasd:ElementName>x</rasd:ElementName>"
                + "<rasd:InstanceID>99</rasd:InstanceID><rasd:ResourceType>1</rasd:ResourceType></Item><System>"));
        BROKEN.put(DescriptorRule.ITEM_REQUIRED_ELEMENTS, goodWith("<rasd:ResourceType>3</rasd:ResourceType>", ""));
        BROKEN.put(DescriptorRule.ITEM_CHILD_ORDER, goodWith(RASD_CPU,
                "<rasd:InstanceID>1</rasd:InstanceID><rasd:ElementName>1 vCPU</rasd:ElementName>"));
        BROKEN.put(DescriptorRule.UNIQUE_INSTANCE_IDS, goodWith("<rasd:InstanceID>3</rasd:InstanceID>",
                "<rasd:InstanceID>1</rasd:InstanceID>"));
        BROKEN.put(DescriptorRule.PARENT_REFERENCES, goodWith("<rasd:Parent>3</rasd:Parent>", "<rasd:Parent>7</rasd:Parent>"));
        BROKEN.put(DescriptorRule.DISK_HOST_RESOURCES, goodWith("ovf:/disk/vmdisk1", "ovf:/disk/vmdisk9"));
        BROKEN.put(DescriptorRule.FILE_HOST_RESOURCES, goodWith("ovf:/file/iso1", "ovf:/file/iso9"));
        BROKEN.put(DescriptorRule.ETHERNET_CONNECTIONS, goodWith("<rasd:Connection>lan<", "<rasd:Connection>wan<"));
        BROKEN.put(DescriptorRule.ALLOCATION_UNITS, goodWith("<rasd:AllocationUnits>byte * 2^20<", "<rasd:AllocationUnits>MegaBytes<"));
        BROKEN.put(DescriptorRule.CONFIGURATION_IDS, goodWith("<Item ovf:configuration=\"large\">", "<Item ovf:configuration=\"huge\">"));
        BROKEN.put(DescriptorRule.RESOURCE_TYPES, goodWith("<rasd:ResourceType>3</rasd:ResourceType>",
                "<rasd:ResourceType>35</rasd:ResourceType>"));
        BROKEN.put(DescriptorRule.DISK_REQUIRED_ATTRIBUTES, goodWith("ovf:fileRef=\"disk1\" ovf:capacity=\"4\"", "ovf:fileRef=\"disk1\""));
        BROKEN.put(DescriptorRule.UNIQUE_DISK_IDS, goodWith("ovf:diskId=\"vmdisk2\"", "ovf:diskId=\"vmdisk1\""));
        BROKEN.put(DescriptorRule.DISK_CAPACITY, goodWith("ovf:capacity=\"4\"", "ovf:capacity=\"4GB\""));
        BROKEN.put(DescriptorRule.DISK_CAPACITY_UNITS, goodWith("ovf:capacityAllocationUnits=\"byte * 2^30\"",
                "ovf:capacityAllocationUnits=\"hertz * 10^6\""));
        BROKEN.put(DescriptorRule.DISK_FILE_REFS, goodWith("ovf:fileRef=\"disk1\"", "ovf:fileRef=\"disk7\""));
        BROKEN.put(DescriptorRule.DISK_PARENT_REFS, goodWith("ovf:parentRef=\"vmdisk1\"", "ovf:parentRef=\"vmdisk0\""));
        BROKEN.put(DescriptorRule.NETWORK_NAMES, goodWith("<Network ovf:name=\"lan\">", "<Network>"));
        BROKEN.put(DescriptorRule.UNIQUE_NETWORK_NAMES, goodWith("<Network ovf:name=\"lan\">",
                "<Network ovf:name=\"lan\"/><Network ovf:name=\"lan\">"));
        BROKEN.put(DescriptorRule.ICON_FILE_REFS, goodWith("<Product>Example</Product>",
                "<Product>Example</Product><Icon ovf:fileRef=\"logo\"/>"));
        BROKEN.put(DescriptorRule.UNIQUE_PRODUCT_CLASS_INSTANCE, goodWith("<Info>Database</Info>",
                "<Info>Database</Info><ProductSection><Info>a</Info></ProductSection><ProductSection><Info>b</Info></ProductSection>"));
        BROKEN.put(DescriptorRule.PROPERTY_KEY_AND_TYPE, goodWith("ovf:key=\"ip\" ovf:type=\"string\"", "ovf:key=\"ip\""));
        BROKEN.put(DescriptorRule.UNIQUE_PROPERTY_KEYS, goodWith("ovf:key=\"choice\"", "ovf:key=\"ip\""));
        BROKEN.put(DescriptorRule.PROPERTY_TYPES, goodWith("ovf:key=\"ip\" ovf:type=\"string\"", "ovf:key=\"ip\" ovf:type=\"int\""));
        BROKEN.put(DescriptorRule.PROPERTY_QUALIFIERS, goodWith("MinLen(7),MaxLen(15)", "MinLen 7"));
        BROKEN.put(DescriptorRule.PROPERTY_VALUES, goodWith("<Value ovf:value=\"4\"", "<Value ovf:value=\"300\""));
        BROKEN.put(DescriptorRule.VALUE_OVERRIDES, goodWith("<Value ovf:value=\"4\"", "<Value"));
        BROKEN.put(DescriptorRule.ONE_ANNOTATION, goodWith("<Annotation>Front end</Annotation>",
                "<Annotation>a</Annotation><Annotation>b</Annotation>"));
        BROKEN.put(DescriptorRule.ONE_LICENSE, goodWith("<License>Use freely</License>", ""));
        BROKEN.put(DescriptorRule.STARTUP_ITEMS, goodWith("<Item ovf:id=\"db\" ovf:order=\"1\"/>", "<Item ovf:id=\"cache\" ovf:order=\"1\"/>"));
        BROKEN.put(DescriptorRule.CONFIGURATIONS, goodWith("<Configuration ovf:id=\"small\" ovf:default=\"true\">",
                "<Configuration ovf:default=\"true\">"));
        BROKEN.put(DescriptorRule.OPERATING_SYSTEM_IDS, goodWith("<OperatingSystemSection ovf:id=\"101\">",
                "<OperatingSystemSection ovf:id=\"linux\">"));
        BROKEN.put(DescriptorRule.STRING_BUNDLES, goodWith("<Strings xml:lang=\"fr-FR\">", "<Strings>"));
        BROKEN.put(DescriptorRule.EXTERNAL_BUNDLES, goodWith("ovf:fileRef=\"bundle\"/>", "ovf:fileRef=\"bundel\"/>"));
        BROKEN.put(DescriptorRule.ENVELOPE_LANGUAGE, goodWith("xml:lang=\"en-US\">", "xml:lang=\"en_US\">"));
        BROKEN.put(DescriptorRule.CUSTOM_SECTIONS_IN_OWN_NAMESPACE, goodWith("<Info>Database</Info>",
                "<Info>Database</Info><FooSection ovf:required=\"false\"><Info>custom</Info></FooSection>"));
        BROKEN.put(DescriptorRule.ALTERNATIVE_HARDWARE_TYPES, goodV2With("<vssd:VirtualSystemType>kvm<",
                "<vssd:VirtualSystemType>vmx-15<"));
        BROKEN.put(DescriptorRule.TRANSPORT_TOKENS, goodV2With("ovf:transport=\"iso com.vmware.guestInfo\"",
                "ovf:transport=\"iso,com.vmware.guestInfo\""));
        BROKEN.put(DescriptorRule.CONTROLLER_ADDRESSES, goodWith(
                "<rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk0",
                "<rasd:AddressOnParent>16</rasd:AddressOnParent><rasd:ElementName>disk0"));
        BROKEN.put(DescriptorRule.NO_TYPE_35_SOUND, goodWith("<rasd:ElementName>2 vCPU</rasd:ElementName>",
                "<rasd:ElementName>Sound Blaster 16</rasd:ElementName>").replace(
                "<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity>",
                "<rasd:ResourceType>35</rasd:ResourceType>"));
        BROKEN.put(DescriptorRule.PORT_AND_STORAGE_NAMESPACES, goodV2With("<epasd:Connection>lan</epasd:Connection>",
                "<rasd:Connection>lan</rasd:Connection>"));
        BROKEN.put(DescriptorRule.DISK_FORMATS, goodWith(
                "ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"",
                "ovf:format=\"vmdk\""));
        BROKEN.put(DescriptorRule.SHARED_DISKS, goodV2With("ovf:readOnly=\"true\"", "ovf:readOnly=\"yes\""));
        BROKEN.put(DescriptorRule.SUBSTITUTION_ONLY_IN_CAPACITY, goodWith(
                "<rasd:VirtualQuantity>512</rasd:VirtualQuantity>", "<rasd:VirtualQuantity>${workers}</rasd:VirtualQuantity>"));
        BROKEN.put(DescriptorRule.RESOURCE_ALLOCATION_PLACEMENT, goodWith("<Info>Database</Info>",
                "<Info>Database</Info><ResourceAllocationSection><Info>misplaced</Info></ResourceAllocationSection>"));
        BROKEN.put(DescriptorRule.STARTUP_ITEM_ATTRIBUTES, goodWith("ovf:stopAction=\"guestShutdown\"",
                "ovf:stopAction=\"shutdown\""));
        BROKEN.put(DescriptorRule.INSTALL_SECTIONS, goodWith("ovf:initialBootStopDelay=\"120\"",
                "ovf:initialBootStopDelay=\"-1\""));
        BROKEN.put(DescriptorRule.MSGID_PLACEMENT, goodWith("<Product>Example</Product>",
                "<Product>Example</Product><Version ovf:msgid=\"version\">1.0</Version>"));
        BROKEN.put(DescriptorRule.BOOT_DEVICE_SECTIONS, goodV2With("</bootc:CIM_BootConfigSetting>",
                "</bootc:CIM_BootConfigSetting><bootc:CIM_BootConfigSetting/>"));
        BROKEN.put(DescriptorRule.SCALE_OUT_SECTIONS, goodV2With("ovf:default=\"2\"", "ovf:default=\"5\""));
        BROKEN.put(DescriptorRule.PLACEMENT_GROUPS, goodV2With("ovf:group=\"spread\"", "ovf:group=\"apart\""));
        BROKEN.put(DescriptorRule.ENCRYPTION_SECTIONS, goodV2With("<xenc:EncryptedKey Id=\"key1\"><xenc:CipherData>"
                + "<xenc:CipherValue>AAAA</xenc:CipherValue></xenc:CipherData></xenc:EncryptedKey>", "<xenc:EncryptedData/>"));
        BROKEN.put(DescriptorRule.PRODUCT_CHILD_ORDER, goodWith("<Product>Example</Product>",
                "<Product>Example</Product>").replace("<Category>Network</Category>",
                "<Category>Network</Category><Product>Again</Product>"));
        BROKEN.put(DescriptorRule.CATEGORIES, goodWith("<Category>Network</Category>", "<Category/>"));
        BROKEN.put(DescriptorRule.SYSTEM_TYPE_TOKENS, goodV2With("vmx-14 vmx-15", "vmx-14, vmx-15"));
        BROKEN.put(DescriptorRule.RESOURCE_SUB_TYPES, goodWith(">lsilogic<", "><"));
        BROKEN.put(DescriptorRule.RESOURCE_GUARANTEES, goodV2With("<rasd:Reservation>500<", "<rasd:Reservation>5000<"));
        BROKEN.put(DescriptorRule.NETWORK_PORT_PROFILES, goodV2With("<epasd:InstanceID>san-1</epasd:InstanceID>",
                "<rasd:InstanceID>san-1</rasd:InstanceID>"));
        BROKEN.put(DescriptorRule.POPULATED_SIZES, goodV2With("ovf:populatedSize=\"1073741824\"",
                "ovf:populatedSize=\"9663676416\""));
    }

    /** The sample broken in just the respect of one rule (shared with the subject tests). */
    static String brokenSample(DescriptorRule rule) {
        return BROKEN.get(rule);
    }

    @Test
    public void everyRuleHasABrokenSample() {
        assertThat(BROKEN.keySet()).containsExactlyInAnyOrder(DescriptorRule.values());
    }

    @Test
    public void everyRuleCitesARequirementOfTheCatalogue() {
        Catalogue catalogue = Catalogue.loadDefault();
        for (DescriptorRule rule : DescriptorRule.values()) {
            assertThat(catalogue.requirement(rule.requirementId())).as("%s cites %s", rule, rule.requirementId())
                    .isPresent();
        }
    }

    @Test
    public void theConformantSampleFollowsEveryRule() {
        OvfDescriptor good = SampleDescriptors.parse(SampleDescriptors.GOOD);
        assertThat(DescriptorRule.checkAll(good, DescriptorRule.all())).isEmpty();
        OvfAssertions.assertThat(good).followsEveryDescriptorRule();
    }

    @Test
    public void theConformantOvf2SampleFollowsEveryRule() {
        OvfDescriptor good = SampleDescriptors.parse(SampleDescriptors.GOOD_V2);
        assertThat(good.version()).isEqualTo(OvfVersion.V2);
        assertThat(DescriptorRule.checkAll(good, DescriptorRule.all())).isEmpty();
    }

    /**
     * Rules whose subject no fully conformant sample can hold: any ResourceType 35 breaks OVF-HW-020. The passing
     * case of such a rule is in {@link DescriptorRuleCasesTest}.
     */
    private static final List<DescriptorRule> NO_CONFORMANT_SUBJECT = List.of(DescriptorRule.NO_TYPE_35_SOUND);

    @DataProvider
    public Object[][] rulesWithConformantSubjects() {
        return Arrays.stream(DescriptorRule.values()).filter(rule -> !NO_CONFORMANT_SUBJECT.contains(rule))
                .map(rule -> new Object[] {rule}).toArray(Object[][]::new);
    }

    /** A pass means something only where the rule had something to judge: every rule does in one good sample. */
    @Test(dataProvider = "rulesWithConformantSubjects")
    public void everyRuleHasASubjectInAConformantSample(DescriptorRule rule) {
        int subjects = rule.subjectCount(SampleDescriptors.parse(SampleDescriptors.GOOD))
                + rule.subjectCount(SampleDescriptors.parse(SampleDescriptors.GOOD_V2));
        assertThat(subjects).as("%s subjects (%s) in the good samples", rule, rule.subject().label()).isPositive();
    }

    @DataProvider
    public Object[][] rules() {
        return Arrays.stream(DescriptorRule.values()).map(rule -> new Object[] {rule}).toArray(Object[][]::new);
    }

    @Test(dataProvider = "rules")
    public void theBrokenSampleFailsJustThatRequirement(DescriptorRule rule) {
        OvfDescriptor broken = SampleDescriptors.parse(BROKEN.get(rule));

        List<Violation> violations = rule.check(broken);

        assertThat(violations).as("violations of %s", rule).isNotEmpty()
                .allSatisfy(v -> assertThat(v.requirementId()).isEqualTo(rule.requirementId()));
        assertThatThrownBy(() -> OvfAssertions.assertThat(broken).follows(rule))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule.requirementId())
                .hasMessageContaining("/Envelope");
    }

    @Test
    public void oneCheckListsEveryViolationItFinds() {
        String twoBadTypes = goodWith("<rasd:ResourceType>3</rasd:ResourceType>", "<rasd:ResourceType>0</rasd:ResourceType>")
                .replace("<rasd:ResourceType>6</rasd:ResourceType>", "<rasd:ResourceType>99999</rasd:ResourceType>");
        assertThatThrownBy(() -> OvfAssertions.assertThat(SampleDescriptors.parse(twoBadTypes)).hasValidResourceTypes())
                .hasMessageContaining("2 violations")
                .hasMessageContaining("ResourceType \"0\"")
                .hasMessageContaining("ResourceType \"99999\"")
                .hasMessageContaining("Item[1]/rasd:ResourceType[1]");
    }

    @Test
    public void aDoctypeIsRefusedSoEntitiesCannotBeExpanded() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE Envelope [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\">&x;</Envelope>";
        assertThatThrownBy(() -> OvfDescriptor.parse(withEntity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OvfDescriptor.DescriptorNotReadable.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    public void legacyDescriptorsAreReadThroughTheirXsiTypes() {
        String legacy = """
                <ovf:Envelope xmlns:ovf="http://www.vmware.com/schema/ovf/1/envelope"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><References/>
                  <Section xsi:type="ovf:DiskSection_Type"><Info>d</Info></Section>
                  <Content xsi:type="ovf:VirtualSystem_Type" ovf:id="vm"><Info>vm</Info>
                    <Section xsi:type="ovf:DiskSection_Type"><Info>misplaced</Info></Section>
                  </Content>
                </ovf:Envelope>""";
        OvfDescriptor d = SampleDescriptors.parse(legacy);

        assertThat(d.version()).isEqualTo(OvfVersion.LEGACY_0_9);
        assertThat(DescriptorRule.SECTION_PLACEMENT.check(d)).singleElement().asString()
                .contains("DiskSection in VirtualSystem");
        assertThat(DescriptorRule.VIRTUAL_SYSTEM_HAS_HARDWARE.check(d)).hasSize(1);
        assertThat(DescriptorRule.ENVELOPE_NAMESPACE.check(d)).hasSize(1);
    }
}
