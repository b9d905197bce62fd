package org.vcmtck.features.steps.cimi;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiOperation;
import org.vcmtck.assertions.cimi.CimiVocabulary;
import org.vcmtck.features.steps.World;

/**
 * Checks of the conventions every CIMI resource follows: discovery through the Cloud Entry Point alone
 * (CIMI-CEP-004/005), collection entries (CIMI-COL-004), references and $expand (CIMI-COM-009), provider-controlled
 * attributes (CIMI-COM-002), the properties map (CIMI-COM-005), extension attributes (CIMI-COM-011), error bodies
 * (CIMI-HTTP-009), text/xml (CIMI-HTTP-013), PUT with and without $select (CIMI-HTTP-017) and refused state
 * changes (CIMI-MACH-008).
 */
public class CimiConventionSteps {

    /** Members read per collection when walking the provider: enough to see the rule, bounded for big clouds. */
    private static final int MEMBERS_PER_COLLECTION = 3;
    private static final String FORGED_TIME = "2001-02-03T04:05:06Z";

    private final World world;
    private final CimiContext cimi;
    private final Map<String, CimiExchange> collections = new LinkedHashMap<>();
    private CimiExchange template;
    private CimiExchange expandedTemplate;
    private CimiExchange creation;
    private String forgedId;
    private String machineId;
    private Map<String, String> properties = Map.of();
    private String description;
    private String name;
    private CimiExchange update;
    private CimiExchange refusedAction;

    public CimiConventionSteps(World world, CimiContext cimi) {
        this.world = world;
        this.cimi = cimi;
    }

    // ---------------------------------------------------------------- discovery (CEP-004, CEP-005, COL-004)

    @When("the consumer follows every collection the Cloud Entry Point references")
    public void followEveryCollection() {
        Map<String, String> references = cimi.entryPoint().references();
        if (references.isEmpty()) {
            throw new AssertionError("[CIMI-CEP-005] the Cloud Entry Point references no collection at all");
        }
        references.forEach((name, href) -> collections.put(name, cimi.remember(cimi.http().get(href,
                cimi.format()))));
    }

    @Then("each referenced collection answers 200 with its id and an integer count")
    public void eachCollectionAnswers() {
        collections.forEach((name, exchange) -> {
            if (exchange.status() == 404) {
                throw new AssertionError("[CIMI-CEP-004] the Cloud Entry Point lists " + name + " at "
                        + exchange.url() + ", which answers 404: an unsupported collection must be left out");
            }
            CimiContext.expectStatus(exchange, "CIMI-CEP-005", Set.of(200));
            CimiDocument collection = exchange.document();
            if (collection.text("id").isEmpty()) {
                throw new AssertionError("[CIMI-CEP-005] the " + name + " collection at " + exchange.url()
                        + " has no id");
            }
            if (!collection.isInteger("count")) {
                throw new AssertionError("[CIMI-CEP-005] the " + name + " collection at " + exchange.url()
                        + " has no integer count");
            }
        });
    }

    @Then("each entry those collections list is a full representation with an id, found again at that id")
    public void eachEntryIsFull() {
        collections.forEach((name, exchange) -> {
            CimiDocument collection = exchange.document();
            String type = memberType(collection);
            List<CimiDocument> entries = collection.entries(name, type);
            for (CimiDocument entry : entries.subList(0, Math.min(MEMBERS_PER_COLLECTION, entries.size()))) {
                String id = entry.text("id").orElseThrow(() -> new AssertionError("[CIMI-COL-004] an entry of the "
                        + name + " collection has no id: " + entry.attributeNames()));
                Set<String> own = new HashSet<>(entry.attributeNames());
                own.removeAll(Set.of("id", "href", "resourceURI"));
                if (own.isEmpty()) {
                    throw new AssertionError("[CIMI-COL-004] the entry " + id + " of the " + name
                            + " collection carries nothing but its id: entries are full representations");
                }
                CimiExchange member = cimi.remember(cimi.http().get(id, cimi.format()));
                CimiContext.expectStatus(member, "CIMI-COL-004", Set.of(200));
                String read = member.document().text("id").orElse("");
                if (!read.equals(id)) {
                    throw new AssertionError("[CIMI-COL-004] the entry " + id + " of the " + name
                            + " collection is read back with id '" + read + "'");
                }
            }
        });
    }

