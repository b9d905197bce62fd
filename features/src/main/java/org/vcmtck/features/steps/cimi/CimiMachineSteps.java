package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatCollection;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiOperation;
import org.vcmtck.assertions.cimi.CimiVocabulary;
import org.vcmtck.features.steps.World;

/** Checks of Machines, their collection, their life cycle and the HTTP binding's statuses on them. */
public class CimiMachineSteps {

    private static final String MACHINES = "machines";
    private static final String MACHINE = "Machine";

    private final World world;
    private final CimiContext cimi;
    private CimiDocument collection;
    /** URI each machine was read at → the answer. */
    private final Map<String, CimiExchange> machinesRead = new LinkedHashMap<>();
    private CimiExchange creation;
    private String machineId;
    private CimiExchange lastAction;
    private String startHref;
    private String settledState;
    private String requestedState;

    public CimiMachineSteps(World world, CimiContext cimi) {
        this.world = world;
        this.cimi = cimi;
    }

    @When("the consumer reads the machines collection the Cloud Entry Point references")
    public void theConsumerReadsTheMachinesCollection() {
        collection = cimi.readCollection(MACHINES);
    }

    @Then("the machines collection has an id, an integer count and its entries")
    public void theCollectionHasIdCountAndEntries() {
        assertThatCollection(collection, MACHINES, MACHINE).hasIdCountAndEntries("CIMI-COL-001");
    }

    @Then("the machines collection's count equals the number of entries it lists")
    public void theCountMatchesTheEntries() {
        assertThatCollection(collection, MACHINES, MACHINE).hasCountMatchingEntries("CIMI-COL-002");
    }

    @Then("the machines collection advertises add with its own URI")
    public void theCollectionAdvertisesAdd() {
        assertThatCollection(collection, MACHINES, MACHINE).advertisesAddToItself("CIMI-COL-003");
    }

    @Then("the machines collection declares the type MachineCollection")
    public void theCollectionDeclaresItsType() {
        if (collection.format() == CimiFormat.XML) {
            // how XML names a collection's type (root Collection + resourceURI attribute) is unconfirmed
            world.evidence("collection type not checked in XML",
                    "CIMI-COM-004: the XML form of a collection's type is not confirmed by the specification; "
                            + "found root " + collection.xmlRoot() + collection.typeUri().map(t -> ", type " + t)
                            .orElse(""));
            return;
        }
        assertThatResource(collection).isOfType("CIMI-COM-003", "MachineCollection");
    }

    @Given("the provider lists at least one machine, creating one from a template when it lists none")
    public void atLeastOneMachine() {
        collection = cimi.readCollection(MACHINES);
        if (collection.entries(MACHINES, MACHINE).isEmpty()) {
            cimi.createSettledMachine();
            collection = cimi.readCollection(MACHINES);
        }
    }

    @When("the consumer reads each machine the machines collection lists")
    public void theConsumerReadsEachMachine() {
        machinesRead.clear();
        for (CimiDocument entry : collection.entries(MACHINES, MACHINE)) {
            String id = entry.text("id").orElseThrow(() -> new AssertionError(
                    "[CIMI-COM-001] an entry of the machines collection has no id: " + entry.describe()));
            if (entry.text("state").filter("DELETING"::equals).isPresent()) {
                // a machine being deleted may be gone by the time it is read; its 404 would prove nothing
                continue;
            }
            machinesRead.put(id, cimi.http().get(id, cimi.format()));
        }
        if (machinesRead.isEmpty()) {
            throw new SkipException("the machines collection lists no machine");
        }
    }

    @Then("each machine answers 200 with an id equal to the URI it was read at")
    public void eachMachineAnswersAtItsId() {
        eachMachine((url, machine) -> assertThatResource(machine).hasAttributeEqualTo("CIMI-COM-001", "id", url));
    }

    @Then("each machine declares the type Machine")
    public void eachMachineDeclaresItsType() {
        String requirement = cimi.format() == CimiFormat.JSON ? "CIMI-COM-003" : "CIMI-COM-004";
        eachMachine((url, machine) -> assertThatResource(machine).isOfType(requirement, MACHINE));
    }

