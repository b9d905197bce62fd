package org.vcmtck.assertions.ovf.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.vcmtck.assertions.ovf.OvfPackageReader;

public class PortabilityClassifierTest {
    private final PortabilityClassifier classifier = new PortabilityClassifier();

    private static OvfDescriptor parse(String xml) throws Exception {
        return OvfDescriptor.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private Portability classify(String caseName) throws Exception {
        return classifier.classify(parse(PortabilityCases.all().get(caseName).getKey()));
    }

    @DataProvider
    public Object[][] cases() {
        return PortabilityCases.all().entrySet().stream()
                .map(e -> new Object[] {e.getKey(), e.getValue().getKey(), e.getValue().getValue()})
                .toArray(Object[][]::new);
    }

    @Test(dataProvider = "cases")
    public void eachRuleGivesTheLevelItsCaseExpects(String name, String xml, int expected) throws Exception {
        Portability p = classifier.classify(parse(xml));
        assertThat(p.level()).as(name + ": " + p.reasons()).isEqualTo(expected);
        assertThat(p.reasons()).as(name).isNotEmpty();
    }

    @Test
    public void reasonsNameWhatCausedTheLevel() throws Exception {
        assertThat(classify("vmx-type").reasons()).singleElement().asString()
                .contains("VirtualSystemType vmx-07").contains("VMware").contains("VirtualSystem vm");
        assertThat(classify("vendor-subtype").reasons()).singleElement().asString()
                .contains("Item 2 (nic)").contains("VirtualE1000");
        assertThat(classify("vendor-transport-only").reasons()).singleElement().asString()
                .contains("com.vmware.guestInfo");
        assertThat(classify("required-vendor-section").reasons()).singleElement().asString()
                .contains("{http://www.virtualbox.org/ovf/machine}Machine");
        assertThat(classify("required-item-with-vendor-element").reasons()).singleElement().asString()
                .contains("Item 4 (video)").contains("Config");
        assertThat(classify("alternatives").reasons()).singleElement().asString()
                .contains("VMware").contains("VirtualBox");
    }

    @Test
    public void theMostLimitingReasonComesFirst() throws Exception {
        Portability p = classify("vendor-type-and-subtype");
        assertThat(p.reasons()).hasSize(2);
        assertThat(p.reasons().get(0)).contains("vmx-10");
        assertThat(p.reasons().get(1)).contains("vmxnet3");
    }

    @Test
    public void aPackageIsGradedByItsDescriptor() throws Exception {
        Path folder = Files.createTempDirectory("portability");
        try {
            Path ovf = Files.writeString(folder.resolve("p.ovf"), PortabilityCases.all().get("vendor-subtype").getKey());
            assertThat(classifier.classify(OvfPackageReader.read(ovf))).hasValueSatisfying(p ->
                    assertThat(p.level()).isEqualTo(2));
        } finally {
            Files.deleteIfExists(folder.resolve("p.ovf"));
            Files.deleteIfExists(folder);
        }
    }

    @Test
    public void levelsOutsideOneToThreeAreRefused() {
        assertThatThrownBy(() -> new Portability(4, java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Portability.REQUIREMENT_ID).isEqualTo("OVF-EXT-008");
    }
}