    /** The member type of a collection from its declared type, e.g. MachineCollection → Machine. */
    private static String memberType(CimiDocument collection) {
        String uri = collection.typeUri().orElse("");
        String simple = uri.substring(uri.lastIndexOf('/') + 1);
        return simple.endsWith("Collection") ? simple.substring(0, simple.length() - "Collection".length()) : simple;
    }

    // ---------------------------------------------------------------- references and $expand (COM-009)

    @When("the consumer reads the first machine template, as it is and expanding its machine configuration")
    public void readTemplateTwice() {
        String id = cimi.firstMachineTemplate();
        template = cimi.remember(cimi.http().get(id, cimi.format()));
        CimiContext.expectStatus(template, "CIMI-COM-009", Set.of(200));
        expandedTemplate = cimi.remember(cimi.http().get(CimiQuery.of("$expand", "machineConfig").appendTo(id),
                cimi.format()));
    }

    @Then("its machine configuration is a reference carrying an href, and expanded the configuration itself")
    public void referenceThenExpanded() {
        CimiDocument plain = template.document();
        CimiDocument config = plain.nested("machineConfig").orElseThrow(() -> new AssertionError(
                "[CIMI-COM-009] the machine template " + template.url() + " has no machineConfig"));
        Optional<String> href = plain.href("machineConfig");
        if (href.isEmpty()) {
            throw new SkipException("the template gives its machine configuration by value, not by reference");
        }
        Set<String> beyondHref = new HashSet<>(config.attributeNames());
        beyondHref.remove("href");
        if (!beyondHref.isEmpty()) {
            throw new AssertionError("[CIMI-COM-009] without $expand the machineConfig reference carries "
                    + beyondHref + " besides its href");
        }
        CimiContext.expectStatus(expandedTemplate, "CIMI-COM-009", Set.of(200));
        CimiDocument expanded = expandedTemplate.document().nested("machineConfig").orElseThrow(
                () -> new AssertionError("[CIMI-COM-009] with $expand the template has no machineConfig"));
        if (expanded.text("id").isEmpty()) {
            throw new AssertionError("[CIMI-COM-009] the expanded machineConfig carries no id");
        }
        Set<String> content = new HashSet<>(expanded.attributeNames());
        content.removeAll(Set.of("id", "href", "resourceURI"));
        if (content.isEmpty()) {
            throw new AssertionError("[CIMI-COM-009] with $expand=machineConfig the configuration is still only a "
                    + "reference to " + href.get());
        }
    }

    // ---------------------------------------------------------------- provider-controlled attributes (COM-002)

    @When("the consumer creates a machine sending an id, created and updated times and operations of its own")
    public void createWithForgedAttributes() {
        forgedId = "http://vcmtck.invalid/machines/forged-" + UUID.randomUUID().toString().substring(0, 8);
        String template = cimi.firstMachineTemplate();
        creation = cimi.remember(cimi.http().post(cimi.machineCreationHref(), cimi.format(),
                cimi.format().mediaType(), CimiConventionBodies.machineCreateWithProviderAttributes(cimi.format(),
                        "vcmtck-forged", template, forgedId, FORGED_TIME)));
        creation.header("Location").ifPresent(cimi::adopt);
    }

    @Then("the provider rejects them, or the new machine's id, times and operations are its own")
    public void forgedAttributesIgnoredOrRejected() {
        if (creation.status() >= 400 && creation.status() < 500) {
            world.evidence("provider-controlled attributes rejected", creation.summary());
            return;
        }
        CimiContext.expectStatus(creation, "CIMI-COM-002", Set.of(201, 202));
        String location = creation.header("Location").orElseThrow(() -> new AssertionError(
                "[CIMI-HTTP-003] the creation answered " + creation.status() + " without a Location"));
        if (location.equals(forgedId)) {
            throw new AssertionError("[CIMI-COM-002] the provider took the id the consumer sent: " + forgedId);
        }
        CimiDocument machine = cimi.waitForStableState(location);
        expectProviderControlled(machine, "creation");
    }

    @When("the consumer updates that machine sending an id and created and updated times of its own")
    public void updateWithForgedAttributes() {
        String location = creation.header("Location").orElseThrow(
                () -> new SkipException("the creation was rejected, so there is no machine to update"));
        CimiDocument machine = cimi.readMachine(location);
        String edit = machine.operation("edit").map(CimiOperation::href).orElseThrow(
                () -> new SkipException("the machine does not advertise edit"));
        update = cimi.remember(cimi.http().put(edit, cimi.format(),
                CimiConventionBodies.machineUpdateWithProviderAttributes(cimi.format(), forgedId,
                        "vcmtck-forged-renamed", FORGED_TIME), null));
    }

