package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;

import io.cucumber.java.en.Then;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiVocabulary;

/** Checks of the Cloud Entry Point (DSP0263 Model › Cloud Entry Point). */
public class CimiEntryPointSteps {

    private final CimiContext cimi;

    public CimiEntryPointSteps(CimiContext cimi) {
        this.cimi = cimi;
    }

    @Then("the Cloud Entry Point declares its type, its id and a base URI ending in {string}")
    public void theCloudEntryPointDeclaresTypeIdAndBaseUri(String suffix) {
        CimiDocument cep = cimi.entryPoint();
        // JSON names the type in resourceURI (CEP-002); XML by root element and namespace (COM-004)
        String typeRequirement = cep.format() == CimiFormat.JSON ? "CIMI-CEP-002" : "CIMI-COM-004";
        assertThatResource(cep).isOfType(typeRequirement, "CloudEntryPoint")
                .hasAttribute("CIMI-CEP-002", "id")
                .hasAttributeEndingWith("CIMI-CEP-002", "baseURI", suffix);
    }

    @Then("the Cloud Entry Point references its collections only under the names CIMI defines")
    public void theCloudEntryPointReferencesOnlyKnownCollections() {
        CimiDocument cep = cimi.entryPoint();
        assertThatResource(cep).referencesOnly("CIMI-CEP-003", CimiVocabulary.ENTRY_POINT_COLLECTIONS);
        if (cep.references().isEmpty()) {
            throw new AssertionError("[CIMI-CEP-003] the Cloud Entry Point references no collection at all");
        }
    }

    @Then("every href in the Cloud Entry Point is an absolute http or https URI")
    public void everyHrefIsAbsolute() {
        assertThatResource(cimi.entryPoint()).hasOnlyAbsoluteHrefs("CIMI-CEP-006");
    }

    @Then("the answer carries a non-empty CIMI-Specification-Version header")
    public void theAnswerCarriesTheSpecificationVersion() {
        CimiExchange answer = cimi.last();
        String version = answer.header("CIMI-Specification-Version").map(String::trim).orElse("");
        if (version.isEmpty()) {
            throw new AssertionError("[CIMI-HTTP-014] " + answer.summary()
                    + " carries no CIMI-Specification-Version header; headers are " + answer.headers().keySet());
        }
    }
}
