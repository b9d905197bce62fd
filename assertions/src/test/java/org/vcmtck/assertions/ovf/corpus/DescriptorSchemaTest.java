package org.vcmtck.assertions.ovf.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testng.SkipException;
import org.testng.annotations.Test;

/**
 * Validates every valid descriptor (and the external string bundle) with xmllint against the DMTF envelope
 * schema DSP8023 2.0.1 under {@code $vcmtck.shared.dir}. Skipped when the schemas or xmllint are absent. The
 * optional-extras descriptor carries the corpus's own section, so it is validated against a small extension
 * schema that adds that section to the ovf:Section substitution group, as OVF-EXT-001 prescribes.
 */
public class DescriptorSchemaTest {

    private static Path schemas() {
        String shared = System.getProperty("vcmtck.shared.dir");
        if (shared == null) {
            throw new SkipException("vcmtck.shared.dir is not set; the DMTF schemas are not available");
        }
        Path xsd = Path.of(shared, "data", "xsd");
        if (!Files.isRegularFile(xsd.resolve("dsp8023_2.0.1.xsd")) || !Files.isRegularFile(xsd.resolve("catalog.xml"))) {
            throw new SkipException("no DSP8023 schema or catalog under " + xsd);
        }
        return xsd;
    }

    private static String extensionSchema(Path envelopeXsd) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                           xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2"
                           targetNamespace="%s" elementFormDefault="qualified">
                  <xs:import namespace="http://schemas.dmtf.org/ovf/envelope/2" schemaLocation="%s"/>
                  <xs:element name="TelemetrySection" substitutionGroup="ovf:Section">
                    <xs:complexType>
                      <xs:complexContent>
                        <xs:extension base="ovf:Section_Type">
                          <xs:sequence>
                            <xs:element name="Endpoint" type="xs:string"/>
                          </xs:sequence>
                        </xs:extension>
                      </xs:complexContent>
                    </xs:complexType>
                  </xs:element>
                </xs:schema>
                """.formatted(Descriptors.CORPUS_NAMESPACE, envelopeXsd.toUri());
    }

    /** xmllint's exit code and output, or a skip when xmllint cannot be run. */
    private static String xmllint(Path catalog, Path schema, Path document) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("xmllint", "--nonet", "--noout", "--schema", schema.toString(),
                document.toString()).redirectErrorStream(true);
        builder.environment().put("XML_CATALOG_FILES", catalog.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new SkipException("xmllint is not available: " + e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() + " " + output.trim();
    }

    @Test
    public void everyValidDescriptorValidatesAgainstTheEnvelopeSchema() throws Exception {
        Path xsd = schemas();
        Path work = Files.createTempDirectory("corpus-xsd");
        Path extension = work.resolve("corpus-extension.xsd");
        Files.writeString(extension, extensionSchema(xsd.resolve("dsp8023_2.0.1.xsd").toAbsolutePath()));
        Map<String, PackageDraft> drafts = Map.of(
                "appliance", ValidPackages.applianceDraft(),
                "collection", ValidPackages.collectionDraft(),
                "compressed-chunked", ValidPackages.compressedChunkedDraft(),
                "optional-extras", ValidPackages.optionalExtrasDraft(),
                "ovf2-sections", ValidPackages.ovf2SectionsDraft(),
                "hardware-variety", ValidPackages.hardwareVarietyDraft());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, PackageDraft> draft : drafts.entrySet()) {
            Path document = work.resolve(draft.getKey() + ".ovf");
            Files.write(document, draft.getValue().resolvedDescriptor());
            Path schema = draft.getKey().equals("optional-extras") ? extension : xsd.resolve("dsp8023_2.0.1.xsd");
            String result = xmllint(xsd.resolve("catalog.xml"), schema, document);
            if (!result.startsWith("0 ")) {
                failures.add(draft.getKey() + ": " + result);
            }
        }
        Path bundle = work.resolve("appliance-fr.xml");
        Files.writeString(bundle, Descriptors.APPLIANCE_FRENCH_BUNDLE);
        String bundleResult = xmllint(xsd.resolve("catalog.xml"), xsd.resolve("dsp8023_2.0.1.xsd"), bundle);
        if (!bundleResult.startsWith("0 ")) {
            failures.add("appliance-fr.xml: " + bundleResult);
        }
        Path italian = work.resolve("variety-it.xml");
        Files.writeString(italian, VarietyDescriptors.ITALIAN_BUNDLE);
        String italianResult = xmllint(xsd.resolve("catalog.xml"), xsd.resolve("dsp8023_2.0.1.xsd"), italian);
        if (!italianResult.startsWith("0 ")) {
            failures.add("variety-it.xml: " + italianResult);
        }
        assertThat(failures).as("schema validation failures").isEmpty();
    }

    @Test
    public void theExtensionSchemaDoesNotMakeEverythingValid() throws Exception {
        Path xsd = schemas();
        Path work = Files.createTempDirectory("corpus-xsd-negative");
        Path extension = work.resolve("corpus-extension.xsd");
        Files.writeString(extension, extensionSchema(xsd.resolve("dsp8023_2.0.1.xsd").toAbsolutePath()));
        Path document = work.resolve("broken.ovf");
        // the corpus section without its required Endpoint child
        Files.writeString(document, new String(ValidPackages.optionalExtrasDraft().resolvedDescriptor(),
                StandardCharsets.UTF_8).replace("<corpus:Endpoint>none</corpus:Endpoint>", ""));
        assertThat(xmllint(xsd.resolve("catalog.xml"), extension, document)).doesNotStartWith("0 ");
    }
}