    @Then("the provider rejects the update, or the machine keeps its own id and times")
    public void updateIgnoredOrRejected() {
        if (update.status() >= 400 && update.status() < 500) {
            world.evidence("provider-controlled attributes rejected", update.summary());
            return;
        }
        CimiContext.expectStatus(update, "CIMI-COM-002", Set.of(200, 202, 204));
        expectProviderControlled(cimi.readMachine(creation.header("Location").orElseThrow()), "update");
    }

    private void expectProviderControlled(CimiDocument machine, String when) {
        String id = machine.text("id").orElse("");
        if (id.equals(forgedId)) {
            throw new AssertionError("[CIMI-COM-002] after the " + when + " the machine's id is the one the "
                    + "consumer sent: " + forgedId);
        }
        for (String time : List.of("created", "updated")) {
            if (machine.text(time).filter(t -> t.startsWith("2001-02-03")).isPresent()) {
                throw new AssertionError("[CIMI-COM-002] after the " + when + " the machine's " + time
                        + " is the time the consumer sent: " + FORGED_TIME);
            }
        }
        for (CimiOperation op : machine.operations()) {
            if (forgedId.equals(op.href())) {
                throw new AssertionError("[CIMI-COM-002] after the " + when + " the machine advertises the "
                        + op.rel() + " operation the consumer sent, at " + forgedId);
            }
        }
    }

    // ---------------------------------------------------------------- properties (COM-005) and PUT (HTTP-017)

    @Given("a machine the consumer created with a description and two properties")
    public void aMachineWithProperties() {
        name = "vcmtck-props-" + UUID.randomUUID().toString().substring(0, 8);
        description = "described by vcmtck";
        properties = new LinkedHashMap<>(Map.of("vcmtck-owner", "qa", "vcmtck-tier", "gold"));
        String template = cimi.firstMachineTemplate();
        CimiExchange created = cimi.remember(cimi.http().post(cimi.machineCreationHref(), cimi.format(),
                cimi.format().mediaType(), CimiConventionBodies.machineCreateWithProperties(cimi.format(), name,
                        description, template, properties)));
        created.header("Location").ifPresent(cimi::adopt);
        CimiContext.expectStatus(created, "CIMI-HTTP-003", Set.of(201, 202));
        machineId = created.header("Location").orElseThrow(() -> new AssertionError(
                "[CIMI-HTTP-003] the creation answered " + created.status() + " without a Location"));
        cimi.waitForStableState(machineId);
    }

    @Then("the machine's properties are written as CIMI defines for the format, with the values sent")
    public void propertiesOnTheWire() {
        CimiExchange read = cimi.remember(cimi.http().get(machineId, cimi.format()));
        CimiContext.expectStatus(read, "CIMI-HTTP-002", Set.of(200));
        Map<String, String> written = CimiWireProperties.read(read.body(), formatOf(read));
        properties.forEach((key, value) -> {
            if (!value.equals(written.get(key))) {
                throw new AssertionError("[CIMI-COM-005] property " + key + " was sent as '" + value
                        + "' but is written as " + (written.containsKey(key) ? "'" + written.get(key) + "'"
                        : "nothing") + "; properties read: " + written);
            }
        });
    }

    private static CimiFormat formatOf(CimiExchange exchange) {
        return exchange.header("Content-Type").flatMap(CimiFormat::ofContentType).orElse(exchange.requested());
    }

    @When("the consumer updates the machine with $select=description, sending a new name and a new description")
    public void updateSelectingDescription() {
        put(CimiQuery.of("$select", "description"), CimiConventionBodies.machineUpdate(cimi.format(), machineId,
                name + "-not-selected", description + " again", null));
    }

    @When("the consumer updates the machine with $select=description,properties, sending only a new name")
    public void updateSelectingDescriptionAndProperties() {
        put(CimiQuery.of("$select", "description,properties"), CimiConventionBodies.machineUpdate(cimi.format(),
                machineId, name + "-not-selected", null, null));
    }

    @When("the consumer updates the machine without $select, sending its name and one new property only")
    public void updateWithoutSelect() {
        put(new CimiQuery(), CimiConventionBodies.machineUpdate(cimi.format(), machineId, name, null,
                Map.of("vcmtck-only", "this")));
    }

