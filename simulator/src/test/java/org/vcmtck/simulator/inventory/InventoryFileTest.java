package org.vcmtck.simulator.inventory;

import org.testng.annotations.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inventory files are parsed by the kit's YAML reader; these check what the inventory makes of it. */
public class InventoryFileTest {
    private static final Path FILE = Path.of("dc.yaml");

    private static InventoryFile parse(String yaml) throws Exception {
        return InventoryFile.parse(FILE, yaml);
    }

    @Test
    public void tellsTheLineOfAFieldThroughTheSharedReader() throws Exception {
        // line tracking itself is tested with YamlDocument; this checks the inventory's view of it
        InventoryFile doc = parse("""
                seed: 3
                hosts:
                  - name: a
                    memoryBytes: 4GiB
                """);
        assertThat(doc.lineOf("hosts[0].memoryBytes")).isEqualTo(4);
        assertThat(doc.lineOf("hosts[0].nics")).as("absent field: line of its entry").isEqualTo(3);
    }

    @Test
    public void anAbsentFieldFallsBackToItsEntry() throws Exception {
        InventoryFile doc = parse("a: 1\nhosts:\n  - name: x\n  - name: y\n");
        assertThat(doc.lineOf("hosts[1].memoryBytes")).isEqualTo(4);
        assertThat(doc.lineOf("nothing.here")).isEqualTo(1);
    }

    @Test
    public void keepsIntegersTextAndMacsApart() throws Exception {
        InventoryFile doc = parse("n: 10000000000\nt: 4GiB\nm: 02:00:00:00:00:01\nd: 1.5\nb: true\nz: ~\n");
        assertThat(doc.root().get("n").isIntegralNumber()).isTrue();
        assertThat(doc.root().get("n").longValue()).isEqualTo(10_000_000_000L);
        assertThat(doc.root().get("t").isTextual()).isTrue();
        assertThat(doc.root().get("m").asText()).isEqualTo("02:00:00:00:00:01");
        assertThat(doc.root().get("d").doubleValue()).isEqualTo(1.5);
        assertThat(doc.root().get("b").booleanValue()).isTrue();
        assertThat(doc.root().get("z").isNull()).isTrue();
    }

    @Test
    public void syntaxErrorsCarryTheirLine() {
        assertThatThrownBy(() -> parse("a: 1\nb:\n  c: [1, 2\nd: 3\n"))
                .isInstanceOfSatisfying(InventoryException.class, e -> {
                    assertThat(e.line()).isBetween(3, 4);
                    assertThat(e.detail()).startsWith("YAML syntax error");
                    assertThat(e.getMessage()).startsWith("dc.yaml:" + e.line() + ": ");
                });
    }

    @Test
    public void jsonDocumentsAreTrackedToo() throws Exception {
        InventoryFile doc = parse("{\n  \"hosts\": [\n    {\"name\": \"a\",\n     \"memoryBytes\": 5}\n  ]\n}\n");
        assertThat(doc.lineOf("hosts[0].memoryBytes")).isEqualTo(4);
        assertThatThrownBy(() -> parse("{\n  \"a\": 1,\n  \"a\": 2\n}\n"))
                .isInstanceOfSatisfying(InventoryException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("a");
                });
        assertThatThrownBy(() -> parse("{\n  \"a\": 1,\n  \"b\": ]\n}\n"))
                .isInstanceOfSatisfying(InventoryException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    public void duplicateKeysAreRefusedAtTheSecondOne() {
        assertThatThrownBy(() -> parse("a: 1\nb: 2\na: 3\n"))
                .isInstanceOfSatisfying(InventoryException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("a");
                });
    }

    @Test
    public void emptyAndMultiDocumentFilesAreRefused() {
        assertThatThrownBy(() -> parse("")).hasMessage("dc.yaml:1: (document): the document is empty");
        assertThatThrownBy(() -> parse("a: 1\n---\nb: 2\n"))
                .isInstanceOfSatisfying(InventoryException.class, e -> {
                    assertThat(e.line()).as("where the second document's content starts").isEqualTo(3);
                    assertThat(e.detail()).contains("only one YAML document");
                });
    }

    @Test
    public void aMissingFileIsRefusedAsAWhole() {
        Path missing = Path.of("no-such-dir", "dc.yaml");
        assertThatThrownBy(() -> InventoryFile.read(missing))
                .hasMessage(missing + ":1: (document): no such file");
    }

    @Test
    public void errorsAtTheRootNameTheWholeDocument() throws Exception {
        InventoryFile doc = parse("# inventory\nhosts: []\n");
        InventoryException e = doc.error("", "must say more");
        assertThat(e).hasMessage("dc.yaml:2: (document): must say more");
        assertThat(doc.error("hosts[0].name", "is required").line()).as("an absent entry points at its list")
                .isEqualTo(2);
    }
}
