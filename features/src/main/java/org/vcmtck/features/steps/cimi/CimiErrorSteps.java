package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Set;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiOperation;

/** The HTTP binding's refusals that need no particular resource state: 405, 406 and 412 (CIMI-HTTP-008). */
public class CimiErrorSteps {

    private static final String MACHINES = "machines";

    private final CimiContext cimi;
    private CimiExchange refused;
    private String machineId;
    private String etag;
    private String nameBefore;

    public CimiErrorSteps(CimiContext cimi) {
        this.cimi = cimi;
    }

    @When("the consumer sends DELETE to the machines collection itself")
    public void deleteTheCollection() {
        CimiDocument collection = cimi.readCollection(MACHINES);
        if (collection.operation("delete").isPresent()) {
            throw new SkipException("the machines collection advertises delete, so DELETE is allowed on it");
        }
        refused = cimi.remember(cimi.http().request("DELETE", cimi.collectionHref(MACHINES), cimi.format().mediaType(),
                cimi.format()));
    }

    @When("the consumer reads the Cloud Entry Point accepting only image\\/png")
    public void readAcceptingOnlyPng() {
        refused = cimi.remember(cimi.http().request("GET", cimi.entryPointUrl(), "image/png", cimi.format()));
    }

    @Then("the request is refused with {int}")
    public void theRequestIsRefusedWith(int status) {
        String requirement = switch (status) {
            case 406 -> "CIMI-HTTP-012";
            case 412 -> "CIMI-HTTP-015";
            default -> "CIMI-HTTP-008";
        };
        CimiContext.expectStatus(refused, requirement, Set.of(status));
    }

    @Then("the machines collection can still be read")
    public void theCollectionIsStillThere() {
        cimi.readCollection(MACHINES);
    }

    @Given("a machine the consumer created, whose representation carries an ETag")
    public void aMachineWithAnETag() {
        machineId = cimi.createSettledMachine();
        CimiExchange read = cimi.remember(cimi.http().get(machineId, cimi.format()));
        CimiContext.expectStatus(read, "CIMI-HTTP-002", Set.of(200));
        etag = read.header("ETag").filter(e -> !e.isBlank())
                .orElseThrow(() -> new SkipException("the provider sends no ETag for machines (a SHOULD)"));
        nameBefore = read.document().text("name").orElse("");
        if (read.document().operation("edit").isEmpty()) {
            throw new SkipException("the machine does not advertise edit, so it cannot be updated at all");
        }
    }

    @When("the consumer renames the machine with an If-Match that does not match its ETag")
    public void renameWithAStaleETag() {
        CimiDocument machine = cimi.readMachine(machineId);
        String href = machine.operation("edit").map(CimiOperation::href).orElse(machineId);
        // a quoted ETag the provider cannot have issued for this machine
        String stale = "\"vcmtck-stale-" + Integer.toHexString(etag.hashCode()) + "\"";
        refused = cimi.remember(cimi.http().put(href, cimi.format(),
                CimiBodies.machineRename(cimi.format(), machineId, nameBefore + "-renamed"), stale));
    }

    @Then("the machine keeps its name and its ETag")
    public void theMachineIsUnchanged() {
        CimiExchange read = cimi.remember(cimi.http().get(machineId, cimi.format()));
        CimiContext.expectStatus(read, "CIMI-HTTP-002", Set.of(200));
        assertThatResource(read.document()).hasAttributeEqualTo("CIMI-HTTP-015", "name", nameBefore);
        if (!etag.equals(read.header("ETag").orElse(""))) {
            throw new AssertionError("[CIMI-HTTP-015] the refused update changed the machine's ETag from " + etag
                    + " to " + read.header("ETag").orElse("(none)"));
        }
    }
}
