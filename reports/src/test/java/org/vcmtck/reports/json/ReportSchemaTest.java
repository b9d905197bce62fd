package org.vcmtck.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.Fixtures;
import org.vcmtck.reports.OvfPackageNote;

/** The published schema describes what the writer writes, and refuses what it never writes. */
public class ReportSchemaTest {

    private Schema schema;

    @BeforeClass
    public void loadSchema() throws Exception {
        try (InputStream in = JsonReportWriter.class.getResourceAsStream(JsonReportWriter.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource " + JsonReportWriter.SCHEMA_RESOURCE).isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private List<Error> errors(byte[] json) {
        return schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    private static ConformanceReport report(String run) {
        return Fixtures.report(run, Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of()));
    }

    @Test
    public void writtenReportsValidate() {
        for (String run : List.of("failure.json", "passing.json", "undefined.json")) {
            assertThat(errors(JsonReportWriter.sealedBytes(report(run), Optional.empty()))).as(run).isEmpty();
        }
        ConformanceReport withPackages = report("failure.json").withOvfPackages(List.of(
                OvfPackageNote.classified("out/web.ova", "ova", 2, List.of("e1000 NIC")),
                OvfPackageNote.unclassified("out/broken", "directory", "descriptor is not well-formed XML")));
        assertThat(errors(JsonReportWriter.sealedBytes(withPackages, Optional.empty()))).isEmpty();
    }

    @Test
    public void reportWithAStatusTheWriterNeverUsesDoesNot() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(
                JsonReportWriter.sealedBytes(report("failure.json"), Optional.empty()));
        ((ObjectNode) tree.at("/standards/0/requirements/0")).put("status", "MOSTLY_PASSED");

        List<Error> errors = errors(new ObjectMapper().writeValueAsBytes(tree));
        assertThat(errors).isNotEmpty();
        assertThat(errors).anyMatch(e -> e.getInstanceLocation().toString().contains("status"));
    }

    @Test
    public void reportWithoutItsDigestValueDoesNot() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(
                JsonReportWriter.sealedBytes(report("passing.json"), Optional.empty()));
        ((ObjectNode) tree.at("/integrity/digest")).remove("value");

        assertThat(errors(new ObjectMapper().writeValueAsBytes(tree))).isNotEmpty();
    }
}
