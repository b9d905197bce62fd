package org.vcmtck.features.steps.cimi;

import static org.vcmtck.features.fixtures.SuiteRun.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vcmtck.features.run.ConformanceRun;
import org.vcmtck.profiles.Catalogue;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/** Runs the shipped CIMI features end to end against a small provider written for this test. */
public class CimiFeaturesOnFakeProviderTest {

    /**
     * The fake changes state within the request that asks for it, so a state it has not reached after two seconds
     * it never reaches: the full bound a real provider is given would only make a broken fake's run slow.
     */
    @BeforeClass
    public void boundTheWaitForTheFake() {
        System.setProperty(CimiContext.STATE_CHANGE_WAIT_PROPERTY, "2000");
    }

    @AfterClass(alwaysRun = true)
    public void restoreTheWait() {
        System.clearProperty(CimiContext.STATE_CHANGE_WAIT_PROPERTY);
    }


    private static final Path CIMI_FEATURES = Path.of("src/main/resources/features/cimi");

    private static final List<String> BASICS = List.of("CIMI-CEP-001", "CIMI-CEP-002", "CIMI-CEP-003",
            "CIMI-CEP-006", "CIMI-HTTP-014", "CIMI-COL-001", "CIMI-COL-002", "CIMI-COL-003", "CIMI-COL-005",
            "CIMI-COM-001", "CIMI-COM-003", "CIMI-COM-004", "CIMI-COM-006", "CIMI-COM-007", "CIMI-COM-008",
            "CIMI-COM-010", "CIMI-MACH-002", "CIMI-MACH-003", "CIMI-MACH-007", "CIMI-MACH-011", "CIMI-HTTP-002",
            "CIMI-HTTP-003", "CIMI-HTTP-005", "CIMI-HTTP-006", "CIMI-HTTP-008", "CIMI-HTTP-012");

    private static final List<String> NO_CHALLENGE_JUDGED = List.of("CIMI-HTTP-016", "CIMI-HTTP-008");

    /**
     * Each test runs only the scenarios citing the requirements it judges (every scenario citing one of them, so
     * a requirement's status is the one a full run gives): a full run of every CIMI feature per test is what made
     * this class slow.
     */
    private static SuiteRun runAgainst(FakeCimiProvider provider, List<String> judged) throws IOException {
        return runAgainst(provider, "cimi-xml, cimi-jobs", judged);
    }

    private static SuiteRun runAgainst(FakeCimiProvider provider, String features, List<String> judged)
            throws IOException {
        return runAgainst(provider, features, "", judged);
    }

    private static SuiteRun runAgainst(FakeCimiProvider provider, String features, String credentials,
                                       List<String> judged) throws IOException {
        Path target = Files.createTempFile("cimi-target", ".yaml");
        Files.writeString(target, """
                name: fake CIMI provider
                endpoints:
                  cimi: %s
                %sclaims:
                  standards: [DSP0263]
                  features: [%s]
                """.formatted(provider.entryPoint(), credentials, features));
        Path outDir = Files.createTempDirectory("cimi-run");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String tags = judged.stream().map(id -> "@" + id).collect(Collectors.joining(" or "));
        int exit = new ConformanceRun(Catalogue.loadDefault(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(new ConformanceRun.Options(Optional.of(target), Optional.of(tags), outDir,
                        Optional.of(CIMI_FEATURES)));
        return new SuiteRun(exit, out.toString(), err.toString(), outDir);
    }


    @Test
    public void aConformingProviderPassesTheBasics() throws IOException {
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.NONE)) {
            List<String> judged = new java.util.ArrayList<>(BASICS);
            judged.addAll(List.of("CIMI-HTTP-004", "CIMI-HTTP-007"));
            SuiteRun run = runAgainst(provider, judged);
            JsonNode report = run.report();
            for (String id : BASICS) {
                assertThat(statusOf(report, id)).as("%s\nout: %s\nerr: %s", id, run.out(), run.err())
                        .isEqualTo("PASSED");
            }
            // the provider creates synchronously: nothing asynchronous was there to check
            assertThat(statusOf(report, "CIMI-HTTP-004")).isEqualTo("NOT_TESTED");
            assertThat(statusOf(report, "CIMI-HTTP-007")).isEqualTo("NOT_TESTED");
        }
    }

