package org.vcmtck.assertions.cimi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatJob;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResourceMetadata;

import org.testng.annotations.Test;

public class CimiMetadataAndJobAssertionsTest {

    private static final String RMD_JSON = """
            {"resourceURI": "http://schemas.dmtf.org/cimi/1/ResourceMetadata", "id": "http://h/cimi/rmd/machine",
             "name": "Machine", "typeUri": "http://schemas.dmtf.org/cimi/1/Machine",
             "capabilities": [{"name": "DefaultInitialState",
                               "uri": "http://schemas.dmtf.org/cimi/1/capability/Machine/DefaultInitialState",
                               "description": "state after creation", "value": "STOPPED"}],
             "attributes": [{"name": "realm", "namespace": "urn:x", "type": "string", "required": false}],
             "actions": [{"name": "reboot", "uri": "urn:x/reboot", "description": "vendor reboot", "method": "POST",
                          "inputMessage": "application/json", "outputMessage": "application/json"}]}
            """;

    private static final String RMD_XML = """
            <ResourceMetadata xmlns="http://schemas.dmtf.org/cimi/1"><id>http://h/cimi/rmd/machine</id>
              <name>Machine</name><typeUri>http://schemas.dmtf.org/cimi/1/Machine</typeUri>
              <capability><name>DefaultInitialState</name>
                <uri>http://schemas.dmtf.org/cimi/1/capability/Machine/DefaultInitialState</uri>
                <description>state after creation</description><value>STOPPED</value></capability>
            </ResourceMetadata>
            """;

    private static final String JOB_JSON = """
            {"resourceURI": "http://schemas.dmtf.org/cimi/1/Job", "id": "http://h/cimi/jobs/7", "state": "SUCCESS",
             "progress": 100, "action": "http://schemas.dmtf.org/cimi/1/action/start",
             "targetResource": {"href": "http://h/cimi/machines/1"}}
            """;

    private static CimiDocument json(String body) {
        return CimiDocument.read(body, CimiFormat.JSON);
    }

    @Test
    public void wellFormedMetadataPassesInBothFormats() {
        assertThatCode(() -> assertThatResourceMetadata(json(RMD_JSON)).describesAResourceType("CIMI-RMD-002")
                .hasWellFormedCapabilities("CIMI-RMD-003").hasWellFormedAttributes("CIMI-RMD-004")
                .hasWellFormedActions("CIMI-RMD-005")).doesNotThrowAnyException();
        CimiDocument xml = CimiDocument.read(RMD_XML, CimiFormat.XML);
        assertThat(assertThatResourceMetadata(xml).capabilities()).hasSize(1);
        assertThatCode(() -> assertThatResourceMetadata(xml).describesAResourceType("CIMI-RMD-002")
                .hasWellFormedCapabilities("CIMI-RMD-003")).doesNotThrowAnyException();
    }

    @Test
    public void xmlDescriptorsNamedAfterTheirTypeAreReadToo() {
        String typeNamed = RMD_XML.replace("<capability>", "<Capability>").replace("</capability>", "</Capability>");
        CimiDocument xml = CimiDocument.read(typeNamed, CimiFormat.XML);
        assertThat(assertThatResourceMetadata(xml).capabilities()).hasSize(1);
        assertThatThrownBy(() -> assertThatResourceMetadata(CimiDocument.read(typeNamed.replace("<value>STOPPED</value>",
                ""), CimiFormat.XML)).hasWellFormedCapabilities("CIMI-RMD-003"))
                .hasMessageContaining("lacks [value]");
    }

    @Test
    public void metadataWithoutTypeUriOrDescriptorsFails() {
        String bare = "{\"id\": \"http://h/cimi/rmd/1\", \"name\": \"Machine\"}";
        assertThatThrownBy(() -> assertThatResourceMetadata(json(bare)).describesAResourceType("CIMI-RMD-002"))
                .hasMessageContaining("[CIMI-RMD-002] ResourceMetadata Machine")
                .hasMessageContaining("'typeUri' is missing")
                .hasMessageContaining("describes no capability, attribute or action");
    }

    @Test
    public void aCapabilityWithoutValueAndARepeatedUriAreNamed() {
        String noValue = RMD_JSON.replace(", \"value\": \"STOPPED\"", "");
        assertThatThrownBy(() -> assertThatResourceMetadata(json(noValue)).hasWellFormedCapabilities("CIMI-RMD-003"))
                .hasMessageContaining("capability DefaultInitialState lacks [value]");
        String twice = RMD_JSON.replace("\"capabilities\": [{", "\"capabilities\": [{\"name\": \"Again\", "
                + "\"uri\": \"http://schemas.dmtf.org/cimi/1/capability/Machine/DefaultInitialState\", "
                + "\"description\": \"d\", \"value\": \"v\"}, {");
        assertThatThrownBy(() -> assertThatResourceMetadata(json(twice)).hasWellFormedCapabilities("CIMI-RMD-003"))
                .hasMessageContaining("is given twice");
    }

    @Test
    public void attributeAndActionDescriptorsNeedTheirMembers() {
        String oddRequired = RMD_JSON.replace("\"required\": false", "\"required\": \"maybe\"");
        assertThatThrownBy(() -> assertThatResourceMetadata(json(oddRequired)).hasWellFormedAttributes("CIMI-RMD-004"))
                .hasMessageContaining("'required' is 'maybe'");
        String noMethod = RMD_JSON.replace("\"method\": \"POST\",", "");
        assertThatThrownBy(() -> assertThatResourceMetadata(json(noMethod)).hasWellFormedActions("CIMI-RMD-005"))
                .hasMessageContaining("[CIMI-RMD-005]").hasMessageContaining("action reboot lacks [method]");
    }

    @Test
    public void aWellFormedJobPasses() {
        assertThatCode(() -> assertThatJob(json(JOB_JSON)).hasStateOfTheJobModel("CIMI-JOB-002")
                .namesItsActionAndTarget("CIMI-JOB-001").hasProgressInRange("CIMI-JOB-003"))
                .doesNotThrowAnyException();
    }

    @Test
    public void aJobOutsideTheModelFails() {
        assertThatThrownBy(() -> assertThatJob(json(JOB_JSON.replace("SUCCESS", "DONE")))
                .hasStateOfTheJobModel("CIMI-JOB-002"))
                .hasMessageContaining("[CIMI-JOB-002]").hasMessageContaining("state 'DONE'");
        assertThatThrownBy(() -> assertThatJob(json(JOB_JSON.replace("\"targetResource\"", "\"target\"")))
                .namesItsActionAndTarget("CIMI-JOB-001"))
                .hasMessageContaining("no targetResource reference");
        assertThatThrownBy(() -> assertThatJob(json(JOB_JSON.replace("100", "60")))
                .hasProgressInRange("CIMI-JOB-003"))
                .hasMessageContaining("succeeded with progress 60");
        assertThatThrownBy(() -> assertThatJob(json(JOB_JSON.replace("100", "140")))
                .hasProgressInRange("CIMI-JOB-003"))
                .hasMessageContaining("outside 0..100");
    }
}
