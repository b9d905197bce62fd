package org.vcmtck.features.steps.cimi;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiFormat;

public class CimiResourceMetadataStepsTest {

    @Test
    public void collectionNamesGiveTheTypesTheyHold() {
        assertThat(CimiResourceMetadataSteps.typeOfCollection("machines")).isEqualTo("Machine");
        assertThat(CimiResourceMetadataSteps.typeOfCollection("machineConfigs")).isEqualTo("MachineConfiguration");
        assertThat(CimiResourceMetadataSteps.typeOfCollection("addresses")).isEqualTo("Address");
        assertThat(CimiResourceMetadataSteps.typeOfCollection("resourceMetadata")).isEqualTo("ResourceMetadata");
    }

    @Test
    public void theServedTypesAreThoseOfTheEntryPointsCollections() {
        CimiDocument cep = CimiDocument.read("""
                {"resourceURI": "http://schemas.dmtf.org/cimi/1/CloudEntryPoint", "id": "http://h/cep",
                 "machines": {"href": "http://h/machines"}, "jobs": {"href": "http://h/jobs"}}
                """, CimiFormat.JSON);
        assertThat(CimiResourceMetadataSteps.servedTypeNames(cep))
                .containsExactlyInAnyOrder("CloudEntryPoint", "Machine", "Job");
    }
}
