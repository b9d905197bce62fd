package org.vcmtck.profiles.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;
import org.testng.annotations.Test;

public class YamlDocumentTest {

    private static final String TEXT = """
            name: x
            outer:
              inner: 3
              list:
                - a
                - b: 1
            """;

    @Test
    public void remembersTheLineOfEveryNode() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse(TEXT);
        assertThat(doc.line("name")).isEqualTo(1);
        assertThat(doc.line("outer")).isEqualTo(2);
        assertThat(doc.line("outer.inner")).isEqualTo(3);
        assertThat(doc.line("outer.list[0]")).isEqualTo(5);
        assertThat(doc.line("outer.list[1].b")).isEqualTo(6);
        assertThat(doc.node("outer.inner").orElseThrow().intValue()).isEqualTo(3);
    }

    @Test
    public void anAbsentNodeIsLocatedAtItsNearestAncestor() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse(TEXT);
        assertThat(doc.node("outer.missing")).isEmpty();
        assertThat(doc.line("outer.missing")).isEqualTo(2);
        assertThat(doc.line("outer.list[1].c")).isEqualTo(6);
    }

    @Test
    public void aRepeatedKeyIsAnError() {
        YamlProblem problem = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("a: 1\nb: 2\na: 3\n"));
        assertThat(problem).isNotNull();
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.field()).isEqualTo("a");
        assertThat(problem.getMessage()).contains("appears twice").contains("line 1");
    }

    @Test
    public void moreThanOneDocumentIsAnError() {
        YamlProblem problem = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("a: 1\n---\nb: 2\n"));
        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).contains("only one YAML document");
        assertThat(problem.line()).as("where the second document's content starts").isEqualTo(3);
        assertThat(problem.field()).as("the whole document is at fault").isEmpty();
    }

    @Test
    public void syntaxErrorsCarryTheirLine() {
        YamlProblem problem = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("a: 1\nb: [1, 2\nc: 3\n"));
        assertThat(problem).isNotNull();
        assertThat(problem.line()).isGreaterThanOrEqualTo(2);
        assertThat(problem.problem()).startsWith("YAML syntax error");
    }

    @Test
    public void anEmptyDocumentIsAnEmptyMapping() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse("");
        assertThat(doc.root().isObject()).isTrue();
        assertThat(doc.root().size()).isZero();
    }

    @Test
    public void aKeyWithoutValueIsNullNotEmptyText() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse("a:\nb: \"\"\n");
        assertThat(doc.node("a").orElseThrow().isNull()).isTrue();
        assertThat(new YamlReader(doc).has("a")).isFalse();
        assertThat(new YamlReader(doc).has("b")).isTrue();
    }

    @Test
    public void recordsTheLineOfEveryFieldAndListElement() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse("""
                seed: 3
                hosts:
                  - name: a
                    memoryBytes: 4GiB
                  - name: b

                    nics:
                      - {name: eth0, mac: "02:00:00:00:00:01"}
                """);
        assertThat(doc.line("seed")).isEqualTo(1);
        assertThat(doc.line("hosts")).isEqualTo(2);
        assertThat(doc.line("hosts[0].memoryBytes")).isEqualTo(4);
        assertThat(doc.line("hosts[1].name")).isEqualTo(5);
        assertThat(doc.line("hosts[1].nics[0].mac")).isEqualTo(8);
        assertThat(doc.root().at("/hosts/1/nics/0/mac").asText()).isEqualTo("02:00:00:00:00:01");
        assertThat(doc.node("hosts[1].nics[0].mac").orElseThrow().asText()).isEqualTo("02:00:00:00:00:01");
    }

    @Test
    public void anAbsentFieldFallsBackToItsEntryAndTheRoot() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse("# heading\na: 1\nhosts:\n  - name: x\n  - name: y\n");
        assertThat(doc.line("hosts[1].memoryBytes")).isEqualTo(5);
        assertThat(doc.line("hosts[7]")).as("an element past the end").isEqualTo(3);
        assertThat(doc.line("nothing.here")).as("the root starts at its first content line").isEqualTo(2);
    }

    @Test
    public void keepsIntegersTextMacsAndDecimalsApart() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse(
                "n: 10000000000\nt: 4GiB\nm: 02:00:00:00:00:01\nd: 1.5\nv: 1.10\nb: true\nz: ~\nbig: 123456789012345678901234567890\n");
        JsonNode root = doc.root();
        assertThat(root.get("n").isIntegralNumber()).isTrue();
        assertThat(root.get("n").longValue()).isEqualTo(10_000_000_000L);
        assertThat(root.get("t").isTextual()).isTrue();
        assertThat(root.get("m").asText()).isEqualTo("02:00:00:00:00:01");
        assertThat(root.get("d").doubleValue()).isEqualTo(1.5);
        assertThat(root.get("v").asText()).as("a decimal keeps its spelling for messages").isEqualTo("1.10");
        assertThat(root.get("b").booleanValue()).isTrue();
        assertThat(root.get("z").isNull()).isTrue();
        assertThat(root.get("big").isBigInteger()).isTrue();
    }

    @Test
    public void nestedSyntaxErrorsCarryTheirLineAndTheFieldReached() {
        YamlProblem problem = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("a: 1\nb:\n  c: [1, 2\nd: 3\n"));
        assertThat(problem).isNotNull();
        assertThat(problem.line()).isBetween(3, 4);
        assertThat(problem.field()).startsWith("b.c");
        assertThat(problem.problem()).startsWith("YAML syntax error: ").contains("flow sequence")
                .as("the parser's quote of the source line is left out").doesNotContain("^");
    }

    @Test
    public void aNestedRepeatedKeyIsNamedByItsPath() {
        YamlProblem problem = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("hosts:\n  - name: a\n  - name: b\n    cpus: 1\n    name: c\n"));
        assertThat(problem).isNotNull();
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.field()).isEqualTo("hosts[1].name");
        assertThat(problem.problem()).isEqualTo("key 'name' appears twice (first on line 3)");
    }

    @Test
    public void jsonDocumentsAreLocatedToo() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse("{\n  \"hosts\": [\n    {\"name\": \"a\",\n     \"memoryBytes\": 5}\n  ]\n}\n");
        assertThat(doc.line("hosts[0].memoryBytes")).isEqualTo(4);
        assertThat(doc.node("hosts[0].memoryBytes").orElseThrow().intValue()).isEqualTo(5);

        YamlProblem repeated = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("{\n  \"a\": 1,\n  \"a\": 2\n}\n"));
        assertThat(repeated).isNotNull();
        assertThat(repeated.line()).isEqualTo(3);
        assertThat(repeated.field()).isEqualTo("a");
        assertThat(repeated.problem()).contains("appears twice").contains("line 2");

        YamlProblem broken = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("{\n  \"a\": 1,\n  \"b\": ]\n}\n"));
        assertThat(broken).isNotNull();
        assertThat(broken.line()).isEqualTo(3);
        assertThat(broken.problem()).startsWith("YAML syntax error");

        YamlProblem second = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("{\"a\": 1}\n{\"b\": 2}\n"));
        assertThat(second).isNotNull();
        assertThat(second.line()).isEqualTo(2);
        assertThat(second.problem()).contains("only one YAML document");
    }

    @Test
    public void brokenJsonIsNotReadAsTheYamlItHappensToBe() {
        // as YAML this is a flow mapping whose key "b" has no value; as the JSON it looks like, it lacks a colon
        YamlProblem problem = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("{\n  \"a\": 1,\n  \"b\", \"c\": 2\n}\n"));
        assertThat(problem).isNotNull();
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.problem()).startsWith("YAML syntax error").contains("colon");
    }

    @Test
    public void aYamlFlowMappingIsNotMistakenForJson() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse("{name: x, reference: {seed: 4},\n list: [a, b]}\n");
        assertThat(doc.node("reference.seed").orElseThrow().intValue()).isEqualTo(4);
        assertThat(doc.line("list[1]")).isEqualTo(2);
    }

    @Test
    public void valuesWithoutAJsonEquivalentAreRefusedWithTheirPath() {
        YamlProblem problem = catchThrowableOfType(YamlProblem.class,
                () -> YamlDocument.parse("a: 1\nblob: !!binary aGVsbG8=\n"));
        assertThat(problem).isNotNull();
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.field()).isEqualTo("blob");
        assertThat(problem.problem()).startsWith("unsupported YAML value");
    }

    @Test
    public void aTextWithOnlyCommentsIsEmpty() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse("# nothing yet\n");
        assertThat(doc.isEmpty()).isTrue();
        assertThat(doc.line("")).isEqualTo(1);
        assertThat(YamlDocument.parse("a: 1\n").isEmpty()).isFalse();
        assertThat(YamlDocument.parse("~\n").isEmpty()).as("an explicit null is a document").isFalse();
    }

    @Test
    public void documentsBeyondSnakeYamlsDefaultSizeLimitAreRead() throws YamlProblem {
        // SnakeYAML refuses more than 3 MB of text unless told otherwise; state files are bigger. Comment lines
        // make the size cheaply: SnakeYAML is slow on long values.
        String comment = "# " + "x".repeat(1022) + "\n";
        int commentLines = 3300;
        String text = comment.repeat(commentLines) + "systems:\n  - name: last\n";
        assertThat(text.length()).isGreaterThan(3 * 1024 * 1024);
        YamlDocument doc = YamlDocument.parse(text);
        assertThat(doc.node("systems[0].name").orElseThrow().asText()).isEqualTo("last");
        assertThat(doc.line("systems[0].name")).isEqualTo(commentLines + 2);
    }

    @Test
    public void keysContainingDotsAreFoundByTheirPath() throws YamlProblem {
        YamlDocument doc = YamlDocument.parse("versions:\n  \"1.0\": first\n  v2: {x: 1}\n");
        assertThat(doc.node("versions.1.0").map(JsonNode::asText)).contains("first");
        assertThat(doc.node("versions.v2.x").map(JsonNode::intValue)).contains(1);
        assertThat(doc.node("versions.v3")).isEmpty();
        assertThat(doc.node("versions[0]")).as("a mapping has no elements").isEmpty();
    }

    @Test
    public void pathsAreBuiltAndTakenApartTheSameWay() {
        String path = YamlDocument.child(YamlDocument.element(YamlDocument.child("", "hosts"), 2), "name");
        assertThat(path).isEqualTo("hosts[2].name");
        assertThat(YamlDocument.parent(path)).isEqualTo("hosts[2]");
        assertThat(YamlDocument.parent("hosts[2]")).isEqualTo("hosts");
        assertThat(YamlDocument.parent("hosts")).isEmpty();
    }

    @Test
    public void theFactoryWritesWithoutADocumentStartLine() throws Exception {
        String written = new YAMLMapper(YamlDocument.factory()).writeValueAsString(Map.of("a", 1));
        assertThat(written).isEqualTo("a: 1\n");
        assertThat(YamlDocument.parse(written).node("a").orElseThrow().intValue()).isEqualTo(1);
    }
}