    private void put(CimiQuery query, String body) {
        CimiDocument machine = cimi.readMachine(machineId);
        String edit = machine.operation("edit").map(CimiOperation::href).orElseThrow(
                () -> new SkipException("the machine does not advertise edit, so it cannot be updated"));
        update = cimi.remember(cimi.http().put(query.appendTo(edit), cimi.format(), body, null));
        CimiContext.expectStatus(update, "CIMI-HTTP-017", Set.of(200, 202, 204));
    }

    @Then("the machine has the new description and keeps its name and properties")
    public void onlyTheDescriptionChanged() {
        CimiExchange read = readMachineRaw();
        CimiDocument machine = read.document();
        expectText(machine, "description", description + " again");
        expectText(machine, "name", name);
        expectProperties(read, properties);
    }

    @Then("the machine has no description and no properties any more and keeps its name")
    public void selectedButAbsentAreReset() {
        CimiExchange read = readMachineRaw();
        CimiDocument machine = read.document();
        if (!machine.text("description").orElse("").isEmpty()) {
            throw new AssertionError("[CIMI-HTTP-017] description was selected and left out of the body, so it is "
                    + "reset; it is still '" + machine.text("description").orElse("") + "'");
        }
        expectText(machine, "name", name);
        expectProperties(read, Map.of());
    }

    @Then("the machine has no description any more and only the new property")
    public void everythingReplaced() {
        CimiExchange read = readMachineRaw();
        CimiDocument machine = read.document();
        if (!machine.text("description").orElse("").isEmpty()) {
            throw new AssertionError("[CIMI-HTTP-017] a PUT without $select replaces every updatable attribute; "
                    + "the description it left out is still '" + machine.text("description").orElse("") + "'");
        }
        expectProperties(read, Map.of("vcmtck-only", "this"));
    }

    private CimiExchange readMachineRaw() {
        CimiExchange read = cimi.remember(cimi.http().get(machineId, cimi.format()));
        CimiContext.expectStatus(read, "CIMI-HTTP-002", Set.of(200));
        return read;
    }

    private static void expectText(CimiDocument machine, String attribute, String expected) {
        String actual = machine.text(attribute).orElse("");
        if (!actual.equals(expected)) {
            throw new AssertionError("[CIMI-HTTP-017] the machine's " + attribute + " is '" + actual
                    + "', expected '" + expected + "'");
        }
    }

    private static void expectProperties(CimiExchange read, Map<String, String> expected) {
        Map<String, String> actual = CimiWireProperties.read(read.body(), formatOf(read));
        if (!actual.equals(expected)) {
            throw new AssertionError("[CIMI-HTTP-017] the machine's properties are " + actual + ", expected "
                    + expected);
        }
    }

    // ---------------------------------------------------------------- extension attributes (COM-011)

    @Then("attributes outside the CIMI vocabulary, if any, are noted and the collections are still found")
    public void extensionsIgnored() {
        CimiDocument entryPoint = cimi.entryPoint();
        List<String> unknown = new ArrayList<>();
        for (String attribute : entryPoint.attributeNames()) {
            if (!CimiVocabulary.ENTRY_POINT_COLLECTIONS.contains(attribute)
                    && !Set.of("id", "resourceURI", "name", "description", "created", "updated", "baseURI",
                    "operations", "operation", "property", "properties").contains(attribute)) {
                unknown.add(attribute);
            }
        }
        world.evidence("attributes outside the CIMI vocabulary", unknown.isEmpty() ? "none" : unknown.toString());
        if (entryPoint.references().isEmpty()) {
            throw new AssertionError("[CIMI-COM-011] reading the Cloud Entry Point found no collection reference");
        }
    }

    // ---------------------------------------------------------------- error bodies (HTTP-009), text/xml (HTTP-013)

    @Then("the refusal carries a body that explains it")
    public void theRefusalExplains() {
        CimiExchange refused = cimi.last();
        String body = refused.body().strip();
        if (body.isEmpty()) {
            throw new AssertionError("[CIMI-HTTP-009] " + refused.summary() + " came with an empty body");
        }
        String explanation = body;
        Optional<CimiFormat> format = refused.header("Content-Type").flatMap(CimiFormat::ofContentType);
        if (format.isPresent()) {
            explanation = CimiDocument.read(body, format.get()).text("message").orElse(body);
        }
        if (!explanation.matches("(?s).*\\p{L}{3,}.*")) {
            throw new AssertionError("[CIMI-HTTP-009] the body of " + refused.summary() + " explains nothing: "
                    + body);
        }
    }

