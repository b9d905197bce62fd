package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatCollection;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResourceMetadata;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiResourceMetadataAssert;
import org.vcmtck.assertions.cimi.CimiVocabulary;
import org.vcmtck.features.steps.World;

/** Checks of the ResourceMetadata collection and its entries (CIMI-RMD-001..005). */
public class CimiResourceMetadataSteps {

    private static final String COLLECTION = "resourceMetadata";
    private static final String ENTRY = "ResourceMetadata";
    private static final String FEATURE = "cimi-resource-metadata";

    private final World world;
    private final CimiContext cimi;
    private CimiDocument collection;
    /** id → the entry as read at its id. */
    private final Map<String, CimiDocument> entries = new LinkedHashMap<>();

    public CimiResourceMetadataSteps(World world, CimiContext cimi) {
        this.world = world;
        this.cimi = cimi;
    }

    @When("the consumer reads the resourceMetadata collection the Cloud Entry Point references")
    public void theConsumerReadsTheCollection() {
        boolean claimed = world.session().target().claims().claimsFeature(FEATURE);
        if (cimi.entryPoint().href(COLLECTION).isEmpty()) {
            if (claimed) {
                throw new AssertionError("[CIMI-RMD-001] the target claims " + FEATURE + " but its Cloud Entry Point "
                        + "references no resourceMetadata collection");
            }
            throw new SkipException("the Cloud Entry Point offers no resourceMetadata and the target does not claim "
                    + FEATURE);
        }
        collection = cimi.readCollection(COLLECTION);
    }

    @Then("the resourceMetadata collection has an id and an integer count matching its entries")
    public void theCollectionHasIdAndCount() {
        assertThatCollection(collection, COLLECTION, ENTRY).hasIdCountAndEntries("CIMI-RMD-001")
                .hasCountMatchingEntries("CIMI-RMD-001");
    }

    @Then("the resourceMetadata collection declares the type ResourceMetadataCollection")
    public void theCollectionDeclaresItsType() {
        if (collection.format() == CimiFormat.XML) {
            // as for every collection, the XML form of the type is unconfirmed (CIMI-COM-004): evidence only
            world.evidence("collection type not checked in XML", "found root " + collection.xmlRoot()
                    + collection.typeUri().map(t -> ", type " + t).orElse(""));
            return;
        }
        assertThatResource(collection).isOfType("CIMI-RMD-001", "ResourceMetadataCollection");
    }

    @When("the consumer reads each ResourceMetadata the collection lists")
    public void theConsumerReadsEachEntry() {
        entries.clear();
        for (CimiDocument entry : collection.entries(COLLECTION, ENTRY)) {
            String id = entry.text("id").orElseThrow(() -> new AssertionError(
                    "[CIMI-RMD-002] an entry of the resourceMetadata collection has no id: " + entry.describe()));
            CimiExchange read = cimi.remember(cimi.http().get(id, cimi.format()));
            CimiContext.expectStatus(read, "CIMI-RMD-002", Set.of(200));
            entries.put(id, read.document());
        }
        if (entries.isEmpty()) {
            throw new SkipException("the resourceMetadata collection lists no entry");
        }
    }

    @Then("each ResourceMetadata has an id, a name and a typeUri and describes capabilities, attributes or actions")
    public void eachEntryDescribesAType() {
        each(rmd -> rmd.describesAResourceType("CIMI-RMD-002"));
    }

    @Then("each ResourceMetadata of a CIMI type describes a type whose collection the Cloud Entry Point references")
    public void eachEntryDescribesAServedType() {
        Set<String> served = servedTypeNames(cimi.entryPoint());
        List<String> failures = new ArrayList<>();
        for (CimiDocument entry : entries.values()) {
            String typeUri = entry.text("typeUri").orElse("");
            if (!typeUri.startsWith(CimiVocabulary.NAMESPACE + "/")) {
                world.evidence("vendor type not compared", "ResourceMetadata for " + typeUri);
                continue;
            }
            String type = typeUri.substring(CimiVocabulary.NAMESPACE.length() + 1);
            // a sub-resource (MachineDisk, SystemMachine…) is served with the resource it belongs to
            if (served.stream().noneMatch(type::startsWith)) {
                failures.add("[CIMI-RMD-002] ResourceMetadata " + entry.text("id").orElse("?") + " describes " + type
                        + ", but the Cloud Entry Point serves only " + served.stream().sorted().toList());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    @Then("each capability has a name, a unique uri, a description and a value")
    public void eachCapabilityIsWellFormed() {
        requireDescriptors("capability", CimiResourceMetadataAssert::capabilities);
        each(rmd -> rmd.hasWellFormedCapabilities("CIMI-RMD-003"));
    }

    @Then("each attribute descriptor has a name, a namespace, a type and whether it is required")
    public void eachAttributeIsWellFormed() {
        requireDescriptors("attribute descriptor", CimiResourceMetadataAssert::attributes);
        each(rmd -> rmd.hasWellFormedAttributes("CIMI-RMD-004"));
    }

    @Then("each action descriptor has a name, a uri, a description, a method and its input and output messages")
    public void eachActionIsWellFormed() {
        requireDescriptors("action descriptor", CimiResourceMetadataAssert::actions);
        each(rmd -> rmd.hasWellFormedActions("CIMI-RMD-005"));
    }

    /** Nothing to check is not a pass: a provider describing no such descriptor leaves the requirement untested. */
    private void requireDescriptors(String kind, Function<CimiResourceMetadataAssert, List<CimiDocument>> read) {
        boolean any = entries.values().stream().anyMatch(e -> !read.apply(assertThatResourceMetadata(e)).isEmpty());
        if (!any) {
            throw new SkipException("no ResourceMetadata describes any " + kind);
        }
    }

    private void each(Consumer<CimiResourceMetadataAssert> check) {
        List<String> failures = new ArrayList<>();
        for (CimiDocument entry : entries.values()) {
            try {
                check.accept(assertThatResourceMetadata(entry));
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    /** The resource type names the Cloud Entry Point's collections hold, e.g. machineConfigs → MachineConfiguration. */
    static Set<String> servedTypeNames(CimiDocument entryPoint) {
        Set<String> types = new java.util.TreeSet<>();
        types.add("CloudEntryPoint");
        for (String collection : entryPoint.references().keySet()) {
            types.add(typeOfCollection(collection));
        }
        return types;
    }

    static String typeOfCollection(String collection) {
        String type = Character.toUpperCase(collection.charAt(0)) + collection.substring(1);
        if (type.endsWith("Configs")) {
            return type.substring(0, type.length() - "Configs".length()) + "Configuration";
        }
        if (type.endsWith("sses")) {
            return type.substring(0, type.length() - 2);
        }
        return type.endsWith("s") ? type.substring(0, type.length() - 1) : type;
    }
}
