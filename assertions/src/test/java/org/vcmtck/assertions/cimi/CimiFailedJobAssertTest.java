package org.vcmtck.assertions.cimi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatJob;

import org.testng.annotations.Test;

/** CIMI-JOB-006 on failed jobs, in both media types, and on the broken ways a provider may report a failure. */
public class CimiFailedJobAssertTest {

    private static final String FAILED_JSON = """
            {"resourceURI": "http://schemas.dmtf.org/cimi/1/Job", "id": "http://h/cimi/jobs/9", "state": "FAILED",
             "action": "add", "targetResource": {"href": "http://h/cimi/machines/3"}, "progress": 40,
             "returnCode": 1, "statusMessage": "the image could not be read"}
            """;

    private static final String FAILED_XML = """
            <Job xmlns="http://schemas.dmtf.org/cimi/1"><id>http://h/cimi/jobs/9</id><state>FAILED</state>
            <targetResource href="http://h/cimi/machines/3"/><action>add</action><returnCode>%s</returnCode>
            %s</Job>
            """;

    private static CimiDocument json(String body) {
        return CimiDocument.read(body, CimiFormat.JSON);
    }

    private static CimiDocument xml(String returnCode, String statusMessage) {
        return CimiDocument.read(FAILED_XML.formatted(returnCode,
                statusMessage == null ? "" : "<statusMessage>" + statusMessage + "</statusMessage>"), CimiFormat.XML);
    }

    @Test
    public void aFailedJobThatSaysWhyPasses() {
        assertThatCode(() -> assertThatJob(json(FAILED_JSON)).reportsItsFailure("CIMI-JOB-006"))
                .doesNotThrowAnyException();
        assertThatCode(() -> assertThatJob(xml("7", "disk unreadable")).reportsItsFailure("CIMI-JOB-006"))
                .doesNotThrowAnyException();
    }

    @Test
    public void aJobThatDidNotFailIsNotJudged() {
        String succeeded = FAILED_JSON.replace("FAILED", "SUCCESS").replace("\"returnCode\": 1", "\"returnCode\": 0");
        assertThatCode(() -> assertThatJob(json(succeeded)).reportsItsFailure("CIMI-JOB-006"))
                .doesNotThrowAnyException();
    }

    @Test
    public void aFailedJobWithReturnCodeZeroFails() {
        assertThatThrownBy(() -> assertThatJob(json(FAILED_JSON.replace("\"returnCode\": 1", "\"returnCode\": 0")))
                .reportsItsFailure("CIMI-JOB-006")).hasMessageContaining("[CIMI-JOB-006]")
                .hasMessageContaining("returnCode 0");
        assertThatThrownBy(() -> assertThatJob(xml("0", "disk unreadable")).reportsItsFailure("CIMI-JOB-006"))
                .hasMessageContaining("returnCode 0");
    }

    @Test
    public void aFailedJobWithoutAnIntegerReturnCodeFails() {
        assertThatThrownBy(() -> assertThatJob(json(FAILED_JSON.replace("\"returnCode\": 1,", "")))
                .reportsItsFailure("CIMI-JOB-006")).hasMessageContaining("returnCode is missing");
        assertThatThrownBy(() -> assertThatJob(xml("broken", "disk unreadable")).reportsItsFailure("CIMI-JOB-006"))
                .hasMessageContaining("not an integer");
    }

    @Test
    public void aFailedJobWithoutAStatusMessageFails() {
        String silent = FAILED_JSON.replace(", \"statusMessage\": \"the image could not be read\"", "");
        assertThatThrownBy(() -> assertThatJob(json(silent)).reportsItsFailure("CIMI-JOB-006"))
                .hasMessageContaining("without a statusMessage");
        assertThatThrownBy(() -> assertThatJob(xml("3", " ")).reportsItsFailure("CIMI-JOB-006"))
                .hasMessageContaining("without a statusMessage");
    }
}
