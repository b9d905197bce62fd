package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.assertions.ovf.SampleDescriptors.goodV2With;
import static org.vcmtck.assertions.ovf.SampleDescriptors.goodWith;

import java.util.List;
import org.testng.annotations.Test;

/**
 * The rules on optional descriptor content (product layout and categories, system types, device subtypes,
 * resource guarantees, network port profiles, sound cards): each passes on a descriptor holding its subject and
 * fails on one broken variant, so an export that carries the subject can be told from one that breaks it.
 */
public class OptionalContentRulesTest {

    private static final String FULL_PRODUCT = """
            <ProductSection>
                    <Info>Product</Info>
                    <Product>Node</Product>
                    <Vendor>Example</Vendor>
                    <Version>1</Version>
                    <FullVersion>1.0.0</FullVersion>
                    <ProductUrl>https://example.invalid/node</ProductUrl>
                    <Icon ovf:fileRef="icon" ovf:height="32" ovf:width="32" ovf:mimeType="image/png"/>
                    <Category>General</Category>
                    <Property ovf:key="a" ovf:type="string" ovf:value="x"/>
                    <Category ovf:msgid="cat.net"/>
                    <Property ovf:key="b" ovf:type="string" ovf:value="y"/>
                  </ProductSection>""";

    private static final String V2_PRODUCT = """
            <ProductSection>
                    <Info>Product</Info>
                    <Product>Node</Product>
                    <Icon ovf:fileRef="icon" ovf:height="32" ovf:width="32" ovf:mimeType="image/png"/>
                  </ProductSection>""";

    private static List<Violation> check(DescriptorRule rule, String xml) {
        return rule.check(SampleDescriptors.parse(xml));
    }

    private static String withProduct(String product) {
        return goodV2With(V2_PRODUCT, product);
    }

    @Test
    public void aProductSectionInSchemaOrderPassesAndAVendorAfterAPropertyFails() {
        assertThat(DescriptorRule.PRODUCT_CHILD_ORDER.subjectCount(SampleDescriptors.parse(withProduct(FULL_PRODUCT))))
                .isEqualTo(1);
        assertThat(check(DescriptorRule.PRODUCT_CHILD_ORDER, withProduct(FULL_PRODUCT))).isEmpty();
        String late = FULL_PRODUCT.replace("<Vendor>Example</Vendor>", "")
                .replace("<Property ovf:key=\"b\" ovf:type=\"string\" ovf:value=\"y\"/>",
                        "<Property ovf:key=\"b\" ovf:type=\"string\" ovf:value=\"y\"/><Vendor>Example</Vendor>");
        assertThat(check(DescriptorRule.PRODUCT_CHILD_ORDER, withProduct(late))).singleElement()
                .satisfies(v -> {
                    assertThat(v.requirementId()).isEqualTo("OVF-PROD-001");
                    assertThat(v.found()).contains("Vendor after a Category or Property");
                });
    }

