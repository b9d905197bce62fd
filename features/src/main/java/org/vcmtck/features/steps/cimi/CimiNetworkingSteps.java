package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;

/**
 * Checks of the network parts made like machines (CIMI-NET-002): NetworkPorts, Addresses and ForwardingGroups are
 * created from a template of their templates collection, found at their Location with their type and attributes,
 * and deleted again. A provider without the collections leaves the scenario not tested.
 */
public class CimiNetworkingSteps {
    private static final String REQ = "CIMI-NET-002";

    /** One kind of network part: its type, collections and the attributes its representation must carry. */
    private record Kind(String type, String collection, String templates, String templateAttribute,
                        boolean onANetwork, List<String> attributes, List<String> references) {
    }

    private static Kind kind(String name) {
        return switch (name) {
            case "NetworkPort" -> new Kind("NetworkPort", "networkPorts", "networkPortTemplates",
                    "networkPortTemplate", true, List.of("state", "portType"), List.of("network"));
            case "Address" -> new Kind("Address", "addresses", "addressTemplates", "addressTemplate", true,
                    List.of("ip", "allocation", "protocol"), List.of("network"));
            case "ForwardingGroup" -> new Kind("ForwardingGroup", "forwardingGroups", "forwardingGroupTemplates",
                    "forwardingGroupTemplate", false, List.of(), List.of("networks"));
            default -> throw new IllegalArgumentException("no network part " + name);
        };
    }

    private final CimiContext cimi;
    private final List<String> created = new ArrayList<>();
    private Kind kind;
    private String network;
    private String template;
    private String location;

    public CimiNetworkingSteps(CimiContext cimi) {
        this.cimi = cimi;
    }

    @Given("a network to put network parts on")
    public void aNetwork() {
        CimiDocument networks = cimi.readCollection("networks");
        List<CimiDocument> entries = networks.entries("networks", "Network");
        if (!entries.isEmpty()) {
            network = entries.get(0).text("id").orElseThrow(() -> new AssertionError(
                    "[CIMI-COM-001] an entry of the networks collection has no id: " + entries.get(0).describe()));
            return;
        }
        String networkTemplate = firstEntry("networkTemplates", "NetworkTemplate");
        CimiExchange made = cimi.http().post(cimi.collectionHref("networks"), cimi.format(),
                cimi.format().mediaType(), CimiNetworkingBodies.networkCreate(cimi.format(), uniqueName(),
                        networkTemplate));
        CimiContext.expectStatus(made, "CIMI-NET-001", Set.of(201, 202));
        network = made.header("Location").orElseThrow(() -> new AssertionError(
                "[CIMI-HTTP-003] the network creation answered without a Location header"));
        created.add(network);
    }

    @When("the consumer creates a {word} from the first template of its templates collection")
    public void theConsumerCreates(String name) {
        kind = kind(name);
        String collection = cimi.collectionHref(kind.collection());
        template = firstEntry(kind.templates(), kind.type() + "Template");
        CimiExchange made = cimi.remember(cimi.http().post(collection, cimi.format(), cimi.format().mediaType(),
                CimiNetworkingBodies.create(cimi.format(), kind.type(), uniqueName(), kind.templateAttribute(),
                        template, kind.onANetwork() ? network : null)));
        CimiContext.expectStatus(made, REQ, Set.of(201, 202));
        location = made.header("Location").orElseThrow(() -> new AssertionError(
                "[" + REQ + "] the " + kind.type() + " creation answered " + made.status()
                        + " without a Location header"));
        created.add(0, location);
    }

    @Then("the created network part is found at its Location with its type and attributes")
    public void theCreatedPartIsWellFormed() {
        CimiDocument part = read(location);
        assertThatResource(part).hasAttributeEqualTo("CIMI-COM-001", "id", location).isOfType(REQ, kind.type());
        for (String attribute : kind.attributes()) {
            assertThatResource(part).hasAttribute(REQ, attribute);
        }
        for (String reference : kind.references()) {
            if (part.href(reference).isEmpty()) {
                throw new AssertionError("[" + REQ + "] " + part.describe() + " has no " + reference + " reference");
            }
        }
        if (kind.onANetwork() && !part.href("network").orElse("").equals(network)) {
            throw new AssertionError("[" + REQ + "] " + part.describe() + " was created on " + network
                    + " but refers to network " + part.href("network").orElse("none"));
        }
    }

    @Then("its template is a {word}Template whose configuration, if it names one, is found")
    public void itsTemplateIsWellFormed(String type) {
        CimiDocument t = read(template);
        assertThatResource(t).isOfType(REQ, type + "Template");
        String configAttribute = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "Config";
        if (t.href(configAttribute).isPresent()) {
            assertThatResource(read(t.href(configAttribute).get())).isOfType(REQ, type + "Configuration");
        }
    }

    @Then("the created network part can be deleted")
    public void theCreatedPartCanBeDeleted() {
        CimiExchange deleted = cimi.http().delete(location, cimi.format());
        CimiContext.expectStatus(deleted, REQ, Set.of(200, 202, 204));
        created.remove(location);
        cimi.waitUntilGone(location, REQ);
    }

    @After
    public void deleteCreatedParts() {
        for (String id : List.copyOf(created)) {
            try {
                cimi.http().delete(id, cimi.format());
            } catch (RuntimeException e) {
                // cleanup is best effort: the scenario's verdict is already decided
            }
        }
        created.clear();
    }

    private CimiDocument read(String url) {
        CimiExchange exchange = cimi.http().get(url, cimi.format());
        CimiContext.expectStatus(exchange, "CIMI-HTTP-002", Set.of(200));
        return exchange.document();
    }

    private String firstEntry(String collection, String element) {
        List<CimiDocument> entries = cimi.readCollection(collection).entries(collection, element);
        if (entries.isEmpty()) {
            throw new SkipException("the " + collection + " collection lists nothing to create from");
        }
        return entries.get(0).text("id").orElseThrow(() -> new AssertionError(
                "[CIMI-COM-001] an entry of the " + collection + " collection has no id"));
    }

    private static String uniqueName() {
        return "vcmtck-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
