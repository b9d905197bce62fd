package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatCollection;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.features.steps.World;

/**
 * Checks of the CIMI query parameters on the machines collection ($filter, $select, $first/$last, $orderby)
 * and on a machine template ($expand). The scenario creates the machines it filters, with names unique to it,
 * so the expected answers are known without trusting the provider's listing.
 */
public class CimiQuerySteps {

    private static final String MACHINES = "machines";
    private static final String MACHINE = "Machine";
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final World world;
    private final CimiContext cimi;
    private final List<String> createdIds = new ArrayList<>();
    private final List<String> createdNames = new ArrayList<>();
    private List<String> unpagedIds = List.of();
    private String queryRequirement = "CIMI-Q-001";
    private CimiExchange answer;

    public CimiQuerySteps(World world, CimiContext cimi) {
        this.world = world;
        this.cimi = cimi;
    }

    @Given("the target claims the CIMI query parameters")
    public void theTargetClaimsQueries() {
        cimi.requireClaimedFeature("cimi-query");
    }

    @Given("the consumer has created {int} machines with names of its own")
    public void theConsumerCreatedMachines(int howMany) {
        // the letters make the names' order predictable; the random part keeps them apart from other runs
        String prefix = "vcmtck-q" + UUID.randomUUID().toString().substring(0, 6) + "-";
        for (int i = 0; i < howMany; i++) {
            String name = prefix + (char) ('a' + i);
            createdIds.add(cimi.createSettledMachineNamed(name));
            createdNames.add(name);
        }
    }

    private String name(int ordinal) {
        return createdNames.get(ordinal - 1);
    }

    private void listMachines(String requirement, CimiQuery query) {
        queryRequirement = requirement;
        answer = cimi.remember(cimi.http().get(query.appendTo(cimi.collectionHref(MACHINES)), cimi.format()));
        world.evidence("query", query.toString());
    }

    private CimiDocument answered() {
        CimiContext.expectStatus(answer, queryRequirement, Set.of(200));
        return answer.document();
    }

    @When("the consumer filters the machines by the name of the first machine it created")
    public void filterByFirstName() {
        listMachines("CIMI-Q-001", CimiQuery.of("$filter", "name='" + name(1) + "'"));
    }

    @When("the consumer filters the machines by the name of the first or of the second machine it created")
    public void filterByEitherName() {
        listMachines("CIMI-Q-001", CimiQuery.of("$filter", "name='" + name(1) + "' or name='" + name(2) + "'"));
    }

    @When("the consumer filters the machines by the name of the first and of the second machine it created")
    public void filterByBothNames() {
        listMachines("CIMI-Q-001", CimiQuery.of("$filter", "name='" + name(1) + "' and name='" + name(2) + "'"));
    }

    @When("the consumer filters the machines with one $filter for the first machine's name and one for the second's")
    public void twoFiltersForBothNames() {
        listMachines("CIMI-Q-003", CimiQuery.of("$filter", "name='" + name(1) + "'")
                .and("$filter", "name='" + name(2) + "'"));
    }

    @When("the consumer filters the machines with one $filter for the first machine's name and one excluding the second's")
    public void twoFiltersOneExcluding() {
        listMachines("CIMI-Q-003", CimiQuery.of("$filter", "name='" + name(1) + "'")
                .and("$filter", "name!='" + name(2) + "'"));
    }

    @When("the consumer filters the machines by the name of the first machine it created, with $ percent-encoded")
    public void filterPercentEncoded() {
        listMachines("CIMI-Q-010", CimiQuery.of("%24filter", "name='" + name(1) + "'"));
    }

    @When("the consumer filters the machines with a filter that is cut short")
    public void filterCutShort() {
        listMachines("CIMI-Q-002", CimiQuery.of("$filter", "name="));
    }

    @When("the consumer lists the machines with a $-parameter CIMI does not define")
    public void unknownParameter() {
        listMachines("CIMI-Q-009", CimiQuery.of("$vcmtckUnknown", "1"));
    }

    @Then("the answer lists exactly the created machine(s) {string}")
    public void theAnswerListsExactly(String ordinals) {
        Set<String> expected = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(ordinals);
        while (m.find()) {
            expected.add(createdIds.get(Integer.parseInt(m.group()) - 1));
        }
        assertThatCollection(answered(), MACHINES, MACHINE).listsExactlyEntryIds(queryRequirement, expected);
    }

    @Then("the query is refused with 400")
    public void theQueryIsRefusedWith400() {
        CimiContext.expectStatus(answer, queryRequirement, Set.of(400));
    }

    @Then("the query is refused with 400 or 501, not silently ignored")
    public void theQueryIsRefused() {
        CimiContext.expectStatus(answer, queryRequirement, Set.of(400, 501));
    }

