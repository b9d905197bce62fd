package org.vcmtck.assertions.cimi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.testng.annotations.Test;

public class CimiDocumentTest {

    @Test
    public void readsTheTypeOfJsonFromResourceUri() {
        CimiDocument cep = CimiDocument.read(CimiSamples.CEP_JSON, CimiFormat.JSON);
        assertThat(cep.typeUri()).contains(CimiSamples.NS + "/CloudEntryPoint");
        assertThat(cep.text("baseURI")).contains("http://h/cimi/");
    }

    @Test
    public void readsTheTypeOfXmlFromRootNameAndNamespace() {
        CimiDocument cep = CimiDocument.read(CimiSamples.CEP_XML, CimiFormat.XML);
        assertThat(cep.typeUri()).contains(CimiSamples.NS + "/CloudEntryPoint");
        assertThat(cep.xmlRoot()).isEqualTo("{" + CimiSamples.NS + "}CloudEntryPoint");
    }

    @Test
    public void readsTheTypeOfAnXmlCollectionFromItsResourceUriAttribute() {
        CimiDocument collection = CimiDocument.read(CimiSamples.COLLECTION_XML, CimiFormat.XML);
        assertThat(collection.typeUri()).contains(CimiSamples.NS + "/MachineCollection");
    }

    @Test
    public void listsReferencesOfTheCimiVocabularyOnly() {
        CimiDocument xml = CimiDocument.read(CimiSamples.CEP_XML, CimiFormat.XML);
        assertThat(xml.references()).containsOnlyKeys("machines");
        CimiDocument json = CimiDocument.read(CimiSamples.CEP_JSON, CimiFormat.JSON);
        assertThat(json.references()).containsEntry("machineTemplates", "machineTemplates")
                .containsEntry("machines", "http://h/cimi/machines");
        assertThat(json.href("machines")).contains("http://h/cimi/machines");
    }

    @Test
    public void collectsEveryHrefIncludingNestedOnes() {
        CimiDocument machine = CimiDocument.read(CimiSamples.MACHINE_JSON, CimiFormat.JSON);
        assertThat(machine.allHrefs()).containsExactly("http://h/cimi/machines/1", "http://h/cimi/machines/1/start");
        CimiDocument xml = CimiDocument.read(CimiSamples.CEP_XML, CimiFormat.XML);
        assertThat(xml.allHrefs()).containsExactly("http://h/cimi/machines", "http://h/cimi/realms");
    }

    @Test
    public void readsOperationsInBothFormats() {
        CimiDocument json = CimiDocument.read(CimiSamples.MACHINE_JSON, CimiFormat.JSON);
        assertThat(json.operation(CimiVocabulary.START)).map(CimiOperation::href)
                .contains("http://h/cimi/machines/1/start");
        CimiDocument xml = CimiDocument.read(CimiSamples.MACHINE_XML, CimiFormat.XML);
        assertThat(xml.operations()).containsExactly(
                new CimiOperation(CimiVocabulary.STOP, "http://h/cimi/machines/1/stop"));
    }

    @Test
    public void readsCollectionEntriesInBothFormats() {
        CimiDocument json = CimiDocument.read(CimiSamples.COLLECTION_JSON, CimiFormat.JSON);
        assertThat(json.entries("machines", "Machine")).extracting(e -> e.text("id").orElseThrow())
                .containsExactly("http://h/cimi/machines/1", "http://h/cimi/machines/2");
        CimiDocument xml = CimiDocument.read(CimiSamples.COLLECTION_XML, CimiFormat.XML);
        assertThat(xml.entries("machines", "Machine")).hasSize(1);
        assertThat(xml.entries("machines", "Machine").get(0).typeUri()).contains(CimiSamples.NS + "/Machine");
    }

    @Test
    public void tellsIntegersFromOtherText() {
        assertThat(CimiDocument.read(CimiSamples.MACHINE_JSON, CimiFormat.JSON).isInteger("memory")).isTrue();
        assertThat(CimiDocument.read(CimiSamples.MACHINE_XML, CimiFormat.XML).isInteger("memory")).isFalse();
        assertThat(CimiDocument.read(CimiSamples.COLLECTION_XML, CimiFormat.XML).isInteger("count")).isTrue();
    }

    @Test
    public void refusesMalformedBodiesNamingTheFormat() {
        assertThatThrownBy(() -> CimiDocument.read("{\"id\": ", CimiFormat.JSON))
                .isInstanceOf(CimiDocumentException.class).hasMessageContaining("JSON");
        assertThatThrownBy(() -> CimiDocument.read("[1, 2]", CimiFormat.JSON))
                .isInstanceOf(CimiDocumentException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> CimiDocument.read("<Machine>", CimiFormat.XML))
                .isInstanceOf(CimiDocumentException.class).hasMessageContaining("XML");
    }

    @Test
    public void refusesDoctypesSoNoEntityIsEverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Machine [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <Machine xmlns="http://schemas.dmtf.org/cimi/1"><name>&secret;</name></Machine>
                """;
        assertThatThrownBy(() -> CimiDocument.read(xxe, CimiFormat.XML))
                .isInstanceOf(CimiDocumentException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    public void mapsContentTypesToFormats() {
        assertThat(CimiFormat.ofContentType("application/json; charset=utf-8")).contains(CimiFormat.JSON);
        assertThat(CimiFormat.ofContentType("text/xml")).contains(CimiFormat.XML);
        assertThat(CimiFormat.ofContentType("text/plain")).isEmpty();
    }
}
