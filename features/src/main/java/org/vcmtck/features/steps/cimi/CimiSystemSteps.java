package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiSystemAssert.assertThatSystem;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiOperation;
import org.vcmtck.assertions.cimi.CimiSystemAssert;
import org.vcmtck.assertions.cimi.CimiVocabulary;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.vcmtck.features.steps.World;

/**
 * Checks of Systems and SystemTemplates (CIMI-SYS-001..003) and of the optional OVF import and export of Systems
 * (CIMI-SYS-004/005). Systems are optional: a Cloud Entry Point without them skips every scenario; import and
 * export are tried only where the provider advertises them. Systems created here are stopped and deleted after
 * the scenario.
 */
public class CimiSystemSteps {

    private static final String SYSTEMS = "systems";
    private static final String SYSTEM_TEMPLATES = "systemTemplates";

    private final CimiContext cimi;
    private final World world;
    private final List<String> createdSystems = new ArrayList<>();
    private CimiDocument template;
    private CimiExchange exchange;
    private String systemId;
    private String descriptorLocation;
    private byte[] descriptorBytes;

    public CimiSystemSteps(CimiContext cimi, World world) {
        this.cimi = cimi;
        this.world = world;
    }

    String systemId() {
        return systemId;
    }

    CimiContext cimi() {
        return cimi;
    }

    // ---------------------------------------------------------------- templates

    private List<CimiDocument> templates() {
        List<CimiDocument> read = new ArrayList<>();
        for (CimiDocument entry : cimi.readCollection(SYSTEM_TEMPLATES).entries(SYSTEM_TEMPLATES, "SystemTemplate")) {
            String id = entry.text("id").orElseThrow(() -> new AssertionError("[CIMI-COM-001] an entry of the "
                    + "systemTemplates collection has no id: " + entry.describe()));
            CimiExchange r = cimi.http().get(id, cimi.format());
            CimiContext.expectStatus(r, "CIMI-HTTP-002", Set.of(200));
            read.add(r.document());
        }
        if (read.isEmpty()) {
            throw new SkipException("the provider offers no SystemTemplate");
        }
        return read;
    }

