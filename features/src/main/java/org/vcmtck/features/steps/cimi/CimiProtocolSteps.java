package org.vcmtck.features.steps.cimi;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Set;
import org.vcmtck.assertions.cimi.CimiFormat;

/** Steps shared by every CIMI feature: choosing the format and checking the answer's status and media type. */
public class CimiProtocolSteps {

    private final CimiContext cimi;

    public CimiProtocolSteps(CimiContext cimi) {
        this.cimi = cimi;
    }

    @Given("the CIMI provider is read as {word}")
    public void theCimiProviderIsReadAs(String mediaType) {
        cimi.useMediaType(mediaType);
        cimi.entryPointUrl();
    }

    @When("the consumer reads the Cloud Entry Point")
    public void theConsumerReadsTheCloudEntryPoint() {
        cimi.readEntryPoint();
    }

    @Then("the answer is 200 with a representation in the requested media type")
    public void theAnswerIs200InTheRequestedMediaType() {
        CimiExchange answer = cimi.last();
        CimiContext.expectStatus(answer, "CIMI-HTTP-002", Set.of(200));
        String contentType = answer.header("Content-Type").orElse("(none)");
        CimiFormat answered = CimiFormat.ofContentType(contentType).orElse(null);
        if (answered != cimi.format()) {
            throw new AssertionError("[CIMI-HTTP-010] " + answer.summary() + " was asked for "
                    + cimi.format().mediaType() + " but answered Content-Type " + contentType);
        }
        answer.document();
    }
}
