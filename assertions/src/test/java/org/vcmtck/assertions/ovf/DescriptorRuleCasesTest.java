package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.assertions.ovf.SampleDescriptors.goodV2With;
import static org.vcmtck.assertions.ovf.SampleDescriptors.goodWith;

import java.util.List;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * The edges of the rules that judge attribute syntax, version differences, and what a rule deliberately leaves
 * alone: each case is a passing or failing descriptor for one rule, with the reason it is on that side.
 */
public class DescriptorRuleCasesTest {

    private static List<Violation> check(DescriptorRule rule, String xml) {
        return rule.check(SampleDescriptors.parse(xml));
    }

    @DataProvider
    public Object[][] wellFormedLanguageTags() {
        return new Object[][] {{"en"}, {"de-CH"}, {"de-CH-1901"}, {"zh-Hant-TW"}, {"es-419"}, {"sr-Latn-RS"},
            {"x-whatever"}, {"i-klingon"}, {"en-US-x-twain"}, {"en-a-bbb-x-a-ccc"}};
    }

    @Test(dataProvider = "wellFormedLanguageTags")
    public void wellFormedLanguageTagsPass(String tag) {
        assertThat(LanguageTag.isWellFormed(tag)).as(tag).isTrue();
        assertThat(check(DescriptorRule.ENVELOPE_LANGUAGE, goodWith("xml:lang=\"en-US\"", "xml:lang=\"" + tag + "\"")))
                .as(tag).isEmpty();
    }

    @DataProvider
    public Object[][] illFormedLanguageTags() {
        return new Object[][] {{"en_US"}, {"englishlanguage"}, {"e"}, {"en--US"}, {"en-"}, {"123"}, {"de-CH-19"},
            {"en US"}};
    }

    @Test(dataProvider = "illFormedLanguageTags")
    public void illFormedLanguageTagsFail(String tag) {
        assertThat(LanguageTag.isWellFormed(tag)).as(tag).isFalse();
        assertThat(check(DescriptorRule.ENVELOPE_LANGUAGE, goodWith("xml:lang=\"en-US\"", "xml:lang=\"" + tag + "\"")))
                .singleElement().satisfies(v -> assertThat(v.found()).contains(tag));
    }

    @Test
    public void anAbsentLanguageLeavesTheLanguageRuleNothingToJudge() {
        String withoutLang = goodWith(" xml:lang=\"en-US\"", "");
        assertThat(DescriptorRule.ENVELOPE_LANGUAGE.subjectCount(SampleDescriptors.parse(withoutLang))).isZero();
        assertThat(DescriptorRule.ENVELOPE_LANGUAGE.subjectCount(SampleDescriptors.parse(SampleDescriptors.GOOD)))
                .isEqualTo(1);
    }

    @Test
    public void ovf2SectionsInAnOvf1DescriptorAreNotDsp8023Sections() {
        String boot = goodWith("<Info>Database</Info>",
                "<Info>Database</Info><BootDeviceSection><Info>boot</Info></BootDeviceSection>");
        assertThat(check(DescriptorRule.CUSTOM_SECTIONS_IN_OWN_NAMESPACE, boot)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("BootDeviceSection").contains("OVF 1"));
    }

    @Test
    public void aCustomSectionInItsOwnNamespacePasses() {
        String vendor = goodWith("<Info>Database</Info>", "<Info>Database</Info>"
                + "<vmw:BootOrderSection xmlns:vmw=\"http://www.vmware.com/schema/ovf\" ovf:required=\"false\">"
                + "<Info>boot order</Info></vmw:BootOrderSection>");
        assertThat(check(DescriptorRule.CUSTOM_SECTIONS_IN_OWN_NAMESPACE, vendor)).isEmpty();
    }

    @Test
    public void ovf1MayUseCommasButNoEmptyTransportToken() {
        String commas = goodWith("ovf:transport=\"iso\"", "ovf:transport=\"iso,com.vmware.guestInfo\"");
        assertThat(check(DescriptorRule.TRANSPORT_TOKENS, commas)).isEmpty();
        String empty = goodWith("ovf:transport=\"iso\"", "ovf:transport=\"iso,,com.vmware.guestInfo\"");
        assertThat(check(DescriptorRule.TRANSPORT_TOKENS, empty)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("empty token"));
    }