    @Test
    public void aVersionBeforeTheVendorFailsTheProductOrder() {
        String swapped = FULL_PRODUCT.replace("<Vendor>Example</Vendor>", "<Version>0</Version>")
                .replace("<Version>1</Version>", "<Vendor>Example</Vendor>");
        assertThat(check(DescriptorRule.PRODUCT_CHILD_ORDER, withProduct(swapped))).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("Vendor out of order"));
    }

    @Test
    public void categoriesWithLabelsOverPropertiesPassAndAnEmptyOrTrailingOneFails() {
        assertThat(DescriptorRule.CATEGORIES.subjectCount(SampleDescriptors.parse(withProduct(FULL_PRODUCT))))
                .isEqualTo(2);
        assertThat(check(DescriptorRule.CATEGORIES, withProduct(FULL_PRODUCT))).isEmpty();
        String unlabelled = FULL_PRODUCT.replace("<Category>General</Category>", "<Category/>");
        assertThat(check(DescriptorRule.CATEGORIES, withProduct(unlabelled))).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("without text or ovf:msgid"));
        String trailing = FULL_PRODUCT.replace("</ProductSection>", "<Category>Empty</Category></ProductSection>");
        assertThat(check(DescriptorRule.CATEGORIES, withProduct(trailing))).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("no Property after it"));
    }

    @Test
    public void systemTypesAreWhitespaceSeparatedTokens() {
        assertThat(DescriptorRule.SYSTEM_TYPE_TOKENS.subjectCount(SampleDescriptors.parse(SampleDescriptors.GOOD_V2)))
                .isEqualTo(2);
        assertThat(check(DescriptorRule.SYSTEM_TYPE_TOKENS, SampleDescriptors.GOOD_V2)).isEmpty();
        assertThat(check(DescriptorRule.SYSTEM_TYPE_TOKENS, goodV2With("vmx-14 vmx-15", "vmx-14,vmx-15")))
                .singleElement().satisfies(v -> assertThat(v.found()).contains("vmx-14,vmx-15"));
        assertThat(check(DescriptorRule.SYSTEM_TYPE_TOKENS, goodV2With("<vssd:VirtualSystemType>kvm<",
                "<vssd:VirtualSystemType> <"))).singleElement()
                .satisfies(v -> assertThat(v.requirementId()).isEqualTo("OVF-HW-004"));
    }

    @Test
    public void resourceSubTypesNameDeviceModels() {
        assertThat(DescriptorRule.RESOURCE_SUB_TYPES.subjectCount(SampleDescriptors.parse(SampleDescriptors.GOOD)))
                .isEqualTo(1);
        assertThat(check(DescriptorRule.RESOURCE_SUB_TYPES, SampleDescriptors.GOOD)).isEmpty();
        assertThat(check(DescriptorRule.RESOURCE_SUB_TYPES, goodWith(">lsilogic<", "><"))).singleElement()
                .satisfies(v -> assertThat(v.requirementId()).isEqualTo("OVF-HW-015"));
        assertThat(check(DescriptorRule.RESOURCE_SUB_TYPES, goodWith(">lsilogic<", ">someother, lsilogic<")))
                .as("a list as ovftool accepts it").isEmpty();
        assertThat(check(DescriptorRule.RESOURCE_SUB_TYPES, goodWith(">lsilogic<", "> , <"))).singleElement()
                .satisfies(v -> assertThat(v.found()).startsWith("ResourceSubType \","));
    }

    private static final String CPU = "<rasd:ElementName>2 vCPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>";

    private static String guaranteedCpu(String reservation, String limit, String weight) {
        return goodWith(CPU, "<rasd:ElementName>2 vCPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>"
                + "<rasd:Limit>" + limit + "</rasd:Limit><rasd:Reservation>" + reservation + "</rasd:Reservation>"
                + "<rasd:Weight>" + weight + "</rasd:Weight>");
    }

    @Test
    public void guaranteesAreAmountsAndAReservationStaysWithinItsLimit() {
        assertThat(DescriptorRule.RESOURCE_GUARANTEES.subjectCount(SampleDescriptors.parse(SampleDescriptors.GOOD)))
                .isZero();
        String good = guaranteedCpu("500", "2000", "1000");
        assertThat(DescriptorRule.RESOURCE_GUARANTEES.subjectCount(SampleDescriptors.parse(good))).isEqualTo(1);
        assertThat(check(DescriptorRule.RESOURCE_GUARANTEES, good)).isEmpty();
        assertThat(check(DescriptorRule.RESOURCE_GUARANTEES, guaranteedCpu("3000", "2000", "1000"))).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("Reservation 3000 above Limit 2000"));
        assertThat(check(DescriptorRule.RESOURCE_GUARANTEES, guaranteedCpu("500", "2000", "high"))).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("Weight \"high\""));
    }

    private static String withNetwork(String network) {
        return goodV2With("<Network ovf:name=\"lan\"/>", network);
    }

    @Test
    public void portProfilesHoldEthernetPortSettingsOrAnAbsoluteUri() {
        String profile = withNetwork("<Network ovf:name=\"lan\"><NetworkPortProfile><Item>"
                + "<epasd:ElementName>p</epasd:ElementName><epasd:InstanceID>p1</epasd:InstanceID>"
                + "</Item></NetworkPortProfile></Network>");
        assertThat(DescriptorRule.NETWORK_PORT_PROFILES.subjectCount(SampleDescriptors.parse(profile)))
                .as("the sample's own profile on san and this one on lan").isEqualTo(2);
        assertThat(check(DescriptorRule.NETWORK_PORT_PROFILES, profile)).isEmpty();
        assertThat(check(DescriptorRule.NETWORK_PORT_PROFILES, profile.replace(
                "<epasd:InstanceID>p1</epasd:InstanceID>", "<rasd:InstanceID>p1</rasd:InstanceID>")))
                .singleElement().satisfies(v -> assertThat(v.found()).contains("InstanceID in namespace"));
        assertThat(check(DescriptorRule.NETWORK_PORT_PROFILES,
                withNetwork("<Network ovf:name=\"lan\"><NetworkPortProfile/></Network>"))).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("without Item"));
        assertThat(check(DescriptorRule.NETWORK_PORT_PROFILES, withNetwork("<Network ovf:name=\"lan\">"
                + "<NetworkPortProfileURI>https://profiles.example/gold</NetworkPortProfileURI></Network>"))).isEmpty();
        assertThat(check(DescriptorRule.NETWORK_PORT_PROFILES, withNetwork("<Network ovf:name=\"lan\">"
                + "<NetworkPortProfileURI>profiles/gold</NetworkPortProfileURI></Network>"))).singleElement()
                .satisfies(v -> assertThat(v.requirementId()).isEqualTo("OVF-NET-004"));
    }

    @Test
    public void aSoundCardWithAVendorTypeIsASubjectThatPassesAndOneWithType35Fails() {
        String vendorSound = goodWith("<Item><rasd:Connection>lan</rasd:Connection>",
                "<Item ovf:required=\"false\"><rasd:ElementName>Sound card</rasd:ElementName>"
                        + "<rasd:InstanceID>7</rasd:InstanceID><rasd:ResourceType>32768</rasd:ResourceType></Item>"
                        + "<Item><rasd:Connection>lan</rasd:Connection>");
        assertThat(DescriptorRule.NO_TYPE_35_SOUND.subjectCount(SampleDescriptors.parse(vendorSound))).isEqualTo(1);
        assertThat(check(DescriptorRule.NO_TYPE_35_SOUND, vendorSound)).isEmpty();
        assertThat(check(DescriptorRule.NO_TYPE_35_SOUND, vendorSound.replace(">32768<", ">35<"))).singleElement()
                .satisfies(v -> assertThat(v.requirementId()).isEqualTo("OVF-HW-021"));
    }

    @Test
    public void aPopulatedSizeIsAByteCountWithinTheCapacity() {
        String exact = goodV2With("ovf:populatedSize=\"1073741824\"", "ovf:populatedSize=\"8589934592\"");
        assertThat(check(DescriptorRule.POPULATED_SIZES, exact)).as("exactly the 8 GiB capacity").isEmpty();
        assertThat(check(DescriptorRule.POPULATED_SIZES, goodV2With("ovf:populatedSize=\"1073741824\"",
                "ovf:populatedSize=\"8589934593\""))).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("above the capacity of 8589934592 bytes"));
        assertThat(check(DescriptorRule.POPULATED_SIZES, goodV2With("ovf:populatedSize=\"1073741824\"",
                "ovf:populatedSize=\"-1\""))).singleElement()
                .satisfies(v -> assertThat(v.requirementId()).isEqualTo("OVF-DISK-007"));
    }
}
