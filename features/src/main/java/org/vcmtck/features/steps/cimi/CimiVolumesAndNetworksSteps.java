package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatCollection;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiOperation;
import org.vcmtck.assertions.cimi.CimiVocabulary;

/**
 * Checks of Volumes and Networks: their collections, their representations and, for volumes, creation from a
 * template and deletion. Both are optional: a Cloud Entry Point without the collection skips the scenario.
 */
public class CimiVolumesAndNetworksSteps {

    private static final String VOLUMES = "volumes";
    private static final String VOLUME = "Volume";
    private static final String NETWORKS = "networks";
    private static final String NETWORK = "Network";

    private final CimiContext cimi;
    private CimiDocument collection;
    private String collectionName;
    private String entryElement;
    private final List<CimiDocument> resourcesRead = new ArrayList<>();
    private final List<String> urlsRead = new ArrayList<>();
    private CimiExchange exchange;
    private String volumeId;

    public CimiVolumesAndNetworksSteps(CimiContext cimi) {
        this.cimi = cimi;
    }

    @When("the consumer reads the optional {word} collection the Cloud Entry Point references")
    public void theConsumerReadsTheCollection(String name) {
        switch (name) {
            case VOLUMES -> entryElement = VOLUME;
            case NETWORKS -> entryElement = NETWORK;
            // machines have their own steps; this one covers the optional collections
            default -> throw new IllegalArgumentException("no steps for the " + name + " collection here");
        }
        collectionName = name;
        collection = cimi.readCollection(name);
    }

    @Then("that collection has an id, an integer count and as many entries as its count says")
    public void theCollectionIsWellFormed() {
        assertThatCollection(collection, collectionName, entryElement).hasIdCountAndEntries("CIMI-COL-001")
                .hasCountMatchingEntries("CIMI-COL-002");
    }

    @Then("that collection declares the type {word}")
    public void theCollectionDeclaresItsType(String type) {
        if (collection.format() == CimiFormat.JSON) {
            assertThatResource(collection).isOfType("CIMI-COM-003", type);
        } else if (!collection.typeUri().map(CimiVocabulary.typeUri(type)::equals).orElse(false)) {
            // the XML form of a collection's type is unconfirmed (CIMI-COM-004): nothing to hold against it
            throw new SkipException("XML collection type not checked: found " + collection.typeUri().orElse("none"));
        }
    }

    @When("the consumer reads each entry of that collection, skipping when it lists none")
    public void theConsumerReadsEachEntry() {
        resourcesRead.clear();
        urlsRead.clear();
        for (CimiDocument entry : collection.entries(collectionName, entryElement)) {
            String id = entry.text("id").orElseThrow(() -> new AssertionError("[CIMI-COM-001] an entry of the "
                    + collectionName + " collection has no id: " + entry.describe()));
            CimiExchange read = cimi.http().get(id, cimi.format());
            CimiContext.expectStatus(read, "CIMI-HTTP-002", Set.of(200));
            urlsRead.add(id);
            resourcesRead.add(read.document());
        }
        if (resourcesRead.isEmpty()) {
            throw new SkipException("the " + collectionName + " collection lists nothing to examine");
        }
    }

    @Then("each volume is found at its id, declares the type Volume, a volume state and an integer capacity")
    public void eachVolumeIsWellFormed() {
        each((url, volume) -> assertThatResource(volume).hasAttributeEqualTo("CIMI-COM-001", "id", url)
                .isOfType("CIMI-VOL-001", VOLUME)
                .hasAttributeIn("CIMI-VOL-001", "state", CimiVocabulary.VOLUME_STATES)
                .hasIntegerAttribute("CIMI-VOL-001", "capacity"));
    }

    @Then("each network is found at its id, declares the type Network and a network state and type")
    public void eachNetworkIsWellFormed() {
        each((url, network) -> {
            assertThatResource(network).hasAttributeEqualTo("CIMI-COM-001", "id", url)
                    .isOfType("CIMI-NET-001", NETWORK)
                    .hasAttributeIn("CIMI-NET-001", "state", CimiVocabulary.NETWORK_STATES);
            if (network.has("networkType")) {
                assertThatResource(network).hasAttributeIn("CIMI-NET-001", "networkType",
                        CimiVocabulary.NETWORK_TYPES);
            }
        });
    }

    private interface Check {
        void check(String url, CimiDocument resource);
    }