    @Test
    public void aCountThatDisagreesWithTheEntriesIsCaught() throws IOException {
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.WRONG_COUNT)) {
            JsonNode report = runAgainst(provider, List.of("CIMI-COL-002", "CIMI-CEP-001")).report();
            assertThat(statusOf(report, "CIMI-COL-002")).isEqualTo("FAILED");
            assertThat(statusOf(report, "CIMI-CEP-001")).isEqualTo("PASSED");
        }
    }

    @Test
    public void optionalFeaturesAbsentFromTheEntryPointAreNotTestedNeverFailed() throws IOException {
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.NONE)) {
            SuiteRun run = runAgainst(provider, "cimi-xml, cimi-volumes, cimi-networks", List.of("CIMI-VOL-001",
                    "CIMI-VOL-002", "CIMI-NET-001", "CIMI-Q-001", "CIMI-HTTP-015", "CIMI-HTTP-012"));
            JsonNode report = run.report();
            // claimed, but the Cloud Entry Point has no volumes/networks collection: skipped, so not tested
            for (String id : new String[] {"CIMI-VOL-001", "CIMI-VOL-002", "CIMI-NET-001"}) {
                assertThat(statusOf(report, id)).as(id).isEqualTo("NOT_TESTED");
            }
            // not claimed: the query scenarios do not count against the provider
            assertThat(statusOf(report, "CIMI-Q-001")).isEqualTo("NOT_APPLICABLE");
            // no ETag is sent, so the stale If-Match scenario has nothing to check
            assertThat(statusOf(report, "CIMI-HTTP-015")).isEqualTo("NOT_TESTED");
            assertThat(statusOf(report, "CIMI-HTTP-012")).as("out: %s", run.out()).isEqualTo("PASSED");
        }
    }

    @Test
    public void aProviderAnsweringAnyAcceptIsCaught() throws IOException {
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.IGNORES_ACCEPT)) {
            JsonNode report = runAgainst(provider, List.of("CIMI-HTTP-012", "CIMI-CEP-001")).report();
            assertThat(statusOf(report, "CIMI-HTTP-012")).isEqualTo("FAILED");
            assertThat(statusOf(report, "CIMI-CEP-001")).isEqualTo("PASSED");
        }
    }

    private static final String CREDENTIALS = """
            credentials:
              cimi:
                user: tester
                password: s3cret
            """;

    @Test
    public void aProviderRequiringCredentialsRefusesRequestsWithoutThemAndStillPassesWithThem() throws IOException {
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.NONE, "tester", "s3cret")) {
            SuiteRun run = runAgainst(provider, "cimi-xml", CREDENTIALS, List.of("CIMI-HTTP-008", "CIMI-COL-001",
                    "CIMI-MACH-003"));
            JsonNode report = run.report();
            assertThat(statusOf(report, "CIMI-HTTP-008")).as("out: %s\nerr: %s", run.out(), run.err())
                    .isEqualTo("PASSED");
            // every other check went through with the target's credentials
            assertThat(statusOf(report, "CIMI-COL-001")).isEqualTo("PASSED");
            assertThat(statusOf(report, "CIMI-MACH-003")).isEqualTo("PASSED");
        }
    }

    @Test
    public void aProviderThatCreatesWithoutCredentialsIsCaught() throws IOException {
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.CREATES_WITHOUT_CREDENTIALS,
                "tester", "s3cret")) {
            JsonNode report = runAgainst(provider, "cimi-xml", CREDENTIALS, List.of("CIMI-HTTP-008",
                    "CIMI-CEP-001")).report();
            assertThat(statusOf(report, "CIMI-HTTP-008")).isEqualTo("FAILED");
            assertThat(statusOf(report, "CIMI-CEP-001")).isEqualTo("PASSED");
        }
    }

    @Test
    public void withoutCredentialsInTheTargetTheOptionalFeaturesOfAnOpenProviderAreNotHeldAgainstIt()
            throws IOException {
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.NONE)) {
            SuiteRun run = runAgainst(provider, "cimi-xml, cimi-jobs, cimi-resource-metadata", List.of(
                    "CIMI-RMD-001", "CIMI-JOB-002"));
            JsonNode report = run.report();
            // claimed but absent from the Cloud Entry Point: ResourceMetadata fails, jobs are not tested
            assertThat(statusOf(report, "CIMI-RMD-001")).as("out: %s", run.out()).isEqualTo("FAILED");
            assertThat(statusOf(report, "CIMI-JOB-002")).isEqualTo("NOT_TESTED");
        }
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.NONE)) {
            JsonNode report = runAgainst(provider, "cimi-xml", List.of("CIMI-RMD-001", "CIMI-JOB-002")).report();
            assertThat(statusOf(report, "CIMI-RMD-001")).isIn("NOT_TESTED", "NOT_APPLICABLE");
            assertThat(statusOf(report, "CIMI-JOB-002")).isEqualTo("NOT_APPLICABLE");
        }
    }

    @Test
    public void extensionAttributesAreIgnoredByTheChecks() throws IOException {
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.EXTENSIONS)) {
            List<String> judged = List.of("CIMI-COM-011", "CIMI-CEP-001", "CIMI-CEP-004", "CIMI-CEP-005",
                    "CIMI-COL-001", "CIMI-COL-002", "CIMI-MACH-002", "CIMI-MACH-003");
            SuiteRun run = runAgainst(provider, judged);
            JsonNode report = run.report();
            for (String id : judged) {
                assertThat(statusOf(report, id)).as("%s\nout: %s", id, run.out()).isEqualTo("PASSED");
            }
        }
    }

    @Test
    public void aRefusalWithoutAChallengeIsCaught() throws IOException {
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.NO_CHALLENGE, "tester",
                "s3cret")) {
            JsonNode report = runAgainst(provider, "cimi-xml", CREDENTIALS, NO_CHALLENGE_JUDGED).report();
            assertThat(statusOf(report, "CIMI-HTTP-016")).isEqualTo("FAILED");
            assertThat(statusOf(report, "CIMI-HTTP-008")).isEqualTo("PASSED");
        }
        try (FakeCimiProvider provider = new FakeCimiProvider(FakeCimiProvider.Fault.NONE, "tester", "s3cret")) {
            JsonNode report = runAgainst(provider, "cimi-xml", CREDENTIALS, NO_CHALLENGE_JUDGED).report();
            assertThat(statusOf(report, "CIMI-HTTP-016")).isEqualTo("PASSED");
        }
    }
}
