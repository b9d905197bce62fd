package org.vcmtck.profiles.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** The {@code producer:} section of a target file. */
public class ProducerSectionTest extends TargetFileTestSupport {

    public ProducerSectionTest() {
        super("producer-section", name -> null);
    }

    @Test
    public void fullSectionLoadsAndIsEnoughToCheck() throws Exception {
        Target target = load(HEAD + """
                producer:
                  export: [acme-cli, export, --all, --out, "{outdir}"]
                  timeoutSeconds: 42
                """ + CLAIMS);

        OvfExportCommand producer = target.producer().orElseThrow();
        assertThat(producer.export().arguments()).containsExactly("acme-cli", "export", "--all", "--out", "{outdir}");
        assertThat(producer.timeout()).isEqualTo(Duration.ofSeconds(42));
        assertThat(producer.exportCommand(Path.of("/scratch/out")))
                .containsExactly("acme-cli", "export", "--all", "--out", "/scratch/out");
        assertThat(target.isBuiltInReference()).isFalse();
        assertThat(target.consumer()).isEmpty();
        assertThat(target.endpoints().ovf()).isEmpty();
    }

    @Test
    public void timeoutDefaultsToTenMinutes() throws Exception {
        Target target = load(HEAD + "producer:\n  export: [exporter, \"--out={outdir}\"]\n" + CLAIMS);

        assertThat(target.producer().orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(600));
        assertThat(target.producer().orElseThrow().exportCommand(Path.of("/o"))).containsExactly("exporter", "--out=/o");
    }

    @Test
    public void relativeProgramPathIsTakenFromTheTargetFileFolder() throws Exception {
        Target target = load(HEAD + "producer:\n  export: [bin/exporter, \"{outdir}\"]\n" + CLAIMS);

        assertThat(target.producer().orElseThrow().export().arguments().get(0))
                .isEqualTo(folder.toAbsolutePath().resolve("bin/exporter").toString());
    }

    @Test
    public void producerGoesWithEndpointsAndConsumer() throws Exception {
        Target target = load(HEAD + """
                endpoints:
                  ovf: packages/
                consumer:
                  deploy: [d, "{package}"]
                producer:
                  export: [e, "{outdir}"]
                """ + CLAIMS);

        assertThat(target.producer()).isPresent();
        assertThat(target.consumer()).isPresent();
        assertThat(target.endpoints().ovf()).hasSize(1);
    }

    @Test
    public void referenceTargetMayNameAProducerToo() throws Exception {
        Target target = load(HEAD + "reference:\nproducer:\n  export: [e, \"{outdir}\"]\n");

        assertThat(target.isBuiltInReference()).isTrue();
        assertThat(target.producer()).isPresent();
    }

    @Test
    public void targetWithoutProducerSectionHasNone() throws Exception {
        assertThat(load(HEAD + "endpoints:\n  ovf: pkg.ova\n" + CLAIMS).producer()).isEmpty();
    }

    @Test
    public void documentedExampleHasAProducer() throws Exception {
        Path example = documentedExample();
        Target target = TargetLoader.load(example, catalogue, Map.of("CIMI_PASSWORD", "x")::get);

        assertThat(target.producer().orElseThrow().export().uses(OvfExportCommand.OUTDIR)).isTrue();
    }

    @DataProvider
    public Object[][] badSections() {
        return new Object[][] {
                {"producer:\n", "producer", "needs 'export:'"},
                {"producer: [a, b]\n", "producer", "must be a mapping"},
                {"producer:\n  timeoutSeconds: 5\n", "producer.export", "is required in the producer section"},
                {"producer:\n  export: []\n", "producer.export", "must list the program"},
                {"producer:\n  export: \"acme export {outdir}\"\n", "producer.export",
                        "e.g. [acme-cli, export, \"{outdir}\"]: no shell"},
                {"producer:\n  export: [acme, export, --all]\n", "producer.export", "{outdir}"},
                {"producer:\n  export: [acme, \"{out}\"]\n", "producer.export[1]", "unknown placeholder '{out}'"},
                {"producer:\n  export: [acme, \"{outdir}\", \"{package}\"]\n", "producer.export[2]",
                        "allowed here: {outdir}"},
                {"producer:\n  export: [\"{outdir}\"]\n", "producer.export[0]", "program to run"},
                {"producer:\n  export: [acme, \"{outdir\"]\n", "producer.export[1]", "without a closing"},
                {"producer:\n  export: [acme, 7, \"{outdir}\"]\n", "producer.export[1]", "must be text"},
                {"producer:\n  export: [a, \"{outdir}\"]\n  exportAll: [x]\n", "producer.exportAll", "unknown key"},
                {"producer:\n  export: [a, \"{outdir}\"]\n  timeoutSeconds: 0\n", "producer.timeoutSeconds",
                        "at least 1"},
                {"producer:\n  export: [a, \"{outdir}\"]\n  timeoutSeconds: -5\n", "producer.timeoutSeconds",
                        "must not be negative"},
                {"producer:\n  export: [a, \"{outdir}\"]\n  timeoutSeconds: later\n", "producer.timeoutSeconds",
                        "whole number"},
                {"producer:\n  export: [a, \"{outdir}\"]\n  timeoutSeconds: 100000\n", "producer.timeoutSeconds",
                        "at most 86400"},
        };
    }

    @Test(dataProvider = "badSections")
    public void badFieldIsRefusedWithFileLineAndField(String section, String field, String problem)
            throws IOException {
        TargetFileException e = failure(HEAD + section + CLAIMS);

        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(field + ": ").contains(problem);
        assertThat(e.line()).as("line of " + field).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(4);
    }

    @Test
    public void producerWithoutOvfClaimIsRefused() throws IOException {
        TargetFileException e = failure(HEAD + "producer:\n  export: [a, \"{outdir}\"]\n"
                + "claims:\n  standards: [DSP0263]\n");

        assertThat(e.field()).isEqualTo("producer");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("DSP0243").contains("claims.standards").contains("producer section");
    }

    @Test
    public void targetWithNothingToCheckNamesTheProducerAsAnOption() throws IOException {
        TargetFileException e = failure(HEAD + CLAIMS);

        assertThat(e.getMessage()).contains("'producer:'");
    }
}