    @Then("each machine is in a state of the CIMI machine state model")
    public void eachMachineHasAKnownState() {
        eachMachine((url, machine) -> assertThatResource(machine)
                .hasAttributeIn("CIMI-MACH-002", "state", CimiVocabulary.MACHINE_STATES));
    }

    @Then("each machine's operations use bare words for add, edit and delete and URIs for actions")
    public void eachMachinesOperationsAreWellFormed() {
        eachMachine((url, machine) -> assertThatResource(machine).hasWellFormedOperations("CIMI-COM-007"));
    }

    @Then("each started machine advertises stop and not start, and each stopped machine start and not stop")
    public void operationsMatchTheState() {
        int examined = 0;
        for (Map.Entry<String, CimiExchange> read : machinesRead.entrySet()) {
            CimiDocument machine = documentOf(read.getValue());
            String state = machine.text("state").orElse("");
            if ("STARTED".equals(state)) {
                assertThatResource(machine).advertises("CIMI-COM-006", CimiVocabulary.STOP)
                        .doesNotAdvertise("CIMI-COM-008", CimiVocabulary.START);
                examined++;
            } else if ("STOPPED".equals(state)) {
                assertThatResource(machine).advertises("CIMI-COM-006", CimiVocabulary.START)
                        .doesNotAdvertise("CIMI-COM-008", CimiVocabulary.STOP);
                examined++;
            }
        }
        if (examined == 0) {
            throw new SkipException("no listed machine is STARTED or STOPPED");
        }
        world.evidence("machines examined", examined + " machine(s) in STARTED or STOPPED");
    }

    @Then("each machine that reports its memory reports it as an integer")
    public void eachMachinesMemoryIsAnInteger() {
        eachMachine((url, machine) -> assertThatResource(machine).hasIntegerAttributeIfPresent("CIMI-COM-010",
                "memory"));
    }

    private interface MachineCheck {
        void check(String url, CimiDocument machine);
    }

