package org.vcmtck.assertions.cimi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatCollection;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;

import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;

/** The checks behind the query-parameter scenarios, on hand-written JSON and XML answers. */
public class CimiQueryAssertionsTest {

    private static final String NS = "http://schemas.dmtf.org/cimi/1";

    private static CimiDocument jsonCollection(String... entries) {
        return CimiDocument.read("{\"resourceURI\": \"" + NS + "/MachineCollection\", \"id\": \"http://p/m\", "
                + "\"count\": 7, \"machines\": [" + String.join(",", entries) + "]}", CimiFormat.JSON);
    }

    private static String entry(String id, String name) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\"}";
    }

    @Test
    public void countIsComparedWithTheExpectedTotal() {
        CimiDocument page = jsonCollection(entry("http://p/m/1", "a"));
        assertThatCollection(page, "machines", "Machine").hasCount("CIMI-Q-005", 7);
        assertThatThrownBy(() -> assertThatCollection(page, "machines", "Machine").hasCount("CIMI-Q-005", 1))
                .hasMessageContaining("[CIMI-Q-005]").hasMessageContaining("count is 7, expected 1");
    }

    @Test
    public void filteredEntriesMustBeExactlyTheExpectedOnes() {
        CimiDocument filtered = jsonCollection(entry("http://p/m/2", "b"), entry("http://p/m/1", "a"));
        assertThatCollection(filtered, "machines", "Machine")
                .listsExactlyEntryIds("CIMI-Q-001", Set.of("http://p/m/1", "http://p/m/2"));
        assertThatThrownBy(() -> assertThatCollection(filtered, "machines", "Machine")
                .listsExactlyEntryIds("CIMI-Q-001", Set.of("http://p/m/1")))
                .hasMessageContaining("[CIMI-Q-001]").hasMessageContaining("http://p/m/2");
    }

    @Test
    public void aPageMustKeepTheOrderOfTheUnpagedListing() {
        CimiDocument page = jsonCollection(entry("http://p/m/2", "b"), entry("http://p/m/3", "c"));
        assertThatCollection(page, "machines", "Machine")
                .listsEntryIdsInOrder("CIMI-Q-004", List.of("http://p/m/2", "http://p/m/3"));
        assertThatThrownBy(() -> assertThatCollection(page, "machines", "Machine")
                .listsEntryIdsInOrder("CIMI-Q-004", List.of("http://p/m/3", "http://p/m/2")))
                .hasMessageContaining("[CIMI-Q-004]");
    }

    @Test
    public void selectedEntriesMayCarryOnlyTheAllowedAttributes() {
        CimiDocument selected = CimiDocument.read("{\"id\": \"http://p/m\", \"count\": 1, \"machines\": ["
                + "{\"id\": \"http://p/m/1\", \"name\": \"a\", \"memory\": 5}]}", CimiFormat.JSON);
        assertThatCollection(selected, "machines", "Machine")
                .entriesHaveOnlyAttributes("CIMI-Q-006", Set.of("id", "name", "memory"))
                .entriesHaveAttribute("CIMI-Q-006", "name");
        assertThatThrownBy(() -> assertThatCollection(selected, "machines", "Machine")
                .entriesHaveOnlyAttributes("CIMI-Q-006", Set.of("id", "name")))
                .hasMessageContaining("[CIMI-Q-006]").hasMessageContaining("memory");
        assertThatThrownBy(() -> assertThatCollection(selected, "machines", "Machine")
                .entriesHaveAttribute("CIMI-Q-006", "state"))
                .hasMessageContaining("without 'state'");
    }

    @Test
    public void xmlEntriesReportTheirChildElementsAsAttributes() {
        CimiDocument xml = CimiDocument.read("<Collection xmlns=\"" + NS + "\"><id>http://p/m</id><count>1</count>"
                + "<Machine><id>http://p/m/1</id><name>a</name><state>STOPPED</state></Machine></Collection>",
                CimiFormat.XML);
        assertThat(xml.entries("machines", "Machine").get(0).attributeNames())
                .containsExactly("id", "name", "state");
        assertThatThrownBy(() -> assertThatCollection(xml, "machines", "Machine")
                .entriesHaveOnlyAttributes("CIMI-Q-006", Set.of("id", "name")))
                .hasMessageContaining("state");
    }

    @Test
    public void orderIsCheckedInTheRequestedDirection() {
        CimiDocument descending = jsonCollection(entry("http://p/m/3", "c"), entry("http://p/m/1", "a"),
                "{\"id\": \"http://p/m/9\"}", entry("http://p/m/2", "a"));
        assertThatCollection(descending, "machines", "Machine").isOrderedBy("CIMI-Q-008", "name", true);
        assertThatThrownBy(() -> assertThatCollection(descending, "machines", "Machine")
                .isOrderedBy("CIMI-Q-008", "name", false))
                .hasMessageContaining("[CIMI-Q-008]").hasMessageContaining("ascending");
    }

    @Test
    public void anExpandedReferenceCarriesMoreThanItsHref() {
        CimiDocument expanded = CimiDocument.read("{\"id\": \"http://p/t/1\", \"machineConfig\": "
                + "{\"href\": \"http://p/c/1\", \"cpu\": 2}, \"machineImage\": {\"href\": \"http://p/i/1\"}}",
                CimiFormat.JSON);
        assertThatResource(expanded).hasExpanded("CIMI-Q-007", "machineConfig");
        assertThatThrownBy(() -> assertThatResource(expanded).hasExpanded("CIMI-Q-007", "machineImage"))
                .hasMessageContaining("[CIMI-Q-007]").hasMessageContaining("bare reference");
        CimiDocument xml = CimiDocument.read("<MachineTemplate xmlns=\"" + NS + "\"><id>http://p/t/1</id>"
                + "<machineConfig href=\"http://p/c/1\"><cpu>2</cpu></machineConfig>"
                + "<machineImage href=\"http://p/i/1\"/></MachineTemplate>", CimiFormat.XML);
        assertThatResource(xml).hasExpanded("CIMI-Q-007", "machineConfig");
        assertThatThrownBy(() -> assertThatResource(xml).hasExpanded("CIMI-Q-007", "machineImage"))
                .hasMessageContaining("bare reference");
    }
}
