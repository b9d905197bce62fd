package org.vcmtck.features.steps.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vcmtck.features.fixtures.SuiteRun;

/**
 * Runs some of the shipped CIM feature files against a {@link FakeVirtualizationServer} whose target file claims the
 * given standards. Each profile's sensitivity test uses one: the conforming fake must pass the ids it lists, a fault
 * must fail the id it breaks. Only the named files run (copied into a folder of their own), so a profile's test does
 * not pay for the scenarios of the others.
 */
final class FakeServerRun {
    private static final Path FEATURES = Path.of("src/main/resources/features/cim");

    private final List<String> standards;
    private final List<String> featureFiles;

    private FakeServerRun(List<String> standards, List<String> featureFiles) {
        this.standards = List.copyOf(standards);
        this.featureFiles = List.copyOf(featureFiles);
    }

    /** A run of {@code featureFiles} (names in features/cim) by a target claiming {@code standards}. */
    static FakeServerRun of(List<String> standards, String... featureFiles) {
        return new FakeServerRun(standards, List.of(featureFiles));
    }

    SuiteRun against(FakeVirtualizationServer server) throws IOException {
        Path target = Files.createTempFile("virtualization-target", ".yaml");
        Files.writeString(target, """
                name: fake virtualization server
                endpoints:
                  wbem: %s
                claims:
                  standards: [%s]
                """.formatted(server.url(), String.join(", ", standards)));
        Path folder = Files.createTempDirectory("virtualization-features");
        for (String feature : featureFiles) {
            Files.copy(FEATURES.resolve(feature), folder.resolve(feature));
        }
        SuiteRun run = SuiteRun.of(target, Files.createTempDirectory("virtualization-run"), Optional.of(folder));
        assertThat(run.outDir().resolve("report.json")).as("report of the run\nout: %s\nerr: %s", run.out(),
                run.err()).exists();
        return run;
    }

    /** The report of a run against a fresh fake with {@code fault}. */
    JsonNode reportWith(FakeVirtualizationServer.Fault fault) throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(fault)) {
            return against(server).report();
        }
    }

    /** Asserts each id passed, showing the run's output when one did not. */
    static void assertPassed(SuiteRun run, List<String> ids) throws IOException {
        JsonNode report = run.report();
        for (String id : ids) {
            assertThat(statusOf(report, id)).as("%s\nout: %s\nerr: %s", id, run.out(), run.err())
                    .isEqualTo("PASSED");
        }
    }
}