    private void eachMachine(MachineCheck check) {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, CimiExchange> read : machinesRead.entrySet()) {
            try {
                check.check(read.getKey(), documentOf(read.getValue()));
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    private static CimiDocument documentOf(CimiExchange exchange) {
        CimiContext.expectStatus(exchange, "CIMI-HTTP-002", Set.of(200));
        return exchange.document();
    }

    // creation

    @When("the consumer creates a machine from the first machine template the provider offers")
    public void theConsumerCreatesAMachine() {
        creation = cimi.createMachine();
    }

    @When("the consumer creates machines from the provider's templates until one is created asynchronously")
    public void theConsumerCreatesAMachineAsynchronously() {
        creation = cimi.createMachineAsynchronously();
    }

    @Then("the provider accepts the creation with 201 or 202 and a Location")
    public void theCreationIsAccepted() {
        CimiContext.expectStatus(creation, "CIMI-HTTP-003", Set.of(201, 202));
        String requirement = creation.status() == 201 ? "CIMI-HTTP-003" : "CIMI-HTTP-004";
        machineId = creation.header("Location").filter(l -> !l.isBlank()).orElseThrow(() -> new AssertionError(
                "[" + requirement + "] the creation answered " + creation.status() + " without a Location header"));
    }

    @Then("a synchronous creation answers 201 with a Location")
    public void aSynchronousCreationAnswers201() {
        CimiContext.expectStatus(creation, "CIMI-HTTP-003", Set.of(201, 202));
        if (creation.status() != 201) {
            throw new SkipException("the provider creates machines asynchronously (202)");
        }
        theCreationIsAccepted();
    }

    @Then("the machine at the Location is CREATING or already settled in STOPPED or STARTED")
    public void theNewMachineIsCreatingOrSettled() {
        machineId = creation.header("Location").orElseThrow(() -> new AssertionError("[CIMI-HTTP-004] the creation "
                + "answered " + creation.status() + " without a Location header"));
        String state = cimi.readMachine(machineId).text("state").orElse("");
        if (!Set.of("CREATING", "STOPPED", "STARTED").contains(state)) {
            throw new AssertionError("[CIMI-MACH-004] machine " + machineId + " was read in state '" + state
                    + "' right after its creation was accepted, not CREATING (nor already STOPPED or STARTED)");
        }
        world.evidence("state right after the creation", state);
    }

    @Then("the machine settles in STOPPED or STARTED within the bounded wait")
    public void theNewMachineSettles() {
        settledState = cimi.waitForStableState(machineId).text("state").orElse("");
        if (!Set.of("STOPPED", "STARTED").contains(settledState)) {
            throw new AssertionError("[CIMI-MACH-004] new machine " + machineId + " settled in " + settledState
                    + ", not STOPPED or STARTED");
        }
    }

    @Then("the settled state is the DefaultInitialState the provider publishes for Machine, when it serves metadata")
    public void theSettledStateIsThePublishedDefault() {
        Optional<String> published = cimi.publishedDefaultInitialState();
        if (published.isEmpty()) {
            world.evidence("DefaultInitialState", "the provider serves no ResourceMetadata to publish it in");
            return;
        }
        String value = published.get();
        if (!Set.of("STOPPED", "STARTED").contains(value)) {
            throw new AssertionError("[CIMI-MACH-004] the published DefaultInitialState is '" + value
                    + "', not STOPPED or STARTED");
        }
        CimiExchange template = cimi.remember(cimi.http().get(cimi.lastAsynchronousTemplate(), cimi.format()));
        CimiContext.expectStatus(template, "CIMI-HTTP-002", Set.of(200));
        // a template asking for an initial state overrides the default (CIMI-MACH-005), so only then is it not compared
        if (template.document().text("initialState").filter(s -> !s.isBlank()).isEmpty() && !value.equals(settledState)) {
            throw new AssertionError("[CIMI-MACH-004] machine " + machineId + " settled in " + settledState
                    + ", but the provider publishes DefaultInitialState " + value + " and its template asks for none");
        }
    }

    @When("the consumer creates a machine by value asking for the initial state its provider does not default to")
    public void theConsumerCreatesWithAnInitialState() {
        String fallback = "STOPPED";
        String defaultState = cimi.publishedDefaultInitialState().orElse(fallback);
        requestedState = "STARTED".equals(defaultState) ? "STOPPED" : "STARTED";
        String config = firstId("machineConfigs", "MachineConfiguration", null);
        String image = firstId("machineImages", "MachineImage", "AVAILABLE");
        creation = cimi.postMachineCreate(CimiBodies.machineCreateByValue(cimi.format(), "vcmtck-"
                + java.util.UUID.randomUUID().toString().substring(0, 8), config, image, requestedState));
        CimiContext.expectStatus(creation, "CIMI-HTTP-003", Set.of(201, 202));
        machineId = creation.header("Location").orElseThrow(() -> new AssertionError("[CIMI-HTTP-003] the creation "
                + "answered " + creation.status() + " without a Location header"));
    }

    @Then("the machine settles in the requested initial state, unless the provider does not honour initialState")
    public void theMachineSettlesInTheRequestedState() {
        String state = cimi.waitForStableState(machineId).text("state").orElse("");
        if (!Set.of("STOPPED", "STARTED").contains(state)) {
            throw new AssertionError("[CIMI-MACH-004] machine " + machineId + " created with initialState "
                    + requestedState + " settled in " + state + ", not STOPPED or STARTED");
        }
        if (!requestedState.equals(state)) {
            throw new SkipException("machine " + machineId + " settled in " + state + " although " + requestedState
                    + " was requested: the provider does not honour initialState, which it may leave out");
        }
        world.evidence("initialState honoured", requestedState);
    }

    /** The id of the first member of a collection (in {@code state}, when given); skips when there is none. */
    private String firstId(String collectionName, String type, String state) {
        return cimi.readCollection(collectionName).entries(collectionName, type).stream()
                .filter(m -> state == null || state.equals(m.text("state").orElse(state)))
                .map(m -> m.text("id").orElse("")).filter(id -> !id.isBlank()).findFirst()
                .orElseThrow(() -> new SkipException("the provider lists no " + type
                        + (state == null ? "" : " in state " + state) + " to create a machine from"));
    }

    @Then("an asynchronous creation answers 202 with a Location")
    public void anAsynchronousCreationAnswers202() {
        CimiContext.expectStatus(creation, "CIMI-HTTP-004", Set.of(201, 202));
        if (creation.status() != 202) {
            throw new SkipException("the provider creates machines synchronously (201)");
        }
        theCreationIsAccepted();
    }

    @Then("an asynchronous creation names its job in CIMI-Job-URI when the provider offers jobs")
    public void anAsynchronousCreationNamesItsJobWhenJobsAreOffered() {
        if (cimi.entryPoint().href("jobs").isPresent()) {
            requireJobHeader("CIMI-HTTP-004");
        } else {
            world.evidence("no job header required", "the Cloud Entry Point offers no jobs collection");
        }
    }

    @Then("an asynchronous creation carries a CIMI-Job-URI header")
    public void anAsynchronousCreationCarriesAJobHeader() {
        CimiContext.expectStatus(creation, "CIMI-HTTP-003", Set.of(201, 202));
        if (creation.status() != 202) {
            throw new SkipException("the provider created the machine synchronously (201): no job to name");
        }
        requireJobHeader("CIMI-HTTP-007");
    }

    private void requireJobHeader(String requirement) {
        if (creation.header("CIMI-Job-URI").filter(h -> !h.isBlank()).isEmpty()) {
            throw new AssertionError("[" + requirement + "] the asynchronous creation (202) carries no CIMI-Job-URI "
                    + "header; headers are " + creation.headers().keySet());
        }
    }

    @Then("the new machine can be read at its Location")
    public void theNewMachineCanBeRead() {
        CimiDocument machine = cimi.readMachine(machineId);
        assertThatResource(machine).hasAttributeEqualTo("CIMI-HTTP-003", "id", machineId);
    }

    @Then("the machines collection lists the new machine")
    public void theCollectionListsTheNewMachine() {
        assertThatCollection(cimi.readCollection(MACHINES), MACHINES, MACHINE)
                .listsEntryWithId("CIMI-MACH-003", machineId);
    }

    // life cycle

    @Given("a machine the consumer created from a template, settled in a stable state")
    public void aSettledMachine() {
        machineId = cimi.createSettledMachine();
    }

    @When("the consumer brings the machine to STARTED through its advertised operations")
    public void bringToStarted() {
        CimiDocument machine = cimi.waitForStableState(machineId);
        if ("STARTED".equals(machine.text("state").orElse(""))) {
            return;
        }
        invoke(machine, CimiVocabulary.START);
        CimiContext.expectStatus(lastAction, "CIMI-HTTP-005", Set.of(200, 202));
        cimi.waitForState(machineId, "STARTED");
    }

    @When("the consumer invokes the machine's advertised stop operation")
    public void invokeStop() {
        invoke(cimi.waitForStableState(machineId), CimiVocabulary.STOP);
    }

    @When("the consumer invokes the machine's advertised start operation")
    public void invokeStart() {
        invoke(cimi.waitForStableState(machineId), CimiVocabulary.START);
    }

    private void invoke(CimiDocument machine, String action) {
        CimiOperation operation = machine.operation(action).orElseThrow(() -> new AssertionError(
                "[CIMI-COM-006] machine " + machineId + " in state " + machine.text("state").orElse("?")
                        + " does not advertise " + action + "; operations are "
                        + machine.operations().stream().map(CimiOperation::rel).toList()));
        if (CimiVocabulary.START.equals(action)) {
            startHref = operation.href();
        }
        lastAction = cimi.remember(cimi.http().post(operation.href(), cimi.format(), cimi.format().mediaType(),
                CimiBodies.action(cimi.format(), action)));
    }

    @Then("the action is answered 200 or 202")
    public void theActionIsAnswered() {
        CimiContext.expectStatus(lastAction, "CIMI-HTTP-005", Set.of(200, 202));
    }

    @Then("the machine reaches {word} and then advertises {word}")
    public void theMachineReaches(String state, String action) {
        CimiDocument machine = cimi.waitForState(machineId, state);
        assertThatResource(machine).advertises("CIMI-COM-008", CimiVocabulary.ACTION_PREFIX + action);
    }

    @When("the consumer invokes start on the started machine again")
    public void invokeStartAgain() {
        if (startHref == null) {
            // the machine came up started, so no start href has been seen yet: stop and start it to learn it
            invoke(cimi.waitForStableState(machineId), CimiVocabulary.STOP);
            cimi.waitForState(machineId, "STOPPED");
            invoke(cimi.waitForStableState(machineId), CimiVocabulary.START);
            cimi.waitForState(machineId, "STARTED");
        }
        lastAction = cimi.remember(cimi.http().post(startHref, cimi.format(), cimi.format().mediaType(),
                CimiBodies.action(cimi.format(), CimiVocabulary.START)));
    }

    @Then("a refusal is 409 or 400 and leaves the machine STARTED")
    public void aRefusalIsAConflict() {
        int status = lastAction.status();
        if (status == 200 || status == 202) {
            throw new SkipException("the provider accepted start on a started machine (" + status + "); refusing it "
                    + "is an unconfirmed requirement (CIMI-MACH-011), so nothing is concluded");
        }
        CimiContext.expectStatus(lastAction, "CIMI-HTTP-008", Set.of(409, 400));
        String state = cimi.readMachine(machineId).text("state").orElse("");
        if (!"STARTED".equals(state)) {
            throw new AssertionError("[CIMI-MACH-011] the refused start changed the machine's state to '" + state
                    + "'");
        }
    }

    // deletion

    @When("the consumer deletes the machine")
    public void theConsumerDeletesTheMachine() {
        CimiDocument machine = cimi.waitForStableState(machineId);
        String href = machine.operation("delete").map(CimiOperation::href).orElse(machineId);
        lastAction = cimi.remember(cimi.http().delete(href, cimi.format()));
    }

    @Then("the deletion is answered 200, 204 or 202")
    public void theDeletionIsAnswered() {
        CimiContext.expectStatus(lastAction, "CIMI-HTTP-006", Set.of(200, 202, 204));
    }

    @Then("the machine is gone: reading it answers 404")
    public void theMachineIsGone() {
        CimiContext.expectStatus(lastAction, "CIMI-HTTP-006", Set.of(200, 202, 204));
        // a deleted machine is gone from the provider (COL-005), and reading an unknown machine answers 404 (HTTP-008)
        cimi.waitUntilGone(machineId, "CIMI-COL-005, CIMI-HTTP-008");
        cimi.forget(machineId);
    }

    @Then("the machines collection no longer lists the machine")
    public void theCollectionNoLongerListsIt() {
        assertThatCollection(cimi.readCollection(MACHINES), MACHINES, MACHINE)
                .doesNotListEntryWithId("CIMI-COL-005", machineId);
    }

    // refused creations

    @When("the consumer posts a machine creation declared as text\\/plain")
    public void postAsTextPlain() {
        String body = CimiBodies.machineCreate(cimi.format(), "vcmtck-wrong-type", cimi.firstMachineTemplate());
        lastAction = cimi.remember(cimi.http().post(cimi.machineCreationHref(), cimi.format(), "text/plain", body));
        lastAction.header("Location").ifPresent(cimi::adopt);
    }

    @When("the consumer posts a machine creation whose body is cut short")
    public void postTruncated() {
        String body = CimiBodies.truncatedMachineCreate(cimi.format(), cimi.firstMachineTemplate());
        lastAction = cimi.remember(cimi.http().post(cimi.machineCreationHref(), cimi.format(),
                cimi.format().mediaType(), body));
        lastAction.header("Location").ifPresent(cimi::adopt);
    }

    @Then("the provider refuses it with {int}")
    public void theProviderRefusesItWith(int status) {
        String requirement = status == 415 ? "CIMI-HTTP-012" : "CIMI-HTTP-008";
        CimiContext.expectStatus(lastAction, requirement, Set.of(status));
    }
}