    @Test
    public void anEmptyTransportListIsTheSchemaDefault() {
        String none = goodV2With("ovf:transport=\"iso com.vmware.guestInfo\"", "ovf:transport=\"\"");
        assertThat(check(DescriptorRule.TRANSPORT_TOKENS, none)).isEmpty();
    }

    @Test
    public void alternativeHardwareWithoutASystemTypeFails() {
        String untyped = goodV2With("<vssd:VirtualSystemType>kvm</vssd:VirtualSystemType>", "");
        assertThat(check(DescriptorRule.ALTERNATIVE_HARDWARE_TYPES, untyped)).singleElement()
                .satisfies(v -> assertThat(v.location()).contains("VirtualHardwareSection[2]"));
        // one hardware section needs no type to tell it from others
        assertThat(DescriptorRule.ALTERNATIVE_HARDWARE_TYPES.subjectCount(SampleDescriptors.parse(
                SampleDescriptors.GOOD))).isZero();
    }

    @Test
    public void ideDevicesUseAddressZeroOrOne() {
        String ide = goodV2With("<sasd:AddressOnParent>1<", "<sasd:AddressOnParent>2<");
        assertThat(check(DescriptorRule.CONTROLLER_ADDRESSES, ide)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("IDE").contains("\"2\""));
        String scsi15 = goodWith("<rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk0",
                "<rasd:AddressOnParent>15</rasd:AddressOnParent><rasd:ElementName>disk0");
        assertThat(check(DescriptorRule.CONTROLLER_ADDRESSES, scsi15)).isEmpty();
    }

    @Test
    public void resourceType35NotNamedASoundDeviceIsLeftToTheResourceTypeRule() {
        String nvdimm = goodWith("<rasd:ElementName>2 vCPU</rasd:ElementName>", "<rasd:ElementName>nvdimm0</rasd:ElementName>")
                .replace("<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity>",
                        "<rasd:ResourceType>35</rasd:ResourceType>");
        assertThat(check(DescriptorRule.NO_TYPE_35_SOUND, nvdimm)).isEmpty();
        assertThat(DescriptorRule.NO_TYPE_35_SOUND.subjectCount(SampleDescriptors.parse(nvdimm))).isEqualTo(1);
        assertThat(check(DescriptorRule.RESOURCE_TYPES, nvdimm)).hasSize(1);
        String audio = nvdimm.replace("<rasd:ElementName>nvdimm0</rasd:ElementName>",
                "<rasd:ElementName>ac0</rasd:ElementName><rasd:ResourceSubType>ensoniq1371</rasd:ResourceSubType>");
        assertThat(check(DescriptorRule.NO_TYPE_35_SOUND, audio)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("ResourceSubType").contains("ensoniq1371"));
    }

    @Test
    public void portAndStorageItemNamespacesAreJudgedInOvf2Only() {
        String v1 = SampleDescriptors.GOOD_V2.replace("http://schemas.dmtf.org/ovf/envelope/2",
                "http://schemas.dmtf.org/ovf/envelope/1");
        assertThat(DescriptorRule.PORT_AND_STORAGE_NAMESPACES.subjectCount(SampleDescriptors.parse(v1))).isZero();
        assertThat(DescriptorRule.PORT_AND_STORAGE_NAMESPACES.subjectCount(
                SampleDescriptors.parse(SampleDescriptors.GOOD_V2))).isEqualTo(2);
        String ovfNamespace = goodV2With("<sasd:ElementName>disk0</sasd:ElementName>", "<ElementName>disk0</ElementName>");
        assertThat(check(DescriptorRule.PORT_AND_STORAGE_NAMESPACES, ovfNamespace)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("ElementName in http://schemas.dmtf.org/ovf/envelope/2"));
        String unqualified = goodV2With("<sasd:ElementName>disk0</sasd:ElementName>",
                "<ElementName xmlns=\"\">disk0</ElementName>");
        assertThat(check(DescriptorRule.PORT_AND_STORAGE_NAMESPACES, unqualified)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("no namespace"));
        String extension = goodV2With("<sasd:ElementName>disk0</sasd:ElementName>",
                "<sasd:ElementName>disk0</sasd:ElementName><vmw:Config xmlns:vmw=\"http://www.vmware.com/schema/ovf\"/>");
        assertThat(check(DescriptorRule.PORT_AND_STORAGE_NAMESPACES, extension)).isEmpty();
    }

