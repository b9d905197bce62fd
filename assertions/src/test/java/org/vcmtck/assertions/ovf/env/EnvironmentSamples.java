package org.vcmtck.assertions.ovf.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.vcmtck.assertions.ovf.OvfPackageReader;
import org.vcmtck.assertions.ovf.RawOvfPackage;

/** A descriptor with a collection of two systems, configurations, properties and an EnvironmentFilesSection. */
final class EnvironmentSamples {

    static final String SEED = "#cloud-config\nhostname: web01\n";

    static final String DESCRIPTOR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2"
                      xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2">
              <References>
                <File ovf:id="seed" ovf:href="seed.cfg"/>
              </References>
              <DeploymentOptionSection>
                <Info>Sizes</Info>
                <Configuration ovf:id="small"><Label>Small</Label><Description>1 vCPU</Description></Configuration>
                <Configuration ovf:id="medium" ovf:default="true"><Label>Medium</Label><Description>2</Description></Configuration>
                <Configuration ovf:id="large"><Label>Large</Label><Description>4 vCPU</Description></Configuration>
              </DeploymentOptionSection>
              <VirtualSystemCollection ovf:id="app">
                <Info>Two tiers</Info>
                <ProductSection ovf:class="org.example.app">
                  <Info>Application</Info>
                  <Property ovf:key="tier" ovf:type="string" ovf:value="prod"/>
                </ProductSection>
                <VirtualSystem ovf:id="web">
                  <Info>Web server</Info>
                  <ProductSection ovf:class="org.example" ovf:instance="1">
                    <Info>Web settings</Info>
                    <Property ovf:key="ip" ovf:type="string" ovf:userConfigurable="true" ovf:value="10.0.0.1"/>
                    <Property ovf:key="workers" ovf:type="uint8" ovf:value="1">
                      <Value ovf:value="2" ovf:configuration="medium"/>
                      <Value ovf:value="4" ovf:configuration="large xlarge"/>
                    </Property>
                    <Property ovf:key="secret" ovf:type="string" ovf:value="s3cret" ovf:password="true"/>
                    <Property ovf:key="turbo" ovf:type="boolean" ovf:value="true" ovf:configuration="large"/>
                  </ProductSection>
                  <ProductSection>
                    <Info>Host</Info>
                    <Property ovf:key="hostname" ovf:type="string" ovf:value="web01" ovf:userConfigurable="true"/>
                  </ProductSection>
                  <EnvironmentFilesSection ovf:transport="iso">
                    <Info>Seed</Info>
                    <File ovf:fileRef="seed" ovf:path="seed/seed.cfg"/>
                  </EnvironmentFilesSection>
                  <VirtualHardwareSection ovf:transport="iso com.vmware.guestInfo">
                    <Info>Hardware</Info>
                  </VirtualHardwareSection>
                </VirtualSystem>
                <VirtualSystem ovf:id="db">
                  <Info>Database</Info>
                  <VirtualHardwareSection ovf:transport="iso,com.vmware.guestInfo">
                    <Info>Hardware</Info>
                  </VirtualHardwareSection>
                </VirtualSystem>
              </VirtualSystemCollection>
            </Envelope>
            """;

    private EnvironmentSamples() {
    }

    /** A directory package of the descriptor and its seed file, read by the module's package reader. */
    static RawOvfPackage pkg(Path folder) throws Exception {
        return pkg(folder, SEED);
    }

    static RawOvfPackage pkg(Path folder, String seed) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("pkg"));
        Files.writeString(dir.resolve("app.ovf"), DESCRIPTOR);
        Files.writeString(dir.resolve("seed.cfg"), seed);
        return OvfPackageReader.read(dir.resolve("app.ovf"));
    }

    /** An environment document for "web" in the default configuration, conformant, with one replaceable part. */
    static String webEnvironment(Map<String, String> replacements) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Environment xmlns="http://schemas.dmtf.org/ovf/environment/1"
                             xmlns:oe="http://schemas.dmtf.org/ovf/environment/1"
                             xmlns:ex="urn:example:vendor" oe:id="web">
                  <PlatformSection>
                    <Kind>TestHypervisor</Kind><Version>1.0</Version><Vendor>Example</Vendor><Locale>en</Locale>
                    <Timezone>60</Timezone><ex:DeploymentOption>medium</ex:DeploymentOption>
                  </PlatformSection>
                  <PropertySection>
                    <Property oe:key="org.example.ip.1" oe:value="10.0.0.1"/>
                    <Property oe:key="org.example.workers.1" oe:value="2"/>
                    <Property oe:key="org.example.secret.1" oe:value="s3cret"/>
                    <Property oe:key="hostname" oe:value="web01"/>
                  </PropertySection>
                  <Entity oe:id="db"/>
                </Environment>
                """;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            if (!xml.contains(replacement.getKey())) {
                throw new IllegalArgumentException("the sample has no " + replacement.getKey());
            }
            xml = xml.replace(replacement.getKey(), replacement.getValue());
        }
        return xml;
    }

    static String webEnvironment() {
        return webEnvironment(Map.of());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Path medium(Path folder, TestIsoWriter writer) throws IOException {
        return writer.build().write(Files.createTempFile(folder, "env", ".iso"));
    }
}
