package org.vcmtck.profiles.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
}