    @Test
    public void aBlankDiskNeedsNoFormatButAStatedFormatIsAnAbsoluteUri() {
        // vmdisk2 has neither file nor format
        assertThat(check(DescriptorRule.DISK_FORMATS, SampleDescriptors.GOOD)).isEmpty();
        String relative = goodWith("ovf:capacity=\"${disk.size}\"", "ovf:capacity=\"${disk.size}\" ovf:format=\"disks/vmdk.html\"");
        assertThat(check(DescriptorRule.DISK_FORMATS, relative)).singleElement()
                .satisfies(v -> assertThat(v.location()).endsWith("Disk[2]"));
    }

    @Test
    public void aSharedDiskNeedsAnIdAndACapacity() {
        String noCapacity = goodV2With("ovf:diskId=\"data\" ovf:capacity=\"100\"", "ovf:diskId=\"data\"");
        assertThat(check(DescriptorRule.SHARED_DISKS, noCapacity)).singleElement()
                .satisfies(v -> assertThat(v.found()).isEqualTo("no ovf:capacity"));
    }

    @Test
    public void aPropertyReferenceOutsideDiskCapacityFailsButLiteralTextPasses() {
        String inValue = goodWith("ovf:key=\"choice\" ovf:type=\"string\"", "ovf:key=\"choice\" ovf:type=\"string\"")
                .replace("ovf:value=\"a\"/>", "ovf:value=\"${org.example.ip}\"/>");
        assertThat(check(DescriptorRule.SUBSTITUTION_ONLY_IN_CAPACITY, inValue)).singleElement()
                .satisfies(v -> assertThat(v.location()).endsWith("/@ovf:value"));
        String literal = SampleDescriptors.GOOD.replace("ovf:value=\"a\"/>", "ovf:value=\"${HOME}/data\"/>");
        assertThat(check(DescriptorRule.SUBSTITUTION_ONLY_IN_CAPACITY, literal)).isEmpty();
    }

    @Test
    public void substitutionIsJudgedInOvf1DescriptorsOnly() {
        String v2 = goodV2With("<rasd:VirtualQuantity>16<", "<rasd:VirtualQuantity>${pool}<");
        assertThat(DescriptorRule.SUBSTITUTION_ONLY_IN_CAPACITY.subjectCount(SampleDescriptors.parse(v2))).isZero();
        assertThat(check(DescriptorRule.SUBSTITUTION_ONLY_IN_CAPACITY, v2)).isEmpty();
    }

    @Test
    public void resourceAllocationBelongsToCollectionsAndHoldsItems() {
        String inCollection = goodWith("<Info>A two-tier application</Info>", "<Info>A two-tier application</Info>"
                + "<ResourceAllocationSection><Info>pool</Info><Annotation>x</Annotation></ResourceAllocationSection>");
        assertThat(check(DescriptorRule.RESOURCE_ALLOCATION_PLACEMENT, inCollection)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("Annotation"));
        assertThat(check(DescriptorRule.RESOURCE_ALLOCATION_PLACEMENT, SampleDescriptors.GOOD_V2)).isEmpty();
    }

    @Test
    public void startupDelaysAreUnsignedShortsAndWaitingForGuestABoolean() {
        String bad = goodWith("ovf:startDelay=\"10\" ovf:waitingForGuest=\"true\"",
                "ovf:startDelay=\"70000\" ovf:waitingForGuest=\"yes\"");
        assertThat(check(DescriptorRule.STARTUP_ITEM_ATTRIBUTES, bad)).extracting(Violation::found)
                .containsExactlyInAnyOrder("ovf:startDelay=\"70000\"", "ovf:waitingForGuest=\"yes\"");
    }

