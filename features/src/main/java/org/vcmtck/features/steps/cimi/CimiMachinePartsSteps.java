package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatCollection;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;
import static org.vcmtck.assertions.cimi.CimiMachinePartsAssert.assertThatMachinePart;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiMachinePartsAssert;
import org.vcmtck.assertions.cimi.CimiOperation;
import org.vcmtck.assertions.cimi.CimiVocabulary;

/**
 * Checks of a machine's parts and companions: its attributes and sub-collections (disks, volumes, network
 * interfaces), attaching a volume, capture into a MachineImage, configurations, templates, credentials, a forced
 * stop and what an edit may change. Every machine, image, volume and credential a scenario creates is deleted
 * after it.
 */
public class CimiMachinePartsSteps {

    /** Sub-collection name → the element its entries are in XML. */
    private static final Map<String, String> SUB_COLLECTIONS = Map.of("disks", "MachineDisk", "volumes",
            "MachineVolume", "networkInterfaces", "MachineNetworkInterface");

    private final CimiContext cimi;
    private String machineId;
    private String templateId;
    private CimiDocument machine;
    private final Map<String, CimiExchange> subCollections = new LinkedHashMap<>();
    private final List<CimiExchange> resourcesRead = new ArrayList<>();
    private CimiExchange exchange;
    private String createdId;
    private String volumeId;
    private String machineVolumeId;
    private String secret;
    private String username;
    private String newName;

    public CimiMachinePartsSteps(CimiContext cimi) {
        this.cimi = cimi;
    }

    // ---------------------------------------------------------------- the machine

    @Given("a machine the consumer created to examine its parts")
    public void aMachineToExamine() {
        templateId = cimi.firstMachineTemplate();
        machineId = cimi.createSettledMachine();
        machine = cimi.readMachine(machineId);
    }

    @Given("that machine is started through its advertised start operation")
    public void thatMachineIsStarted() {
        CimiDocument current = cimi.waitForStableState(machineId);
        if (!"STARTED".equals(current.text("state").orElse(""))) {
            CimiOperation start = current.operation(CimiVocabulary.START).orElseThrow(() -> new SkipException(
                    "machine " + machineId + " is " + current.text("state").orElse("?") + " and offers no start"));
            CimiExchange started = cimi.http().post(start.href(), cimi.format(), cimi.format().mediaType(),
                    CimiBodies.action(cimi.format(), CimiVocabulary.START));
            CimiContext.expectStatus(started, "CIMI-HTTP-005", Set.of(200, 202));
            cimi.waitForState(machineId, "STARTED");
        }
        machine = cimi.readMachine(machineId);
    }

    @When("the consumer reads that machine again")
    public void theConsumerReadsThatMachine() {
        machine = cimi.readMachine(machineId);
    }

    @Then("that machine has a state, an integer cpu and memory, references to its sub-collections, and operations")
    public void thatMachineHasItsAttributes() {
        assertThatMachinePart(machine).hasMachineAttributes("CIMI-MACH-001");
    }

    @Then("that machine references its meters and event log when the provider offers them")
    public void thatMachineReferencesMonitoring() {
        CimiDocument entryPoint = cimi.entryPoint();
        assertThatMachinePart(machine).referencesOfferedMonitoring("CIMI-MACH-001",
                entryPoint.href("meters").isPresent(), entryPoint.href("eventLogs").isPresent());
    }

    @Then("that machine's cpu and memory are those of its template's machine configuration")
    public void thatMachineMatchesItsConfiguration() {
        CimiDocument template = cimi.readMachine(templateId);
        String configHref = template.href("machineConfig").orElseThrow(() -> new AssertionError(
                "[CIMI-MACH-015] template " + templateId + " has no machineConfig reference"));
        CimiDocument config = cimi.readMachine(configHref);
        for (String attribute : List.of("cpu", "memory")) {
            Optional<String> wanted = config.text(attribute);
            if (wanted.isPresent() && !wanted.equals(machine.text(attribute))) {
                throw new AssertionError("[CIMI-MACH-001] machine " + machineId + " has " + attribute + " "
                        + machine.text(attribute).orElse("none") + " but its configuration " + configHref + " says "
                        + wanted.get());
            }
        }
    }

    @Then("that machine advertises its actions only by the CIMI machine action URIs")
    public void thatMachineAdvertisesActionUris() {
        assertThatMachinePart(machine).advertisesOnlyMachineActions("CIMI-MACH-006");
    }

