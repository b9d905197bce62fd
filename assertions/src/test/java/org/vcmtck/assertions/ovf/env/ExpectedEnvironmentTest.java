package org.vcmtck.assertions.ovf.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;

/** What the environment of an entity must carry, from the descriptor and the deploy choices. */
public class ExpectedEnvironmentTest {

    private RawOvfPackage pkg;

    @BeforeMethod
    public void readPackage() throws Exception {
        pkg = EnvironmentSamples.pkg(Files.createTempDirectory("expected-env"));
    }

    @Test
    public void fullIdentifiersJoinClassKeyAndInstance() {
        assertThat(ExpectedEnvironment.fullKey("com.acme", "ip", "1")).isEqualTo("com.acme.ip.1");
        assertThat(ExpectedEnvironment.fullKey("", "ip", "")).isEqualTo("ip");
        assertThat(ExpectedEnvironment.fullKey("com.acme", "ip", "")).isEqualTo("com.acme.ip");
        assertThat(ExpectedEnvironment.fullKey("", "ip", "2")).isEqualTo("ip.2");
    }

    @Test
    public void withoutAChoiceTheConfigurationMarkedDefaultIsInEffect() {
        ExpectedEnvironment expected = ExpectedEnvironment.of(pkg, "web", DeployChoices.accepting());
        assertThat(expected.configuration()).contains("medium");
        assertThat(expected.values()).containsExactly(
                org.assertj.core.api.Assertions.entry("org.example.ip.1", "10.0.0.1"),
                org.assertj.core.api.Assertions.entry("org.example.workers.1", "2"),
                org.assertj.core.api.Assertions.entry("org.example.secret.1", "s3cret"),
                org.assertj.core.api.Assertions.entry("hostname", "web01"));
        assertThat(expected.property("org.example.workers.1").orElseThrow().source())
                .isEqualTo(ExpectedProperty.Source.CONFIGURATION_VALUE);
        assertThat(expected.property("hostname").orElseThrow().source())
                .isEqualTo(ExpectedProperty.Source.DESCRIPTOR_DEFAULT);
    }

    @Test
    public void withoutADefaultMarkTheFirstConfigurationIsInEffect() throws Exception {
        String unmarked = EnvironmentSamples.DESCRIPTOR.replace(" ovf:default=\"true\"", "");
        ExpectedEnvironment expected = ExpectedEnvironment.of(OvfDescriptor.parse(unmarked.getBytes()), "web",
                DeployChoices.accepting());
        assertThat(expected.configuration()).contains("small");
        assertThat(expected.values()).containsEntry("org.example.workers.1", "1");
    }

    @Test
    public void aChosenConfigurationSelectsItsValueFromASpaceSeparatedList() {
        ExpectedEnvironment expected = ExpectedEnvironment.of(pkg, "web",
                DeployChoices.accepting().withDeploymentOption("large"));
        assertThat(expected.configuration()).contains("large");
        assertThat(expected.values()).containsEntry("org.example.workers.1", "4")
                .containsEntry("org.example.turbo.1", "true");
        assertThat(expected.tolerated()).doesNotContainKey("org.example.turbo.1");
    }

    @Test
    public void aPropertyLimitedToAnotherConfigurationIsToleratedNotRequired() {
        ExpectedEnvironment expected = ExpectedEnvironment.of(pkg, "web", DeployChoices.accepting());
        assertThat(expected.values()).doesNotContainKey("org.example.turbo.1");
        assertThat(expected.tolerated()).containsKey("org.example.turbo.1");
        assertThat(expected.tolerated().get("org.example.app.tier")).contains("enclosing collection \"app\"");
    }

    @Test
    public void userValuesApplyOnlyToUserConfigurableProperties() {
        ExpectedEnvironment expected = ExpectedEnvironment.of(pkg, "web", DeployChoices.accepting()
                .withProperty("org.example.ip.1", "192.168.1.9")
                .withProperty("org.example.secret.1", "hacked")
                .withProperty("nosuch", "x"));
        assertThat(expected.values()).containsEntry("org.example.ip.1", "192.168.1.9")
                .containsEntry("org.example.secret.1", "s3cret");
        assertThat(expected.property("org.example.ip.1").orElseThrow().source())
                .isEqualTo(ExpectedProperty.Source.USER);
        assertThat(expected.property("org.example.secret.1").orElseThrow().refusedOverride()).contains("hacked");
        assertThat(expected.ignoredChoices()).hasSize(2)
                .anyMatch(line -> line.contains("org.example.secret.1") && line.contains("OVF-PROD-010"))
                .anyMatch(line -> line.contains("nosuch"));
    }

    @Test
    public void transportsAcceptSpacesAndCommasAndRelatedEntitiesAreSiblingsAndParents() {
        assertThat(ExpectedEnvironment.of(pkg, "web", DeployChoices.accepting()).transports())
                .containsExactly("iso", "com.vmware.guestInfo");
        ExpectedEnvironment db = ExpectedEnvironment.of(pkg, "db", DeployChoices.accepting());
        assertThat(db.transports()).containsExactly("iso", "com.vmware.guestInfo");
        assertThat(db.relatedEntityIds()).containsExactlyInAnyOrder("web", "app");
        assertThat(db.properties()).isEmpty();
    }

    @Test
    public void environmentFilesCarryThePackageDigest() throws Exception {
        ExpectedEnvironment expected = ExpectedEnvironment.of(pkg, "web", DeployChoices.accepting());
        assertThat(expected.environmentFiles()).hasSize(1);
        EnvironmentFile file = expected.environmentFiles().get(0);
        assertThat(file.path()).isEqualTo("seed/seed.cfg");
        assertThat(file.href()).contains("seed.cfg");
        assertThat(file.sha256()).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(EnvironmentSamples.SEED.getBytes())));
        assertThat(file.carriedBy("iso")).isTrue();
        assertThat(file.carriedBy("com.vmware.guestInfo")).isFalse();
    }

    @Test
    public void refusesAnUnknownEntityOrDeploymentOption() {
        assertThatThrownBy(() -> ExpectedEnvironment.of(pkg, "nosuch", DeployChoices.accepting()))
                .isInstanceOf(ExpectationNotFormed.class).hasMessageContaining("ovf:id=\"nosuch\"")
                .hasMessageContaining("web");
        assertThatThrownBy(() -> ExpectedEnvironment.of(pkg, "web",
                DeployChoices.accepting().withDeploymentOption("huge")))
                .isInstanceOf(ExpectationNotFormed.class).hasMessageContaining("\"huge\"")
                .hasMessageContaining("[small, medium, large]");
    }

    @Test
    public void refusesAPackageWithoutReadableDescriptor() throws Exception {
        Path dir = Files.createTempDirectory("no-descriptor");
        Files.writeString(dir.resolve("broken.ovf"), "<Envelope");
        RawOvfPackage broken = org.vcmtck.assertions.ovf.OvfPackageReader.read(dir.resolve("broken.ovf"));
        assertThatThrownBy(() -> ExpectedEnvironment.of(broken, "web", DeployChoices.accepting()))
                .isInstanceOf(ExpectationNotFormed.class).hasMessageContaining("no readable descriptor");
    }
}