    @Test
    public void ovf2RequiresTheInitialBootStopDelayOvf1DoesNot() {
        String v1 = goodWith(" ovf:initialBootStopDelay=\"120\"", "");
        assertThat(check(DescriptorRule.INSTALL_SECTIONS, v1)).isEmpty();
        String v2 = goodV2With(" ovf:initialBootStopDelay=\"300\"", "");
        assertThat(check(DescriptorRule.INSTALL_SECTIONS, v2)).singleElement()
                .satisfies(v -> assertThat(v.found()).isEqualTo("no ovf:initialBootStopDelay"));
        String inCollection = goodWith("<Info>A two-tier application</Info>", "<Info>A two-tier application</Info>"
                + "<InstallSection><Info>x</Info></InstallSection>");
        assertThat(check(DescriptorRule.INSTALL_SECTIONS, inCollection)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("VirtualSystemCollection"));
    }

    @Test
    public void msgidOnCimCaptionsAndVendorElementsPasses() {
        String onCaption = goodWith("<rasd:ElementName>1 vCPU</rasd:ElementName>",
                "<rasd:ElementName ovf:msgid=\"cpu\">1 vCPU</rasd:ElementName>");
        assertThat(check(DescriptorRule.MSGID_PLACEMENT, onCaption)).isEmpty();
        String onSection = goodWith("<Info>Database</Info>", "<Info>Database</Info>").replace(
                "<AnnotationSection>", "<AnnotationSection ovf:msgid=\"notes\">");
        assertThat(check(DescriptorRule.MSGID_PLACEMENT, onSection)).singleElement()
                .satisfies(v -> assertThat(v.location()).contains("AnnotationSection"));
    }

    @Test
    public void aBootDeviceSectionWithoutItsSettingFails() {
        String empty = goodV2With("<bootc:ElementName>disk first</bootc:ElementName>", "")
                .replaceAll("(?s)<bootc:CIM_BootConfigSetting>.*?</bootc:CIM_BootConfigSetting>", "");
        assertThat(check(DescriptorRule.BOOT_DEVICE_SECTIONS, empty)).singleElement()
                .satisfies(v -> assertThat(v.found()).startsWith("0 "));
    }

    @DataProvider
    public Object[][] badScaleOuts() {
        return new Object[][] {
            {goodV2With("<ScaleOutSection ovf:id=\"node\">", "<ScaleOutSection ovf:id=\"nodes\">"), "naming no child"},
            {goodV2With("ovf:default=\"2\" ovf:minimum=\"1\"", "ovf:default=\"2\" ovf:minimum=\"3\""), "below minimum"},
            {goodV2With("ovf:default=\"2\" ", ""), "no ovf:default"},
            {goodV2With("<InstanceCount ovf:default=\"2\" ovf:minimum=\"1\" ovf:maximum=\"4\"/>", ""), "no InstanceCount"},
            {goodV2With("ovf:maximum=\"4\"", "ovf:maximum=\"many\""), "ovf:maximum=\"many\""}};
    }

    @Test(dataProvider = "badScaleOuts")
    public void scaleOutFaults(String xml, String found) {
        assertThat(check(DescriptorRule.SCALE_OUT_SECTIONS, xml)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains(found));
    }

    @Test
    public void aPlacementGroupWithoutPolicyFails() {
        String noPolicy = goodV2With(" ovf:policy=\"availability\"", "");
        assertThat(check(DescriptorRule.PLACEMENT_GROUPS, noPolicy)).singleElement()
                .satisfies(v -> assertThat(v.found()).isEqualTo("no ovf:policy"));
    }

    @Test
    public void anEncryptionSectionWithoutKeysFailsAndADerivedKeyPasses() {
        String key = "<xenc:EncryptedKey Id=\"key1\"><xenc:CipherData><xenc:CipherValue>AAAA</xenc:CipherValue>"
                + "</xenc:CipherData></xenc:EncryptedKey>";
        assertThat(check(DescriptorRule.ENCRYPTION_SECTIONS, goodV2With(key, ""))).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("no xenc11:DerivedKey"));
        String derived = goodV2With(key, "<xenc11:DerivedKey xmlns:xenc11=\"http://www.w3.org/2009/xmlenc11#\"/>");
        assertThat(check(DescriptorRule.ENCRYPTION_SECTIONS, derived)).isEmpty();
    }
}
