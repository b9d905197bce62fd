package org.vcmtck.features.steps.ovf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.testng.annotations.Test;
import org.vcmtck.assertions.ovf.OvfDescriptor;

/** The checks behind the consumer scenarios for OVF-HW-018, OVF-NET-003 and OVF-I18N-004, on a fake consumer's output. */
public class DeployDetailsTest {

    private static final String DESCRIPTOR = """
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2"
                      xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2"
                      xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData">
              <References/>
              <NetworkSection><Info>n</Info><Network ovf:name="front"/><Network ovf:name="spare"/></NetworkSection>
              <VirtualSystem ovf:id="vm">
                <Info>a system</Info>
                <AnnotationSection>
                  <Info>notes</Info>
                  <Annotation ovf:msgid="untranslated">Own   text</Annotation>
                </AnnotationSection>
                <VirtualHardwareSection>
                  <Info>hw</Info>
                  <Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
                    <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
                  <Item ovf:configuration="big other"><rasd:ElementName>cpus</rasd:ElementName>
                    <rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType>
                    <rasd:VirtualQuantity>4</rasd:VirtualQuantity></Item>
                  <Item><rasd:AllocationUnits>byte * 2^30</rasd:AllocationUnits><rasd:ElementName>mem</rasd:ElementName>
                    <rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType>
                    <rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
                  <Item ovf:configuration="big"><rasd:Connection>front</rasd:Connection><rasd:ElementName>nic</rasd:ElementName>
                    <rasd:InstanceID>3</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType></Item>
                </VirtualHardwareSection>
              </VirtualSystem>
              <Strings xml:lang="de-DE"><Msg ovf:msgid="other">Anderer Text</Msg></Strings>
            </Envelope>
            """;

    private static OvfDescriptor descriptor(String xml) throws Exception {
        return OvfDescriptor.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void theOverridingItemCountsOnlyForTheConfigurationsItLists() throws Exception {
        OvfDescriptor d = descriptor(DESCRIPTOR);

        assertThat(DeployDetails.expectedHardware(d, "vm", Optional.of("big")))
                .containsEntry("processors", 4L).containsEntry("memory-mb", 1024L);
        assertThat(DeployDetails.expectedHardware(d, "vm", Optional.of("small")))
                .containsEntry("processors", 1L);
    }

    @Test
    public void aConsumerThatAddsTheOverrideInsteadOfMergingItIsCaught() throws Exception {
        Map<String, Long> expected = DeployDetails.expectedHardware(descriptor(DESCRIPTOR), "vm", Optional.of("big"));

        // a consumer that keeps both Items of InstanceID 1 would give 5 vCPUs
        assertThat(DeployDetails.hardwareProblems("vm", expected, Map.of("processors", "5", "memory-mb", "1024")))
                .singleElement().asString().contains("processors is 5").contains("give 4");
        assertThat(DeployDetails.hardwareProblems("vm", expected, Map.of("processors", "4")))
                .singleElement().asString().contains("memory-mb");
        assertThat(DeployDetails.hardwareProblems("vm", expected, Map.of("processors", "4", "memory-mb", "1024")))
                .isEmpty();
    }

    @Test
    public void everyConnectedNetworkMustBeMappedAndNoOtherReported() throws Exception {
        Set<String> connected = DeployDetails.connectedNetworks(descriptor(DESCRIPTOR), Optional.of("big"));

        assertThat(connected).containsExactly("front");
        assertThat(DeployDetails.connectedNetworks(descriptor(DESCRIPTOR), Optional.of("small"))).isEmpty();
        assertThat(DeployDetails.networkProblems(connected, Map.of())).singleElement().asString().contains("front");
        assertThat(DeployDetails.networkProblems(connected, Map.of("front", "vswitch0", "spare", "vswitch1")))
                .singleElement().asString().contains("spare");
        assertThat(DeployDetails.networkProblems(connected, Map.of("front", "vswitch0"))).isEmpty();
    }

    @Test
    public void theOwnTextIsExpectedOnlyWhenNoBundleHoldsTheMsgid() throws Exception {
        assertThat(DeployDetails.ownTextWhenNoBundleHasIt(descriptor(DESCRIPTOR), "vm", "Annotation"))
                .contains("Own text");
        String translated = DESCRIPTOR.replace("ovf:msgid=\"other\"", "ovf:msgid=\"untranslated\"");
        assertThat(DeployDetails.ownTextWhenNoBundleHasIt(descriptor(translated), "vm", "Annotation")).isEmpty();
    }
}