    // ---------------------------------------------------------------- sub-collections

    @When("the consumer reads that machine's disks, volumes and network interfaces sub-collections")
    public void theConsumerReadsTheSubCollections() {
        subCollections.clear();
        for (String name : SUB_COLLECTIONS.keySet().stream().sorted().toList()) {
            String href = machine.href(name).orElseThrow(() -> new AssertionError("[CIMI-MACH-017] machine "
                    + machineId + " does not reference its " + name + " sub-collection"));
            subCollections.put(href, cimi.remember(cimi.http().get(href, cimi.format())));
        }
    }

    @Then("each of those sub-collections answers 200 at its href with a count matching its entries")
    public void eachSubCollectionIsACollection() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, CimiExchange> read : subCollections.entrySet()) {
            String name = nameOf(read.getKey());
            try {
                CimiContext.expectStatus(read.getValue(), "CIMI-MACH-017", Set.of(200));
                CimiDocument doc = read.getValue().document();
                assertThatResource(doc).hasAttributeEqualTo("CIMI-COL-006", "id", read.getKey());
                assertThatCollection(doc, name, SUB_COLLECTIONS.get(name)).hasCountMatchingEntries("CIMI-COL-006");
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    @Then("each entry of those sub-collections is found at its id and is a MachineDisk, MachineVolume or MachineNetworkInterface")
    public void eachSubCollectionEntryIsAPart() {
        List<String> failures = new ArrayList<>();
        int parts = 0;
        for (Map.Entry<String, CimiExchange> read : subCollections.entrySet()) {
            String name = nameOf(read.getKey());
            String type = SUB_COLLECTIONS.get(name);
            CimiContext.expectStatus(read.getValue(), "CIMI-MACH-017", Set.of(200));
            for (CimiDocument entry : read.getValue().document().entries(name, type)) {
                parts++;
                try {
                    String id = entry.text("id").orElseThrow(() -> new AssertionError("[CIMI-MACH-017] an entry of "
                            + read.getKey() + " has no id"));
                    CimiDocument part = cimi.readMachine(id);
                    assertThatResource(part).hasAttributeEqualTo("CIMI-MACH-017", "id", id)
                            .isOfType("CIMI-MACH-017", type);
                    switch (name) {
                        case "disks" -> assertThatResource(part).hasIntegerAttribute("CIMI-MACH-017", "capacity");
                        case "volumes" -> assertThatResource(part).hasAttribute("CIMI-MACH-017", "volume");
                        default -> assertThatResource(part).hasAttribute("CIMI-MACH-017", "state");
                    }
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
        if (parts == 0) {
            throw new SkipException("machine " + machineId + " has no disk, volume or network interface to read");
        }
    }

    private String nameOf(String subCollectionHref) {
        return SUB_COLLECTIONS.keySet().stream().filter(n -> machine.href(n).map(subCollectionHref::equals)
                .orElse(false)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- attach and detach

    @Given("a free volume the consumer created to attach")
    public void aFreeVolume() {
        CimiDocument volumes = cimi.readCollection("volumes");
        String add = volumes.operation("add").map(CimiOperation::href)
                .orElseThrow(() -> new SkipException("the volumes collection does not advertise add"));
        String name = "vcmtck-attach-" + UUID.randomUUID().toString().substring(0, 8);
        String body = firstEntryOf("volumeTemplates", "VolumeTemplate")
                .map(t -> CimiBodies.volumeCreateFromTemplate(cimi.format(), name, t))
                .orElseGet(() -> CimiBodies.volumeCreateFromConfig(cimi.format(), name,
                        firstEntryOf("volumeConfigs", "VolumeConfiguration").orElseThrow(() -> new SkipException(
                                "the provider offers neither a VolumeTemplate nor a VolumeConfiguration"))));
        CimiExchange created = cimi.remember(cimi.http().post(add, cimi.format(), cimi.format().mediaType(), body));
        CimiContext.expectStatus(created, "CIMI-VOL-002", Set.of(201, 202));
        volumeId = created.header("Location").orElseThrow(() -> new AssertionError(
                "[CIMI-HTTP-003] the volume creation answered " + created.status() + " without a Location"));
        cimi.adopt(volumeId);
        cimi.waitForState(volumeId, "AVAILABLE");
    }

    private Optional<String> firstEntryOf(String collection, String element) {
        if (cimi.entryPoint().href(collection).isEmpty()) {
            return Optional.empty();
        }
        return cimi.readCollection(collection).entries(collection, element).stream().map(e -> e.text("id"))
                .flatMap(Optional::stream).findFirst();
    }

    private CimiDocument machineVolumes() {
        String href = machine.href("volumes").orElseThrow(() -> new AssertionError("[CIMI-MACH-017] machine "
                + machineId + " does not reference its volumes sub-collection"));
        CimiExchange read = cimi.remember(cimi.http().get(href, cimi.format()));
        CimiContext.expectStatus(read, "CIMI-COL-006", Set.of(200));
        return read.document();
    }

    private Optional<CimiDocument> machineVolumeOf(CimiDocument machineVolumes, String volume) {
        return machineVolumes.entries("volumes", "MachineVolume").stream()
                .filter(e -> e.href("volume").map(volume::equals).orElse(false)).findFirst();
    }

    @When("the consumer adds the volume to that machine's volumes sub-collection")
    public void theConsumerAttachesTheVolume() {
        CimiDocument volumes = machineVolumes();
        String add = volumes.operation("add").map(CimiOperation::href)
                .orElseThrow(() -> new SkipException("machine " + machineId + "'s volumes sub-collection does not "
                        + "advertise add"));
        exchange = cimi.remember(cimi.http().post(add, cimi.format(), cimi.format().mediaType(),
                CimiPartBodies.machineVolume(cimi.format(), volumeId)));
    }

    @Then("the attachment is accepted and the volumes sub-collection lists a MachineVolume referencing the volume")
    public void theVolumeIsAttached() {
        CimiContext.expectStatus(exchange, "CIMI-COL-006", Set.of(200, 201, 202));
        CimiDocument attached = waitForMachineVolume(true);
        machineVolumeId = attached.text("id").orElseThrow(() -> new AssertionError(
                "[CIMI-COL-006] the MachineVolume listed for " + volumeId + " has no id"));
    }

    @When("the consumer deletes that MachineVolume")
    public void theConsumerDetachesTheVolume() {
        CimiDocument attached = cimi.readMachine(machineVolumeId);
        String href = attached.operation("delete").map(CimiOperation::href).orElse(machineVolumeId);
        exchange = cimi.remember(cimi.http().delete(href, cimi.format()));
    }

    @Then("the volumes sub-collection no longer lists the volume, which still exists")
    public void theVolumeIsDetached() {
        CimiContext.expectStatus(exchange, "CIMI-COL-006", Set.of(200, 202, 204));
        waitForMachineVolume(false);
        CimiExchange volume = cimi.http().get(volumeId, cimi.format());
        CimiContext.expectStatus(volume, "CIMI-COL-006", Set.of(200));
    }

    /** Polls the machine's volumes until the volume is (or is no longer) listed; async providers take a while. */
    private CimiDocument waitForMachineVolume(boolean listed) {
        long deadline = System.nanoTime() + CimiContext.STATE_CHANGE_WAIT.toNanos();
        while (true) {
            Optional<CimiDocument> found = machineVolumeOf(machineVolumes(), volumeId);
            if (found.isPresent() == listed) {
                return found.orElse(null);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("[CIMI-COL-006] machine " + machineId + "'s volumes sub-collection "
                        + (listed ? "does not list" : "still lists") + " volume " + volumeId + " after "
                        + CimiContext.STATE_CHANGE_WAIT.toSeconds() + " s");
            }
            CimiContext.pause();
        }
    }

    // ---------------------------------------------------------------- capture

    @When("the consumer captures that machine through its capture operation")
    public void theConsumerCapturesTheMachine() {
        machine = cimi.waitForStableState(machineId);
        if (machine.operation(CimiMachinePartsAssert.CAPTURE).isEmpty()
                && "STOPPED".equals(machine.text("state").orElse(""))) {
            // a provider may capture only running machines: start it and look again (DMTF test plan)
            thatMachineIsStarted();
        }
        String imagesHref = cimi.collectionHref("machineImages");
        assertThatMachinePart(machine).capturesInto("CIMI-MACH-009", imagesHref);
        String href = machine.operation(CimiMachinePartsAssert.CAPTURE).orElseThrow().href();
        exchange = cimi.remember(cimi.http().post(href, cimi.format(), cimi.format().mediaType(),
                CimiPartBodies.capture(cimi.format(), "vcmtck-capture-" + UUID.randomUUID().toString()
                        .substring(0, 8), machineId)));
        exchange.header("Location").ifPresent(cimi::adopt);
    }

    @Then("the capture is answered 201 or 202 with the new image's Location")
    public void theCaptureIsAccepted() {
        CimiContext.expectStatus(exchange, "CIMI-MACH-009", Set.of(201, 202));
        createdId = exchange.header("Location").filter(l -> !l.isBlank()).orElseThrow(() -> new AssertionError(
                "[CIMI-MACH-009] the capture answered " + exchange.status() + " without a Location"));
    }

    @Then("the new image becomes AVAILABLE as a MachineImage with a type and an image location")
    public void theNewImageIsAvailable() {
        CimiDocument image = cimi.waitForState(createdId, "AVAILABLE");
        assertThatResource(image).hasAttributeEqualTo("CIMI-MACH-009", "id", createdId)
                .isOfType("CIMI-MACH-014", "MachineImage");
        assertThatMachinePart(image).isMachineImage("CIMI-MACH-014");
    }

    @Then("the machineImages collection lists the new image")
    public void theImagesCollectionListsIt() {
        assertThatCollection(cimi.readCollection("machineImages"), "machineImages", "MachineImage")
                .listsEntryWithId("CIMI-MACH-009", createdId);
    }

    // ---------------------------------------------------------------- configurations and templates

    @When("the consumer reads each member of the {word} collection, whose entries are {word}")
    public void theConsumerReadsEachMember(String collection, String element) {
        resourcesRead.clear();
        for (CimiDocument entry : cimi.readCollection(collection).entries(collection, element)) {
            String id = entry.text("id").orElseThrow(() -> new AssertionError("[CIMI-COM-001] an entry of the "
                    + collection + " collection has no id"));
            CimiExchange read = cimi.http().get(id, cimi.format());
            CimiContext.expectStatus(read, "CIMI-HTTP-002", Set.of(200));
            resourcesRead.add(read);
        }
        if (resourcesRead.isEmpty()) {
            throw new SkipException("the " + collection + " collection lists nothing to examine");
        }
    }

    @Then("each machine configuration has an integer cpu and memory and disks with an integer capacity")
    public void eachConfigurationIsWellFormed() {
        each(config -> {
            assertThatResource(config).isOfType("CIMI-MACH-013", "MachineConfiguration");
            assertThatMachinePart(config).isMachineConfiguration("CIMI-MACH-013");
        });
    }

    @Then("each machine template references a configuration and an image and carries only template attributes")
    public void eachTemplateIsWellFormed() {
        each(template -> {
            assertThatResource(template).isOfType("CIMI-MACH-015", "MachineTemplate");
            assertThatMachinePart(template).isMachineTemplate("CIMI-MACH-015");
            assertThatResource(cimi.readMachine(template.href("machineConfig").orElseThrow()))
                    .isOfType("CIMI-MACH-015", "MachineConfiguration");
            assertThatResource(cimi.readMachine(template.href("machineImage").orElseThrow()))
                    .isOfType("CIMI-MACH-015", "MachineImage");
        });
    }

    private interface Check {
        void check(CimiDocument resource);
    }

    private void each(Check check) {
        List<String> failures = new ArrayList<>();
        for (CimiExchange read : resourcesRead) {
            try {
                check.check(read.document());
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    // ---------------------------------------------------------------- credentials

    @When("the consumer creates a credential with a user name and a password")
    public void theConsumerCreatesACredential() {
        String href = cimi.collectionHref("credentials");
        String add = cimi.readCollection("credentials").operation("add").map(CimiOperation::href).orElse(href);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        username = "vcmtck-user-" + suffix;
        secret = "Secret-" + UUID.randomUUID();
        exchange = cimi.remember(cimi.http().post(add, cimi.format(), cimi.format().mediaType(),
                CimiPartBodies.credentialCreate(cimi.format(), "vcmtck-credential-" + suffix, username, secret)));
        exchange.header("Location").ifPresent(cimi::adopt);
    }

    @Then("the credential creation is answered 201 or 202 with a Location")
    public void theCredentialIsCreated() {
        CimiContext.expectStatus(exchange, "CIMI-MACH-016", Set.of(201, 202));
        createdId = exchange.header("Location").filter(l -> !l.isBlank()).orElseThrow(() -> new AssertionError(
                "[CIMI-MACH-016] the credential creation answered " + exchange.status() + " without a Location"));
        if (exchange.body().contains(secret)) {
            throw new AssertionError("[CIMI-MACH-016] the answer to the credential creation echoes the password");
        }
    }

    @Then("reading the credential shows its user name but not its password")
    public void theCredentialHidesItsSecret() {
        CimiExchange read = cimi.remember(cimi.http().get(createdId, cimi.format()));
        CimiContext.expectStatus(read, "CIMI-MACH-016", Set.of(200));
        CimiDocument credential = read.document();
        assertThatResource(credential).isOfType("CIMI-MACH-016", "Credential");
        assertThatMachinePart(credential).isCredentialHiding("CIMI-MACH-016", username, secret, read.body());
    }

    @Then("the credentialTemplates collection, when offered, lists CredentialTemplates with a count")
    public void theCredentialTemplatesCanBeRead() {
        if (cimi.entryPoint().href("credentialTemplates").isEmpty()) {
            return;
        }
        CimiDocument templates = cimi.readCollection("credentialTemplates");
        assertThatCollection(templates, "credentialTemplates", "CredentialTemplate")
                .hasCountMatchingEntries("CIMI-MACH-016");
        for (CimiDocument entry : templates.entries("credentialTemplates", "CredentialTemplate")) {
            assertThatResource(entry).isOfType("CIMI-MACH-016", "CredentialTemplate");
        }
    }

    // ---------------------------------------------------------------- forced stop and edit

    @When("the consumer stops that machine with force")
    public void theConsumerForcesAStop() {
        CimiOperation stop = cimi.waitForStableState(machineId).operation(CimiVocabulary.STOP).orElseThrow(() ->
                new AssertionError("[CIMI-COM-006] started machine " + machineId + " does not advertise stop"));
        exchange = cimi.remember(cimi.http().post(stop.href(), cimi.format(), cimi.format().mediaType(),
                CimiPartBodies.forcedAction(cimi.format(), CimiVocabulary.STOP)));
    }

    @Then("the forced stop is accepted and the machine reaches STOPPED")
    public void theForcedStopWorks() {
        if (exchange.status() == 400) {
            // force is a MAY: a provider that does not support it may refuse the Action
            throw new SkipException("the provider refuses force on stop (400)");
        }
        CimiContext.expectStatus(exchange, "CIMI-MACH-010", Set.of(200, 202));
        cimi.waitForState(machineId, "STOPPED");
    }

    @When("the consumer edits that machine sending a new name, the state STOPPED and twice its cpu and memory")
    public void theConsumerEditsTheMachine() {
        machine = cimi.readMachine(machineId);
        newName = "vcmtck-edited-" + UUID.randomUUID().toString().substring(0, 8);
        long cpu = Long.parseLong(machine.text("cpu").orElse("1"));
        long memory = Long.parseLong(machine.text("memory").orElse("1024"));
        String edit = machine.operation("edit").map(CimiOperation::href).orElse(machineId);
        exchange = cimi.remember(cimi.http().put(edit, cimi.format(), CimiPartBodies.machineEdit(cimi.format(),
                machineId, newName, cpu * 2, memory * 2, "STOPPED"), null));
    }

    @Then("the edit is refused, or the machine has the new name and keeps its state, cpu and memory")
    public void theEditChangesOnlyUpdatableAttributes() {
        CimiDocument after;
        if (exchange.status() == 400 || exchange.status() == 409) {
            after = cimi.readMachine(machineId);
            assertThatResource(after).hasAttributeEqualTo("CIMI-MACH-012", "name", machine.text("name").orElse(""));
        } else {
            CimiContext.expectStatus(exchange, "CIMI-MACH-012", Set.of(200, 202, 204));
            after = cimi.waitForStableState(machineId);
            assertThatResource(after).hasAttributeEqualTo("CIMI-MACH-012", "name", newName);
        }
        for (String attribute : List.of("state", "cpu", "memory")) {
            assertThatResource(after).hasAttributeEqualTo("CIMI-MACH-012", attribute,
                    machine.text(attribute).orElse(""));
        }
    }
}
