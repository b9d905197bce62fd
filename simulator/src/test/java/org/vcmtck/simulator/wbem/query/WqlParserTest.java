package org.vcmtck.simulator.wbem.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.testng.annotations.Test;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimValue;

public class WqlParserTest {
    private final WqlEvaluator evaluator = new WqlEvaluator((sub, sup) -> sub.equalsIgnoreCase(sup)
            || (sub.equals("X_Sub") && sup.equals("X_Base")));

    private final CimInstance thing = new CimInstance("X_Sub", List.of(
            CimProperty.of("Name", CimValue.of("Alpha")),
            CimProperty.of("Size", CimValue.uint16(7)),
            CimProperty.of("On", CimValue.of(true)),
            CimProperty.of("Note", CimValue.nullOf(CimValue.of("").type())),
            CimProperty.reference("Target", "X_Base", CimObjectPath.of("ns", "X_Sub", java.util.Map.of()))));

    private boolean where(String condition) {
        return evaluator.matches(WqlParser.parse("SELECT * FROM X_Sub WHERE " + condition).where(), thing);
    }

    @Test
    public void parsesSelectListFromAndWhere() {
        WqlQuery q = WqlParser.parse("select Name, Size from X_Sub where Size >= 3 and not (Name = 'b' or On = false)");
        assertThat(q.properties()).containsExactly("Name", "Size");
        assertThat(q.className()).isEqualTo("X_Sub");
        assertThat(q.where()).isInstanceOf(WqlCondition.And.class);
        assertThat(WqlParser.parse("SELECT * FROM X").selectsAll()).isTrue();
        assertThat(WqlParser.parse("SELECT * FROM X").where()).isNull();
    }

    @Test
    public void evaluatesComparisonsLogicAndIsa() {
        assertThat(where("Size = 7")).isTrue();
        assertThat(where("7 < Size")).isFalse();
        assertThat(where("Size > 6.5 AND Name = 'alpha'")).isTrue();
        assertThat(where("Size <> 7 OR On = TRUE")).isTrue();
        assertThat(where("NOT On = TRUE")).isFalse();
        assertThat(where("Name < \"B\"")).isTrue();
        assertThat(where("Note IS NULL AND Name IS NOT NULL")).isTrue();
        assertThat(where("Note = 'x'")).isFalse();
        assertThat(where("NOT Note = 'x'")).isTrue();
        assertThat(where("__Class ISA X_Base")).isTrue();
        assertThat(where("Target ISA X_Base")).isTrue();
        assertThat(where("Target ISA X_Other")).isFalse();
    }

    @Test
    public void refusesMalformedQueriesWithAPosition() {
        assertThatThrownBy(() -> WqlParser.parse("SELECT FROM X")).isInstanceOf(QueryException.class)
                .hasMessageContaining("expected a property name");
        assertThatThrownBy(() -> WqlParser.parse("SELECT * X")).hasMessageContaining("expected FROM");
        assertThatThrownBy(() -> WqlParser.parse("SELECT * FROM X WHERE A = 'open"))
                .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> WqlParser.parse("SELECT * FROM X WHERE (A = 1"))
                .hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> WqlParser.parse("SELECT * FROM X WHERE A = B"))
                .hasMessageContaining("one property name and one literal");
        assertThatThrownBy(() -> WqlParser.parse("SELECT * FROM X trailing"))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.position()).isEqualTo(16));
        assertThatThrownBy(() -> WqlParser.parse(" ")).hasMessageContaining("empty");
    }

    @Test
    public void refusesLiteralsOfTheWrongKind() {
        assertThatThrownBy(() -> where("Size = 'seven'")).isInstanceOf(QueryException.class)
                .hasMessageContaining("numeric");
        assertThatThrownBy(() -> where("On > TRUE")).hasMessageContaining("only compares with");
    }
}
