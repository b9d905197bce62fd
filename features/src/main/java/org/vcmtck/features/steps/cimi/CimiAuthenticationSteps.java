package org.vcmtck.features.steps.cimi;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Set;
import java.util.UUID;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.features.steps.World;
import org.vcmtck.features.steps.cimi.CimiHttp.Authentication;

/**
 * Checks that a provider requiring authentication refuses requests without valid credentials (CIMI-HTTP-008
 * 401). Only a target file that gives CIMI credentials says the provider requires them; without any, an open
 * provider is assumed and these checks are skipped.
 */
public class CimiAuthenticationSteps {

    private final World world;
    private final CimiContext cimi;
    private CimiExchange refused;
    private String refusedName;

    public CimiAuthenticationSteps(World world, CimiContext cimi) {
        this.world = world;
        this.cimi = cimi;
    }

    @Given("the target gives credentials for the CIMI provider")
    public void theTargetGivesCredentials() {
        if (world.session().target().credentials().get("cimi") == null) {
            throw new SkipException("the target gives no CIMI credentials, so the provider is taken not to require "
                    + "authentication");
        }
    }

    @Given("the Cloud Entry Point answers 200 to the target's credentials")
    public void theEntryPointAnswersWithCredentials() {
        // without this control a provider that is simply down or broken would pass the 401 checks
        CimiContext.expectStatus(cimi.readEntryPoint(), "CIMI-CEP-001", Set.of(200));
    }

    @When("^the consumer reads the Cloud Entry Point (without credentials|with a wrong password)$")
    public void theConsumerReadsTheEntryPoint(String how) {
        refused = cimi.remember(cimi.http().sendAs(authentication(how), "GET", cimi.entryPointUrl(), cimi.format(),
                null));
    }

    @When("^the consumer reads the machines collection (without credentials|with a wrong password)$")
    public void theConsumerReadsTheMachines(String how) {
        String href = cimi.collectionHref("machines");
        refused = cimi.remember(cimi.http().sendAs(authentication(how), "GET", href, cimi.format(), null));
    }

    @When("^the consumer posts a machine creation (without credentials|with a wrong password)$")
    public void theConsumerPostsACreation(String how) {
        // what to post and where is learnt with the right credentials; only the creation itself goes without
        String template = cimi.firstMachineTemplate();
        String href = cimi.machineCreationHref();
        refusedName = "vcmtck-unauth-" + UUID.randomUUID().toString().substring(0, 8);
        refused = cimi.remember(cimi.http().sendAs(authentication(how), "POST", href, cimi.format(),
                CimiBodies.machineCreate(cimi.format(), refusedName, template)));
        refused.header("Location").ifPresent(cimi::adopt);
    }

    @Then("the provider refuses the request with 401")
    public void theProviderRefusesWith401() {
        CimiContext.expectStatus(refused, "CIMI-HTTP-008", Set.of(401));
        refused.header("WWW-Authenticate").ifPresentOrElse(
                challenge -> world.evidence("authentication challenge", challenge),
                () -> world.evidence("no authentication challenge", "the 401 carries no WWW-Authenticate header"));
    }

    @Then("the refusal challenges the consumer with an HTTP authentication scheme in WWW-Authenticate")
    public void theRefusalChallenges() {
        String challenge = refused.header("WWW-Authenticate").orElseThrow(() -> new AssertionError(
                "[CIMI-HTTP-016] " + refused.summary() + " refused the request without a WWW-Authenticate header"));
        // a challenge starts with the scheme's token (RFC 9110 §11.6.1), e.g. Basic realm="…"
        if (!challenge.strip().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+(\\s.*)?")) {
            throw new AssertionError("[CIMI-HTTP-016] WWW-Authenticate '" + challenge + "' names no authentication "
                    + "scheme");
        }
    }

    @Then("no machine of that name was created")
    public void noMachineWasCreated() {
        CimiDocument machines = cimi.readCollection("machines");
        for (CimiDocument machine : machines.entries("machines", "Machine")) {
            if (machine.text("name").filter(refusedName::equals).isPresent()) {
                throw new AssertionError("[CIMI-HTTP-008] the creation refused with " + refused.status()
                        + " still created machine " + machine.text("id").orElse(refusedName));
            }
        }
    }

    private static Authentication authentication(String how) {
        return switch (how) {
            case "without credentials" -> Authentication.NONE;
            case "with a wrong password" -> Authentication.WRONG;
            default -> throw new IllegalArgumentException("unknown way of authenticating: " + how);
        };
    }
}
