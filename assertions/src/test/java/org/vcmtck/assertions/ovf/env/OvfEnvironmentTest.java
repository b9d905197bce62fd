package org.vcmtck.assertions.ovf.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.assertions.ovf.env.EnvironmentSamples.utf8;
import static org.vcmtck.assertions.ovf.env.EnvironmentSamples.webEnvironment;

import java.util.Map;
import java.util.Optional;
import org.testng.annotations.Test;

/** Reading ovf-env.xml: what is there, as written, and refusing DOCTYPEs. */
public class OvfEnvironmentTest {

    @Test
    public void readsRootIdPlatformPropertiesAndEntities() throws Exception {
        OvfEnvironment env = OvfEnvironment.parse(utf8(webEnvironment()));
        assertThat(env.rootName()).isEqualTo("Environment");
        assertThat(env.rootNamespace()).isEqualTo("http://schemas.dmtf.org/ovf/environment/1");
        assertThat(env.id()).contains("web");
        assertThat(env.platformSections()).hasSize(1);
        PlatformSection platform = env.platformSections().get(0);
        assertThat(platform.value("Kind")).contains("TestHypervisor");
        assertThat(platform.value("Timezone")).contains("60");
        assertThat(platform.value("DeploymentOption")).isEmpty(); // another namespace: not a platform field
        assertThat(env.properties()).extracting(p -> p.key().orElseThrow())
                .containsExactly("org.example.ip.1", "org.example.workers.1", "org.example.secret.1", "hostname");
        assertThat(env.value("org.example.workers.1")).contains("2");
        assertThat(env.entities()).extracting(EnvironmentEntity::id).containsExactly(Optional.of("db"));
        assertThat(env.properties().get(1).location()).isEqualTo("/Environment/PropertySection[1]/Property[2]");
    }

    @Test
    public void keepsDuplicateKeysAndMissingAttributesVisible() throws Exception {
        OvfEnvironment env = OvfEnvironment.parse(utf8(webEnvironment(Map.of(
                "<Property oe:key=\"hostname\" oe:value=\"web01\"/>",
                "<Property oe:key=\"hostname\" oe:value=\"a\"/><Property oe:key=\"hostname\" oe:value=\"b\"/>"
                        + "<Property oe:value=\"keyless\"/>"))));
        assertThat(env.properties()).filteredOn(p -> p.key().equals(Optional.of("hostname")))
                .extracting(p -> p.value().orElseThrow()).containsExactly("a", "b");
        assertThat(env.properties()).filteredOn(p -> p.key().isEmpty()).hasSize(1);
    }

    @Test
    public void findsTextAsAttributeValueOrElementText() throws Exception {
        OvfEnvironment env = OvfEnvironment.parse(utf8(webEnvironment()));
        assertThat(env.locationsOf("medium")).containsExactly("/Environment/PlatformSection[1]/DeploymentOption[1]/text()");
        assertThat(env.locationsOf("db")).containsExactly("/Environment/Entity[1]/@oe:id");
        assertThat(env.locationsOf("large")).isEmpty();
    }

    @Test
    public void refusesADoctypeWithExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Environment xmlns=\"http://schemas.dmtf.org/ovf/environment/1\">&x;</Environment>";
        assertThatThrownBy(() -> OvfEnvironment.parse(utf8(xxe)))
                .isInstanceOf(OvfEnvironment.EnvironmentNotReadable.class)
                .hasMessageContaining("ovf-env.xml is not well-formed").hasMessageContaining("DOCTYPE");
    }

    @Test
    public void refusesIllFormedXmlNamingTheLine() {
        assertThatThrownBy(() -> OvfEnvironment.parse(utf8("<Environment>\n<PropertySection></Environment>")))
                .isInstanceOf(OvfEnvironment.EnvironmentNotReadable.class).hasMessageContaining("line 2");
    }
}