    @When("the consumer reads the Cloud Entry Point accepting only text\\/xml")
    public void readAcceptingTextXml() {
        cimi.remember(cimi.http().request("GET", cimi.entryPointUrl(), "text/xml", CimiFormat.XML));
    }

    @Then("the answer is 200 with the Cloud Entry Point in XML")
    public void theAnswerIsXml() {
        CimiExchange answer = cimi.last();
        CimiContext.expectStatus(answer, "CIMI-HTTP-013", Set.of(200));
        String contentType = answer.header("Content-Type").orElse("(none)");
        if (CimiFormat.ofContentType(contentType).orElse(null) != CimiFormat.XML && !contentType.contains("xml")) {
            throw new AssertionError("[CIMI-HTTP-013] asked for text/xml, the provider answered " + contentType);
        }
        String type = CimiDocument.read(answer.body(), CimiFormat.XML).typeUri().orElse("");
        if (!type.endsWith("/CloudEntryPoint")) {
            throw new AssertionError("[CIMI-HTTP-013] the XML answer is a '" + type + "', not a CloudEntryPoint");
        }
    }

    // ---------------------------------------------------------------- machine state model (MACH-008)

    @When("the consumer sends start to a started machine and stop to a stopped one, at the hrefs it learnt")
    public void disallowedPairs() {
        String id = cimi.createSettledMachine();
        CimiDocument machine = cimi.waitForStableState(id);
        if ("STARTED".equals(machine.text("state").orElse(""))) {
            machine = act(id, machine, CimiVocabulary.STOP, "STOPPED");
        }
        if (!"STOPPED".equals(machine.text("state").orElse(""))) {
            throw new SkipException("the new machine settled in " + machine.text("state").orElse("?"));
        }
        String stop;
        String start = operationHref(machine, CimiVocabulary.START);
        machine = act(id, machine, CimiVocabulary.START, "STARTED");
        stop = operationHref(machine, CimiVocabulary.STOP);
        refusedAction = cimi.http().post(start, cimi.format(), cimi.format().mediaType(),
                CimiBodies.action(cimi.format(), CimiVocabulary.START));
        expectRefused(refusedAction, id, "STARTED", "start");
        machine = act(id, cimi.waitForStableState(id), CimiVocabulary.STOP, "STOPPED");
        refusedAction = cimi.remember(cimi.http().post(stop, cimi.format(), cimi.format().mediaType(),
                CimiBodies.action(cimi.format(), CimiVocabulary.STOP)));
        expectRefused(refusedAction, id, "STOPPED", "stop");
        machineId = id;
    }

    @Then("both are refused with 409 or 400 and the machine's state is unchanged")
    public void bothRefused() {
        // each refusal was checked as it happened; this names the outcome for the report
        if (refusedAction == null || machineId == null) {
            throw new IllegalStateException("the disallowed actions were not sent");
        }
        world.evidence("refused state changes", "start on STARTED and stop on STOPPED were refused for "
                + machineId);
    }

    private CimiDocument act(String id, CimiDocument machine, String action, String reaching) {
        CimiExchange answer = cimi.remember(cimi.http().post(operationHref(machine, action), cimi.format(),
                cimi.format().mediaType(), CimiBodies.action(cimi.format(), action)));
        CimiContext.expectStatus(answer, "CIMI-HTTP-005", Set.of(200, 202));
        return cimi.waitForState(id, reaching);
    }

    private static String operationHref(CimiDocument machine, String action) {
        return machine.operation(action).map(CimiOperation::href).orElseThrow(() -> new AssertionError(
                "[CIMI-COM-008] machine " + machine.text("id").orElse("?") + " in state "
                        + machine.text("state").orElse("?") + " does not advertise " + action));
    }

    private void expectRefused(CimiExchange answer, String id, String state, String action) {
        CimiContext.expectStatus(answer, "CIMI-MACH-008", Set.of(409, 400));
        String after = cimi.readMachine(id).text("state").orElse("");
        if (!state.equals(after)) {
            throw new AssertionError("[CIMI-MACH-008] the refused " + action + " on a " + state
                    + " machine changed its state to " + after);
        }
    }
}
