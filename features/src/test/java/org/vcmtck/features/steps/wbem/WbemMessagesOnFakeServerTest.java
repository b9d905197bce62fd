package org.vcmtck.features.steps.wbem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/** Runs messages.feature against {@link FakeMessageServer}; every fault must fail the requirement it breaks. */
public class WbemMessagesOnFakeServerTest {

    private static final Path MESSAGES = Path.of("src/main/resources/features/wbem/messages.feature");

    private static SuiteRun runAgainst(FakeMessageServer server) throws IOException {
        Path target = Files.createTempFile("wbem-messages-target", ".yaml");
        Files.writeString(target, """
                name: fake WBEM server for message structure
                endpoints:
                  wbem: %s
                claims:
                  standards: [DSP0200]
                  features: [wbem-pull]
                """.formatted(server.url()));
        return SuiteRun.of(target, Files.createTempDirectory("wbem-messages-run"), Optional.of(MESSAGES));
    }

    @Test
    public void aConformingServerPassesEveryMessageRequirement() throws IOException {
        try (FakeMessageServer server = new FakeMessageServer(FakeMessageServer.Fault.NONE)) {
            SuiteRun run = runAgainst(server);
            JsonNode report = run.report();
            for (String id : new String[] {"WBEM-XML-004", "WBEM-XML-005", "WBEM-XML-006", "WBEM-XML-008",
                "WBEM-XML-010", "WBEM-XML-011", "WBEM-XML-012", "WBEM-XML-013", "WBEM-XML-014", "WBEM-XML-015",
                "WBEM-XML-016", "WBEM-XML-017", "WBEM-ERR-003", "WBEM-ERR-004"}) {
                assertThat(statusOf(report, id)).as("%s\nout: %s\nerr: %s", id, run.out(), run.err())
                        .isEqualTo("PASSED");
            }
        }
    }

    @DataProvider
    public Object[][] faults() {
        return new Object[][] {
            {FakeMessageServer.Fault.TWO_CALLS_ACCEPTED, "WBEM-XML-004"},
            {FakeMessageServer.Fault.NULL_PROPERTY_LIST_IS_EMPTY, "WBEM-XML-006"},
            {FakeMessageServer.Fault.KEY_ORDER_MATTERS, "WBEM-XML-013"},
            {FakeMessageServer.Fault.BOOLEANS_UPPER_CASE_ONLY, "WBEM-XML-015"},
            {FakeMessageServer.Fault.INT_TYPE_ACCEPTED, "WBEM-XML-017"},
            {FakeMessageServer.Fault.VOID_RETURNS_IRETURNVALUE, "WBEM-XML-010"},
            {FakeMessageServer.Fault.ERROR_WITH_RETURNVALUE, "WBEM-ERR-004"},
            {FakeMessageServer.Fault.EMBEDDED_IGNORED, "WBEM-XML-016"},
            {FakeMessageServer.Fault.PROPERTY_WITHOUT_TYPE, "WBEM-XML-014"},
        };
    }

    @Test(dataProvider = "faults")
    public void eachFaultFailsItsRequirement(FakeMessageServer.Fault fault, String requirement) throws IOException {
        try (FakeMessageServer server = new FakeMessageServer(fault)) {
            SuiteRun run = runAgainst(server);
            assertThat(statusOf(run.report(), requirement)).as("%s under %s\nout: %s", requirement, fault, run.out())
                    .isEqualTo("FAILED");
            // the fault breaks one rule only: the error scenario, which no fault touches, still passes
            assertThat(statusOf(run.report(), "WBEM-XML-011")).isEqualTo("PASSED");
        }
    }
}