    // $select

    @When("the consumer lists the machines selecting only their name")
    public void selectName() {
        listMachines("CIMI-Q-006", CimiQuery.of("$select", "name"));
    }

    @Then("each listed machine carries nothing but its name, id and resourceURI")
    public void onlySelectedAttributes() {
        assertThatCollection(answered(), MACHINES, MACHINE)
                .entriesHaveOnlyAttributes("CIMI-Q-006", Set.of("name", "id", "resourceURI"));
    }

    @Then("the machines the consumer created are listed with their names")
    public void createdMachinesKeepTheirNames() {
        CimiDocument collection = answered();
        for (CimiDocument entry : collection.entries(MACHINES, MACHINE)) {
            int index = createdIds.indexOf(entry.text("id").orElse(""));
            if (index >= 0) {
                assertThatResource(entry).hasAttributeEqualTo("CIMI-Q-006", "name", createdNames.get(index));
            }
        }
        assertThatCollection(collection, MACHINES, MACHINE).listsEntryWithId("CIMI-Q-006", createdIds.get(0));
    }

    // $first / $last

    @When("the consumer lists the machines without paging")
    public void listUnpaged() {
        listMachines("CIMI-HTTP-002", new CimiQuery());
        CimiDocument all = answered();
        unpagedIds = assertThatCollection(all, MACHINES, MACHINE).entryIds();
        assertThatCollection(all, MACHINES, MACHINE).hasCount("CIMI-COL-002", unpagedIds.size());
    }

    @When("the consumer lists the machines from position {int} to position {int}")
    public void listPage(int first, int last) {
        listMachines("CIMI-Q-004", CimiQuery.of("$first", String.valueOf(first)).and("$last", String.valueOf(last)));
    }

    @When("the consumer lists the machines from just past the last position")
    public void listPastTheEnd() {
        int past = unpagedIds.size() + 1;
        listMachines("CIMI-Q-004", CimiQuery.of("$first", String.valueOf(past))
                .and("$last", String.valueOf(past + 4)));
    }

    @Then("the answer lists the unpaged listing's entries {int} to {int}, in the same order")
    public void thePageIsASliceOfTheListing(int first, int last) {
        if (unpagedIds.size() < last) {
            throw new AssertionError("the unpaged listing has only " + unpagedIds.size() + " entries although the "
                    + "scenario created enough machines for position " + last);
        }
        assertThatCollection(answered(), MACHINES, MACHINE)
                .listsEntryIdsInOrder("CIMI-Q-004", unpagedIds.subList(first - 1, last));
    }

    @Then("the answer lists no machine")
    public void theAnswerListsNone() {
        assertThatCollection(answered(), MACHINES, MACHINE).listsEntryIdsInOrder(queryRequirement, List.of());
    }

    @Then("the page's count is the number of machines in the unpaged listing")
    public void thePagesCountIsTheTotal() {
        assertThatCollection(answered(), MACHINES, MACHINE).hasCount("CIMI-Q-005", unpagedIds.size());
    }

    // $orderby

    @When("the consumer lists the machines ordered by name {word}")
    public void listOrdered(String direction) {
        String value = switch (direction) {
            case "ascending" -> "name";
            case "descending" -> "name:desc";
            default -> throw new IllegalArgumentException("direction is ascending or descending, not " + direction);
        };
        listMachines("CIMI-Q-008", CimiQuery.of("$orderby", value));
    }

    @Then("the machines are listed by name in {word} order")
    public void theMachinesAreOrdered(String direction) {
        if (answer.status() == 400 || answer.status() == 501) {
            // ordering is optional (MAY); refusing it is what CIMI-Q-009 asks of a provider without it
            throw new SkipException("the provider does not order collections (" + answer.status() + ")");
        }
        assertThatCollection(answered(), MACHINES, MACHINE)
                .isOrderedBy("CIMI-Q-008", "name", "descending".equals(direction));
    }

    // $expand

    @When("the consumer reads the first machine template expanding its machine configuration")
    public void readTemplateExpanded() {
        String template = cimi.firstMachineTemplate();
        CimiDocument plain = cimi.readMachine(template);
        if (!plain.has("machineConfig")) {
            throw new SkipException("the machine template " + template + " has no machineConfig to expand");
        }
        queryRequirement = "CIMI-Q-007";
        answer = cimi.remember(cimi.http().get(CimiQuery.of("$expand", "machineConfig").appendTo(template),
                cimi.format()));
    }

    @Then("the template's machine configuration is given in full, not as a bare reference")
    public void theConfigurationIsExpanded() {
        assertThatResource(answered()).hasExpanded("CIMI-Q-007", "machineConfig");
    }
}
