package org.vcmtck.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.Fixtures;
import org.vcmtck.reports.OvfPackageNote;

public class JsonOvfPackagesTest {

    private static final ConformanceReport FAILURE = Fixtures.report("failure.json",
            Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of()));

    private static JsonNode writeAndParse(ConformanceReport report) throws IOException {
        StringWriter out = new StringWriter();
        JsonReportWriter.write(report, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    public void packagesFollowUntracedScenariosWithTheirPortability() throws IOException {
        ConformanceReport report = FAILURE.withOvfPackages(List.of(
                OvfPackageNote.classified("out/web.ova", "ova", 2, List.of("vmx-13 hardware", "e1000 NIC")),
                OvfPackageNote.unclassified("out/broken", "directory", "descriptor is not well-formed XML")));
        JsonNode root = writeAndParse(report);

        // the file lists members sorted (its canonical layout); the tree keeps the reading order
        List<String> fields = new ArrayList<>();
        JsonReportWriter.toTree(report).fieldNames().forEachRemaining(fields::add);
        assertThat(fields.subList(fields.size() - 2, fields.size()))
                .containsExactly("untracedScenarios", "ovfPackages");
        assertThat(root.has("ovfPackages")).isTrue();

        JsonNode packages = root.get("ovfPackages");
        assertThat(packages.isArray()).isTrue();
        assertThat(packages).hasSize(2);

        JsonNode web = packages.get(0);
        assertThat(web.get("location").asText()).isEqualTo("out/web.ova");
        assertThat(web.get("form").asText()).isEqualTo("ova");
        JsonNode portability = web.get("portability");
        assertThat(portability.get("level").isInt()).isTrue();
        assertThat(portability.get("level").asInt()).isEqualTo(2);
        assertThat(portability.get("requirement").asText()).isEqualTo("OVF-EXT-008");
        List<String> reasons = new ArrayList<>();
        portability.get("reasons").forEach(r -> reasons.add(r.asText()));
        assertThat(reasons).containsExactly("vmx-13 hardware", "e1000 NIC");

        JsonNode broken = packages.get(1);
        assertThat(broken.get("form").asText()).isEqualTo("directory");
        assertThat(broken.get("portability").has("level")).isTrue();
        assertThat(broken.get("portability").get("level").isNull()).isTrue();
        assertThat(broken.get("portability").get("requirement").asText()).isEqualTo("OVF-EXT-008");
        assertThat(broken.get("portability").get("reasons").get(0).asText())
                .isEqualTo("descriptor is not well-formed XML");
    }

    @Test
    public void packagesDoNotChangeVerdictOrTotals() throws IOException {
        JsonNode without = writeAndParse(FAILURE);
        JsonNode with = writeAndParse(FAILURE.withOvfPackages(
                List.of(OvfPackageNote.classified("a.ova", "ova", 1, List.of("x86 only")))));

        assertThat(with.get("verdict")).isEqualTo(without.get("verdict"));
        assertThat(with.get("totals")).isEqualTo(without.get("totals"));
        assertThat(with.get("standards")).isEqualTo(without.get("standards"));
    }

    @Test
    public void noPackagesStillGiveAnEmptyArray() throws IOException {
        JsonNode packages = writeAndParse(FAILURE).get("ovfPackages");

        assertThat(packages).isNotNull();
        assertThat(packages.isArray()).isTrue();
        assertThat(packages).isEmpty();
    }
}