    private void each(Check check) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < resourcesRead.size(); i++) {
            try {
                check.check(urlsRead.get(i), resourcesRead.get(i));
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    // creation and deletion

    /** Where volumes are created: only a volumes collection that advertises add accepts them (CIMI-COL-003). */
    private String volumeAddHref() {
        return cimi.readCollection(VOLUMES).operation("add").map(CimiOperation::href)
                .orElseThrow(() -> new SkipException("the volumes collection does not advertise add"));
    }

    private Optional<String> firstEntryOf(String collectionName, String element) {
        if (cimi.entryPoint().href(collectionName).isEmpty()) {
            return Optional.empty();
        }
        return cimi.readCollection(collectionName).entries(collectionName, element).stream()
                .map(e -> e.text("id")).flatMap(Optional::stream).findFirst();
    }

    /** The volume this scenario created, for the steps that attach it (CIMI-VOL-003). */
    String createdVolume() {
        if (volumeId == null) {
            throw new IllegalStateException("no volume was created in this scenario yet");
        }
        return volumeId;
    }

    @Given("the provider lists at least one volume, creating one when it lists none")
    public void atLeastOneVolume() {
        if (cimi.readCollection(VOLUMES).entries(VOLUMES, VOLUME).isEmpty()) {
            theConsumerCreatesAVolume();
            theVolumeCreationIsAccepted();
            cimi.waitForStableState(volumeId);
        }
    }

    @Given("the provider accepts new volumes")
    public void theProviderAcceptsVolumes() {
        volumeAddHref();
    }

    @When("the consumer creates a volume from the first volume template or configuration the provider offers")
    public void theConsumerCreatesAVolume() {
        String add = volumeAddHref();
        String name = "vcmtck-vol-" + UUID.randomUUID().toString().substring(0, 8);
        Optional<String> template = firstEntryOf("volumeTemplates", "VolumeTemplate");
        String body;
        if (template.isPresent()) {
            body = CimiBodies.volumeCreateFromTemplate(cimi.format(), name, template.get());
        } else {
            String config = firstEntryOf("volumeConfigs", "VolumeConfiguration").orElseThrow(() ->
                    new SkipException("the provider offers neither a VolumeTemplate nor a VolumeConfiguration"));
            body = CimiBodies.volumeCreateFromConfig(cimi.format(), name, config);
        }
        exchange = cimi.remember(cimi.http().post(add, cimi.format(), cimi.format().mediaType(), body));
        exchange.header("Location").ifPresent(cimi::adopt);
    }

    @When("the consumer posts a volume creation whose template has no volume configuration")
    public void theConsumerPostsAVolumeWithoutConfig() {
        String add = volumeAddHref();
        exchange = cimi.remember(cimi.http().post(add, cimi.format(), cimi.format().mediaType(),
                CimiBodies.volumeCreateWithoutConfig(cimi.format(), "vcmtck-vol-invalid")));
        exchange.header("Location").ifPresent(cimi::adopt);
    }

    @Then("the volume creation is refused with 400")
    public void theVolumeCreationIsRefused() {
        CimiContext.expectStatus(exchange, "CIMI-VOL-002", Set.of(400));
    }

    @Then("the provider accepts the volume creation with 201 or 202 and a Location")
    public void theVolumeCreationIsAccepted() {
        CimiContext.expectStatus(exchange, "CIMI-VOL-002", Set.of(201, 202));
        volumeId = exchange.header("Location").filter(l -> !l.isBlank()).orElseThrow(() -> new AssertionError(
                "[" + (exchange.status() == 201 ? "CIMI-HTTP-003" : "CIMI-HTTP-004") + "] the volume creation "
                        + "answered " + exchange.status() + " without a Location header"));
    }

    @Then("the new volume becomes AVAILABLE and is listed in the volumes collection")
    public void theNewVolumeBecomesAvailable() {
        CimiDocument volume = cimi.waitForState(volumeId, "AVAILABLE");
        assertThatResource(volume).hasAttributeEqualTo("CIMI-COM-001", "id", volumeId)
                .isOfType("CIMI-VOL-001", VOLUME);
        assertThatCollection(cimi.readCollection(VOLUMES), VOLUMES, VOLUME).listsEntryWithId("CIMI-VOL-002",
                volumeId);
    }

    @When("the consumer deletes the volume")
    public void theConsumerDeletesTheVolume() {
        CimiDocument volume = cimi.readMachine(volumeId);
        String href = volume.operation("delete").map(CimiOperation::href).orElse(volumeId);
        exchange = cimi.remember(cimi.http().delete(href, cimi.format()));
    }

    @Then("the volume deletion is answered 200, 204 or 202 and the volume is gone")
    public void theVolumeIsGone() {
        CimiContext.expectStatus(exchange, "CIMI-HTTP-006", Set.of(200, 202, 204));
        cimi.waitUntilGone(volumeId, "CIMI-COL-005");
        cimi.forget(volumeId);
        assertThatCollection(cimi.readCollection(VOLUMES), VOLUMES, VOLUME)
                .doesNotListEntryWithId("CIMI-COL-005", volumeId);
    }
}
