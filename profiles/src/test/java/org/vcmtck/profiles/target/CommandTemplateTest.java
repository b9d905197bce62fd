package org.vcmtck.profiles.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testng.annotations.Test;

public class CommandTemplateTest {

    private static final Set<String> ALLOWED = Set.of("key", "value");

    @Test
    public void placeholdersAreReplacedInsideEachArgument() throws Exception {
        CommandTemplate template = CommandTemplate.parse(List.of("--prop", "{key}={value}", "plain"), ALLOWED);

        List<String> expanded = template.expand(Map.of("key", "org.app.ip", "value", "10.0.0.1"));

        assertThat(expanded).containsExactly("--prop", "org.app.ip=10.0.0.1", "plain");
        assertThat(template.placeholders()).containsExactly("key", "value");
        assertThat(template.uses("key")).isTrue();
        assertThat(template.uses("id")).isFalse();
    }

    @Test
    public void valuesWithSpacesQuotesAndBracesStayOneArgumentAndAreNotReinterpreted() throws Exception {
        CommandTemplate template = CommandTemplate.parse(List.of("{key}={value}"), ALLOWED);

        List<String> expanded = template.expand(Map.of("key", "k", "value", "a b \"c\" $(rm -rf /) {key}"));

        assertThat(expanded).containsExactly("k=a b \"c\" $(rm -rf /) {key}");
    }

    @Test
    public void doubledBracesAreLiteralBraces() throws Exception {
        CommandTemplate template = CommandTemplate.parse(List.of("{{\"k\": \"{value}\"}}"), ALLOWED);

        assertThat(template.expand(Map.of("value", "v"))).containsExactly("{\"k\": \"v\"}");
        assertThat(template.placeholders()).containsExactly("value");
    }

    @Test
    public void unknownPlaceholderIsRefusedWithItsIndexAndTheAllowedOnes() {
        CommandTemplate.Problem problem = catchThrowableOfType(CommandTemplate.Problem.class,
                () -> CommandTemplate.parse(List.of("ok", "{pkg}"), ALLOWED));

        assertThat(problem.index()).isEqualTo(1);
        assertThat(problem.getMessage()).contains("'{pkg}'").contains("{key}, {value}");
    }

    @Test
    public void unbalancedBracesAreRefused() {
        assertThat(catchThrowableOfType(CommandTemplate.Problem.class,
                () -> CommandTemplate.parse(List.of("{key"), ALLOWED)).getMessage()).contains("without a closing");
        assertThat(catchThrowableOfType(CommandTemplate.Problem.class,
                () -> CommandTemplate.parse(List.of("a}b"), ALLOWED)).getMessage()).contains("without an opening");
        assertThat(catchThrowableOfType(CommandTemplate.Problem.class,
                () -> CommandTemplate.parse(List.of("x{}"), ALLOWED)).getMessage()).contains("malformed");
    }

    @Test
    public void expandingWithoutAValueForAUsedPlaceholderFails() throws Exception {
        CommandTemplate template = CommandTemplate.parse(List.of("{key}"), ALLOWED);

        assertThatThrownBy(() -> template.expand(Map.of("value", "v")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{key}");
    }

    @Test
    public void hasPlaceholderTellsArgumentsApart() throws Exception {
        CommandTemplate template = CommandTemplate.parse(List.of("tool", "{{literal}}", "{value}"), ALLOWED);

        assertThat(template.hasPlaceholder(0)).isFalse();
        assertThat(template.hasPlaceholder(1)).isFalse();
        assertThat(template.hasPlaceholder(2)).isTrue();
    }
}
