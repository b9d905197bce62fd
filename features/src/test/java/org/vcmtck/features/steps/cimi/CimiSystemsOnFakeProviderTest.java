package org.vcmtck.features.steps.cimi;

import static org.vcmtck.features.fixtures.SuiteRun.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/** Runs the systems feature against a small Systems provider, clean and with one broken rule at a time. */
public class CimiSystemsOnFakeProviderTest {

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


    private static final Path SYSTEMS_FEATURE = Path.of("src/main/resources/features/cimi/systems.feature");

    private static JsonNode run(FakeSystemsProvider provider) throws IOException {
        Path target = Files.createTempFile("cimi-systems-target", ".yaml");
        Files.writeString(target, """
                name: fake CIMI systems provider
                endpoints:
                  cimi: %s
                claims:
                  standards: [DSP0263]
                  features: [cimi-systems]
                """.formatted(provider.entryPoint()));
        return SuiteRun.of(target, Files.createTempDirectory("cimi-systems-run"), Optional.of(SYSTEMS_FEATURE))
                .report();
    }


    @Test
    public void aConformingProviderPassesAndUnclaimedOvfIsNotApplicable() throws IOException {
        try (FakeSystemsProvider provider = new FakeSystemsProvider(FakeSystemsProvider.Fault.NONE)) {
            JsonNode report = run(provider);
            for (String id : new String[] {"CIMI-SYS-001", "CIMI-SYS-002", "CIMI-SYS-003"}) {
                assertThat(statusOf(report, id)).as(id).isEqualTo("PASSED");
            }
            assertThat(statusOf(report, "CIMI-SYS-004")).isEqualTo("NOT_APPLICABLE");
            assertThat(statusOf(report, "CIMI-SYS-005")).isEqualTo("NOT_APPLICABLE");
        }
    }

    @Test
    public void aSystemWithoutStateIsCaught() throws IOException {
        try (FakeSystemsProvider provider = new FakeSystemsProvider(FakeSystemsProvider.Fault.NO_STATE)) {
            JsonNode report = run(provider);
            assertThat(statusOf(report, "CIMI-SYS-001")).isEqualTo("FAILED");
            assertThat(statusOf(report, "CIMI-SYS-004")).isEqualTo("NOT_APPLICABLE");
        }
    }

    @Test
    public void aStopThatLeavesMembersRunningIsCaught() throws IOException {
        try (FakeSystemsProvider provider = new FakeSystemsProvider(FakeSystemsProvider.Fault.STOP_LEAVES_MEMBERS)) {
            JsonNode report = run(provider);
            assertThat(statusOf(report, "CIMI-SYS-002")).isEqualTo("FAILED");
            assertThat(statusOf(report, "CIMI-SYS-003")).isEqualTo("PASSED");
        }
    }

    @Test
    public void aSystemWithTooFewMachinesIsCaught() throws IOException {
        try (FakeSystemsProvider provider = new FakeSystemsProvider(FakeSystemsProvider.Fault.WRONG_QUANTITY)) {
            assertThat(statusOf(run(provider), "CIMI-SYS-003")).isEqualTo("FAILED");
        }
    }
}
