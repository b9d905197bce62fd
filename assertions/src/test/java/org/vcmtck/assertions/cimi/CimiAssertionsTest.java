package org.vcmtck.assertions.cimi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatCollection;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;

import org.testng.annotations.Test;

public class CimiAssertionsTest {

    private static CimiDocument json(String body) {
        return CimiDocument.read(body, CimiFormat.JSON);
    }

    private static CimiDocument xml(String body) {
        return CimiDocument.read(body, CimiFormat.XML);
    }

    @Test
    public void acceptsTheDeclaredTypeInBothFormats() {
        assertThatCode(() -> assertThatResource(json(CimiSamples.MACHINE_JSON)).isOfType("CIMI-COM-003", "Machine"))
                .doesNotThrowAnyException();
        assertThatCode(() -> assertThatResource(xml(CimiSamples.MACHINE_XML)).isOfType("CIMI-COM-004", "Machine"))
                .doesNotThrowAnyException();
    }

    @Test
    public void aWrongTypeNamesRequirementAndWhatWasFound() {
        assertThatThrownBy(() -> assertThatResource(json(CimiSamples.CEP_JSON)).isOfType("CIMI-COM-003", "Machine"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[CIMI-COM-003]")
                .hasMessageContaining("resourceURI 'http://schemas.dmtf.org/cimi/1/CloudEntryPoint'");
        assertThatThrownBy(() -> assertThatResource(xml(CimiSamples.CEP_XML)).isOfType("CIMI-COM-004", "Machine"))
                .hasMessageContaining("root element {http://schemas.dmtf.org/cimi/1}CloudEntryPoint");
    }

    @Test
    public void aMissingAttributeIsNamed() {
        assertThatThrownBy(() -> assertThatResource(json(CimiSamples.MACHINE_JSON))
                .hasAttribute("CIMI-COM-001", "name"))
                .hasMessageContaining("[CIMI-COM-001] Machine http://h/cimi/machines/1: attribute 'name' is missing");
    }

    @Test
    public void comparesAttributeValues() {
        assertThatThrownBy(() -> assertThatResource(json(CimiSamples.MACHINE_JSON))
                .hasAttributeEqualTo("CIMI-COM-001", "id", "http://h/cimi/machines/2"))
                .hasMessageContaining("expected 'http://h/cimi/machines/2' but found 'http://h/cimi/machines/1'");
        assertThatThrownBy(() -> assertThatResource(xml(CimiSamples.CEP_XML))
                .hasAttributeEndingWith("CIMI-CEP-002", "id", "/"))
                .hasMessageContaining("'id' should end with '/'");
    }

    @Test
    public void aStateOutsideTheModelFails() {
        String odd = CimiSamples.MACHINE_JSON.replace("STOPPED", "RUNNING");
        assertThatThrownBy(() -> assertThatResource(json(odd))
                .hasAttributeIn("CIMI-MACH-002", "state", CimiVocabulary.MACHINE_STATES))
                .hasMessageContaining("'state' is 'RUNNING'");
    }

    @Test
    public void memoryMustBeAnInteger() {
        assertThatCode(() -> assertThatResource(json(CimiSamples.MACHINE_JSON))
                .hasIntegerAttributeIfPresent("CIMI-COM-010", "memory")).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThatResource(xml(CimiSamples.MACHINE_XML))
                .hasIntegerAttributeIfPresent("CIMI-COM-010", "memory"))
                .hasMessageContaining("[CIMI-COM-010]").hasMessageContaining("'1 GiB'");
    }

    @Test
    public void checksAdvertisedOperationsAgainstTheState() {
        CimiDocument stopped = json(CimiSamples.MACHINE_JSON);
        assertThatCode(() -> assertThatResource(stopped).advertises("CIMI-COM-006", CimiVocabulary.START)
                .doesNotAdvertise("CIMI-COM-006", CimiVocabulary.STOP)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThatResource(stopped).advertises("CIMI-COM-006", CimiVocabulary.STOP))
                .hasMessageContaining("operation '" + CimiVocabulary.STOP + "' is not advertised");
        assertThatThrownBy(() -> assertThatResource(stopped).doesNotAdvertise("CIMI-COM-008", CimiVocabulary.START))
                .hasMessageContaining("(state STOPPED)");
    }

    @Test
    public void genericOperationsAreBareWords() {
        assertThatCode(() -> assertThatResource(json(CimiSamples.MACHINE_JSON)).hasWellFormedOperations("CIMI-COM-007"))
                .doesNotThrowAnyException();
        String wrong = CimiSamples.MACHINE_JSON.replace("\"delete\"", "\"http://schemas.dmtf.org/cimi/1/action/delete\"");
        assertThatThrownBy(() -> assertThatResource(json(wrong)).hasWellFormedOperations("CIMI-COM-007"))
                .hasMessageContaining("generic operation written as an action URI");
        String bare = CimiSamples.MACHINE_JSON.replace("\"http://schemas.dmtf.org/cimi/1/action/start\"", "\"start\"");
        assertThatThrownBy(() -> assertThatResource(json(bare)).hasWellFormedOperations("CIMI-COM-007"))
                .hasMessageContaining("rel 'start' is neither");
    }

    @Test
    public void relativeHrefsAreListed() {
        assertThatThrownBy(() -> assertThatResource(json(CimiSamples.CEP_JSON)).hasOnlyAbsoluteHrefs("CIMI-CEP-006"))
                .hasMessageContaining("[CIMI-CEP-006]").hasMessageContaining("[machineTemplates]");
        assertThatCode(() -> assertThatResource(xml(CimiSamples.CEP_XML)).hasOnlyAbsoluteHrefs("CIMI-CEP-006"))
                .doesNotThrowAnyException();
    }

    @Test
    public void unknownCollectionNamesInTheEntryPointFail() {
        String odd = CimiSamples.CEP_JSON.replace("\"machines\"", "\"vms\"");
        assertThatThrownBy(() -> assertThatResource(json(odd))
                .referencesOnly("CIMI-CEP-003", CimiVocabulary.ENTRY_POINT_COLLECTIONS))
                .hasMessageContaining("[vms]");
        // an extension in its own XML namespace is not a CIMI name (CIMI-COM-011)
        assertThatCode(() -> assertThatResource(xml(CimiSamples.CEP_XML))
                .referencesOnly("CIMI-CEP-003", CimiVocabulary.ENTRY_POINT_COLLECTIONS)).doesNotThrowAnyException();
    }

    @Test
    public void aConsistentCollectionPasses() {
        assertThatCode(() -> assertThatCollection(json(CimiSamples.COLLECTION_JSON), "machines", "Machine")
                .hasIdCountAndEntries("CIMI-COL-001").hasCountMatchingEntries("CIMI-COL-002")
                .advertisesAddToItself("CIMI-COL-003").listsEntryWithId("CIMI-COL-005", "http://h/cimi/machines/2")
                .doesNotListEntryWithId("CIMI-COL-005", "http://h/cimi/machines/3"))
                .doesNotThrowAnyException();
    }

    @Test
    public void collectionFaultsAreNamed() {
        CimiDocument collection = xml(CimiSamples.COLLECTION_XML);
        assertThatThrownBy(() -> assertThatCollection(collection, "machines", "Machine")
                .hasCountMatchingEntries("CIMI-COL-002"))
                .hasMessageContaining("[CIMI-COL-002]").hasMessageContaining("count is 3 but 1 entries are listed");
        assertThatThrownBy(() -> assertThatCollection(collection, "machines", "Machine")
                .advertisesAddToItself("CIMI-COL-003"))
                .hasMessageContaining("points at 'http://h/cimi/other'");
        assertThatThrownBy(() -> assertThatCollection(collection, "machines", "Machine")
                .doesNotListEntryWithId("CIMI-COL-005", "http://h/cimi/machines/1"))
                .hasMessageContaining("still lists the entry http://h/cimi/machines/1");
        String noCount = CimiSamples.COLLECTION_JSON.replace("\"count\": 2,", "\"count\": \"two\",");
        assertThatThrownBy(() -> assertThatCollection(json(noCount), "machines", "Machine")
                .hasIdCountAndEntries("CIMI-COL-001"))
                .hasMessageContaining("'count' should be an integer but is 'two'");
    }
}