    @Then("each system template has component descriptors with a resource type, a quantity and the component")
    public void eachTemplateHasComponentDescriptors() {
        List<String> failures = new ArrayList<>();
        for (CimiDocument t : templates()) {
            try {
                assertThatSystem(t).isASystemTemplateWithComponentDescriptors("CIMI-SYS-003");
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    // ---------------------------------------------------------------- creation

    @Given("the consumer creates a system from the first system template that makes machines")
    public void theConsumerCreatesASystem() {
        CimiDocument systems = cimi.readCollection(SYSTEMS);
        String add = systems.operation("add").map(CimiOperation::href)
                .orElseThrow(() -> new SkipException("the systems collection does not advertise add"));
        template = templates().stream().filter(t -> CimiSystemAssert.machineQuantity(t) > 0).findFirst()
                .orElseThrow(() -> new SkipException("no SystemTemplate makes machines"));
        String name = "vcmtck-sys-" + UUID.randomUUID().toString().substring(0, 8);
        exchange = cimi.remember(cimi.http().post(add, cimi.format(), cimi.format().mediaType(),
                CimiSystemBodies.systemCreate(cimi.format(), name, template.text("id").orElseThrow())));
        exchange.header("Location").ifPresent(createdSystems::add);
        CimiContext.expectStatus(exchange, "CIMI-SYS-003", Set.of(201, 202));
        systemId = exchange.header("Location").filter(l -> !l.isBlank()).orElseThrow(() -> new AssertionError(
                "[CIMI-HTTP-003] the system creation answered " + exchange.status() + " without a Location"));
        waitForMembers(null);
    }

    private CimiDocument system() {
        CimiExchange r = cimi.http().get(systemId, cimi.format());
        CimiContext.expectStatus(r, "CIMI-SYS-001", Set.of(200));
        return r.document();
    }

    /** The member machines' hrefs, read from the System's machines sub-collection. */
    List<String> memberMachines() {
        String href = system().href("machines").orElseThrow(() -> new AssertionError("[CIMI-SYS-001] system "
                + systemId + " has no machines sub-collection reference"));
        CimiExchange r = cimi.http().get(href, cimi.format());
        CimiContext.expectStatus(r, "CIMI-SYS-001", Set.of(200));
        List<CimiDocument> entries = r.document().entries("machines", "SystemMachine");
        if (entries.isEmpty()) {
            entries = r.document().entries("machines", "systemMachine");
        }
        List<String> machines = new ArrayList<>();
        for (CimiDocument e : entries) {
            machines.add(e.href("machine").orElseThrow(() -> new AssertionError("[CIMI-SYS-001] an entry of "
                    + href + " has no machine reference: " + e.describe())));
        }
        return machines;
    }

    @Then("the new system has a system state and references its machines sub-collection")
    public void theSystemIsWellFormed() {
        assertThatSystem(system()).isASystemWithAState("CIMI-SYS-001")
                .referencesSubCollections("CIMI-SYS-001", CimiSystemAssert.REQUIRED_SUB_COLLECTIONS);
    }

    @Then("its machines sub-collection lists as many machines as the template's machine descriptors ask for")
    public void theSystemHasTheTemplatesMachines() {
        int wanted = CimiSystemAssert.machineQuantity(template);
        List<String> machines = memberMachines();
        if (machines.size() != wanted) {
            throw new AssertionError("[CIMI-SYS-003] system " + systemId + " lists " + machines.size()
                    + " machines, but its template " + template.text("id").orElse("") + " asks for " + wanted);
        }
        for (String m : machines) {
            CimiContext.expectStatus(cimi.http().get(m, cimi.format()), "CIMI-SYS-001", Set.of(200));
        }
    }

    // ---------------------------------------------------------------- actions

    @When("the consumer invokes the system's advertised {word} operation")
    public void theConsumerInvokes(String action) {
        String uri = CimiVocabulary.ACTION_PREFIX + action;
        String href = system().operation(uri).map(CimiOperation::href).orElseThrow(() -> new AssertionError(
                "[CIMI-SYS-002] system " + systemId + " in state " + system().text("state").orElse("?")
                        + " does not advertise " + uri));
        exchange = cimi.remember(cimi.http().post(href, cimi.format(), cimi.format().mediaType(),
                CimiBodies.action(cimi.format(), uri)));
        CimiContext.expectStatus(exchange, "CIMI-SYS-002", Set.of(200, 202, 204));
    }

    @Then("every member machine and the system become {word}")
    public void everyMemberBecomes(String state) {
        waitForMembers(state);
        String systemState = system().text("state").orElse("");
        if (!systemState.equals(state)) {
            throw new AssertionError("[CIMI-SYS-001] every member is " + state + " but system " + systemId
                    + " says '" + systemState + "'");
        }
    }

    private void waitForMembers(String state) {
        for (String m : memberMachines()) {
            try {
                cimi.waitForState(m, state);
            } catch (AssertionError e) {
                throw new AssertionError("[CIMI-SYS-002] " + e.getMessage(), e);
            }
        }
    }

    // ---------------------------------------------------------------- OVF export

    @When("the consumer exports the system as OVF through its advertised export operation")
    public void theConsumerExports() {
        String href = system().operation(CimiSystemBodies.EXPORT).map(CimiOperation::href)
                .orElseThrow(() -> new SkipException("system " + systemId + " does not advertise export"));
        exchange = cimi.remember(cimi.http().post(href, cimi.format(), cimi.format().mediaType(),
                CimiSystemBodies.action(cimi.format(), CimiSystemBodies.EXPORT, "format", "OVF")));
        CimiContext.expectStatus(exchange, "CIMI-SYS-005", Set.of(200, 201, 202));
        descriptorLocation = exchange.header("Location").filter(l -> !l.isBlank()).orElseThrow(() ->
                new AssertionError("[CIMI-SYS-005] the export answered " + exchange.status()
                        + " without a Location naming the package"));
        descriptorBytes = fetch(descriptorLocation);
        world.evidence("exported OVF descriptor " + descriptorLocation, new String(descriptorBytes,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private byte[] fetch(String location) {
        URI uri = URI.create(location);
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            try {
                return Files.readAllBytes(Path.of(uri));
            } catch (IOException e) {
                throw new AssertionError("[CIMI-SYS-005] cannot read the exported package " + location + ": "
                        + e.getMessage(), e);
            }
        }
        CimiExchange r = cimi.http().get(location, cimi.format());
        CimiContext.expectStatus(r, "CIMI-SYS-005", Set.of(200));
        return r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The exported descriptor, read by the suite's own OVF reader. */
    OvfDescriptor exportedDescriptor() {
        try {
            return OvfDescriptor.parse(descriptorBytes);
        } catch (OvfDescriptor.DescriptorNotReadable e) {
            throw new AssertionError("[CIMI-SYS-005] the exported descriptor " + descriptorLocation
                    + " is not a readable OVF envelope: " + e.getMessage(), e);
        }
    }

    @Then("the exported descriptor describes one VirtualSystem per member machine")
    public void theDescriptorHasTheMembers() {
        long systems = exportedDescriptor().contents().stream()
                .filter(e -> e.getLocalName().equals("VirtualSystem")).count();
        int members = memberMachines().size();
        if (systems != members) {
            throw new AssertionError("[CIMI-SYS-005] the descriptor exported from " + systemId + " describes "
                    + systems + " VirtualSystems, the system has " + members + " machines");
        }
    }

    // ---------------------------------------------------------------- OVF import

    @When("the consumer imports the suite's sample OVF package through an advertised import operation")
    public void theConsumerImports() throws IOException {
        Optional<String> href = importHref(SYSTEMS).or(() -> importHref(SYSTEM_TEMPLATES));
        if (href.isEmpty()) {
            throw new SkipException("neither systems nor systemTemplates advertise import");
        }
        String host = URI.create(cimi.entryPointUrl()).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new SkipException("the provider is not on this host: it cannot read a package the suite writes");
        }
        Path ovf = SampleOvfPackage.write(world.scratch().resolve("cimi-import-" + UUID.randomUUID()),
                "vcmtck-import");
        exchange = cimi.remember(cimi.http().post(href.get(), cimi.format(), cimi.format().mediaType(),
                CimiSystemBodies.action(cimi.format(), CimiSystemBodies.IMPORT, "source", ovf.toUri().toString())));
        exchange.header("Location").ifPresent(createdSystems::add);
    }

    private Optional<String> importHref(String collection) {
        if (cimi.entryPoint().href(collection).isEmpty()) {
            return Optional.empty();
        }
        return cimi.readCollection(collection).operation(CimiSystemBodies.IMPORT).map(CimiOperation::href);
    }

    @Then("the provider answers with a new system or template holding one machine per VirtualSystem of the package")
    public void theImportMadeTheSystem() {
        CimiContext.expectStatus(exchange, "CIMI-SYS-004", Set.of(201, 202));
        String location = exchange.header("Location").filter(l -> !l.isBlank()).orElseThrow(() ->
                new AssertionError("[CIMI-SYS-004] the import answered " + exchange.status()
                        + " without a Location"));
        CimiExchange r = cimi.http().get(location, cimi.format());
        CimiContext.expectStatus(r, "CIMI-SYS-004", Set.of(200));
        CimiDocument imported = r.document();
        int machines;
        if (imported.typeUri().map(CimiVocabulary.typeUri("SystemTemplate")::equals).orElse(false)) {
            createdSystems.remove(location);
            machines = CimiSystemAssert.machineQuantity(imported);
        } else {
            systemId = location;
            assertThatSystem(imported).isASystemWithAState("CIMI-SYS-004");
            machines = memberMachines().size();
        }
        if (machines != SampleOvfPackage.SYSTEMS) {
            throw new AssertionError("[CIMI-SYS-004] the package has " + SampleOvfPackage.SYSTEMS
                    + " VirtualSystems; the import at " + location + " holds " + machines + " machines");
        }
    }

    // ---------------------------------------------------------------- clean-up

    /** Stops (where advertised) and deletes every system this scenario created, whatever the outcome. */
    @After
    public void deleteCreatedSystems() {
        for (String id : List.copyOf(createdSystems)) {
            try {
                CimiExchange current = cimi.http().get(id, cimi.format());
                if (current.status() != 200) {
                    continue;
                }
                Optional<String> stop = current.document().operation(CimiVocabulary.STOP).map(CimiOperation::href);
                if (stop.isPresent()) {
                    cimi.http().post(stop.get(), cimi.format(), cimi.format().mediaType(),
                            CimiBodies.action(cimi.format(), CimiVocabulary.STOP));
                    systemId = id;
                    waitForMembers("STOPPED");
                }
                cimi.http().delete(id, cimi.format());
            } catch (RuntimeException | AssertionError e) {
                world.evidence("clean-up of " + id + " failed", e.toString());
            }
        }
        createdSystems.clear();
    }
}
