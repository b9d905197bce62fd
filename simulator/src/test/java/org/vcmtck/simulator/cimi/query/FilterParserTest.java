package org.vcmtck.simulator.cimi.query;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

public class FilterParserTest {

    private static Filter.Compare cmp(String path, ComparisonOp op, Literal lit) {
        return new Filter.Compare(AttributePath.parse(path), op, lit);
    }

    @Test
    public void parsesEachLiteralKind() {
        assertThat(FilterParser.parse("state='STARTED'"))
                .isEqualTo(cmp("state", ComparisonOp.EQ, new Literal.Text("STARTED")));
        assertThat(FilterParser.parse("name = \"a 'b'\""))
                .isEqualTo(cmp("name", ComparisonOp.EQ, new Literal.Text("a 'b'")));
        assertThat(FilterParser.parse("memory>=1048576"))
                .isEqualTo(cmp("memory", ComparisonOp.GE, new Literal.Num(new BigDecimal("1048576"))));
        assertThat(FilterParser.parse("ratio<-1.5"))
                .isEqualTo(cmp("ratio", ComparisonOp.LT, new Literal.Num(new BigDecimal("-1.5"))));
        assertThat(FilterParser.parse("enabled!=true"))
                .isEqualTo(cmp("enabled", ComparisonOp.NE, new Literal.Bool(true)));
        assertThat(FilterParser.parse("created>2013-01-02T10:04:00Z")).isEqualTo(cmp("created", ComparisonOp.GT,
                new Literal.DateTime(Instant.parse("2013-01-02T10:04:00Z"))));
        assertThat(FilterParser.parse("created<=2013-01-02T12:04:00+02:00")).isEqualTo(cmp("created",
                ComparisonOp.LE, new Literal.DateTime(Instant.parse("2013-01-02T10:04:00Z"))));
    }

    @Test
    public void doubledQuoteEscapesItself() {
        assertThat(FilterParser.parse("name='it''s'"))
                .isEqualTo(cmp("name", ComparisonOp.EQ, new Literal.Text("it's")));
    }

    @Test
    public void valueOnTheLeftSwapsTheOperator() {
        assertThat(FilterParser.parse("4 < cpu"))
                .isEqualTo(cmp("cpu", ComparisonOp.GT, new Literal.Num(new BigDecimal("4"))));
        assertThat(FilterParser.parse("'x' = name"))
                .isEqualTo(cmp("name", ComparisonOp.EQ, new Literal.Text("x")));
    }

    @Test
    public void wordOperatorsAreAliases() {
        assertThat(FilterParser.parse("cpu ge 2")).isEqualTo(FilterParser.parse("cpu>=2"));
        assertThat(FilterParser.parse("name ne 'x'")).isEqualTo(FilterParser.parse("name!='x'"));
    }

    @Test
    public void nestedPathsAndProperties() {
        assertThat(FilterParser.parse("machineConfig/href='h'"))
                .isEqualTo(cmp("machineConfig/href", ComparisonOp.EQ, new Literal.Text("h")));
        assertThat(((Filter.Compare) FilterParser.parse("disks.capacity>1")).path().segments())
                .containsExactly("disks", "capacity");
        assertThat(FilterParser.parse("property['owner'] = 'ann'"))
                .isEqualTo(new Filter.PropertyCompare("owner", ComparisonOp.EQ, "ann"));
    }

    @Test
    public void andBindsTighterThanOr() {
        Filter f = FilterParser.parse("a=1 or b=2 and c=3");
        assertThat(f).isInstanceOf(Filter.Or.class);
        Filter.Or or = (Filter.Or) f;
        assertThat(or.left()).isEqualTo(FilterParser.parse("a=1"));
        assertThat(or.right()).isEqualTo(new Filter.And(FilterParser.parse("b=2"), FilterParser.parse("c=3")));
    }

    @Test
    public void notBindsTighterThanAndAndParenthesesOverride() {
        Filter f = FilterParser.parse("not a=1 and b=2");
        assertThat(f).isEqualTo(new Filter.And(new Filter.Not(FilterParser.parse("a=1")),
                FilterParser.parse("b=2")));
        Filter g = FilterParser.parse("(a=1 or b=2) and c=3");
        assertThat(g).isEqualTo(new Filter.And(new Filter.Or(FilterParser.parse("a=1"), FilterParser.parse("b=2")),
                FilterParser.parse("c=3")));
        assertThat(FilterParser.parse("NOT (a=1)")).isEqualTo(new Filter.Not(FilterParser.parse("a=1")));
    }

    @Test
    public void chainsAreLeftAssociative() {
        assertThat(FilterParser.parse("a=1 and b=2 and c=3")).isEqualTo(new Filter.And(
                new Filter.And(FilterParser.parse("a=1"), FilterParser.parse("b=2")), FilterParser.parse("c=3")));
    }

    @Test
    public void attributesNamedLikeKeywordsStillParse() {
        assertThat(FilterParser.parse("notes='x' and order=1 or android=true")).isInstanceOf(Filter.Or.class);
    }

    @DataProvider
    public Object[][] invalid() {
        return new Object[][] {
                {"state=", 7, "ended"},
                {"state", 6, "operator"},
                {"=1", 1, "attribute or a value"},
                {"state=='x'", 7, "attribute or a value"},
                {"(a=1", 5, "missing ')'"},
                {"a=1)", 4, "unexpected ')'"},
                {"a=1 and", 8, "ended"},
                {"a=1 b=2", 5, "unexpected"},
                {"name='open", 6, "not closed"},
                {"a=b", 1, "one attribute and one value"},
                {"1=2", 1, "one attribute and one value"},
                {"enabled<true", 9, "boolean"},
                {"a=1 and or b=2", 9, "keyword 'or'"},
                {"property[owner]='x'", 10, "quoted property key"},
                {"created>2013-02-30T00:00:00Z", 9, "not a valid dateTime"},
                {"a ~ 1", 3, "operator"},
        };
    }

    @Test(dataProvider = "invalid")
    public void invalidExpressionsNameThePosition(String text, int position, String fragment) {
        QueryException e = catchThrowableOfType(QueryException.class, () -> FilterParser.parse(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
        assertThat(e.getMessage()).contains(fragment).contains("position " + position).contains("CIMI-Q-002");
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.parameter()).isEqualTo("$filter");
    }

    @Test
    public void emptyExpressionIsRefused() {
        assertThatThrownBy(() -> FilterParser.parse("  ")).isInstanceOf(QueryException.class)
                .hasMessageContaining("empty");
    }

    @Test
    public void depthLimitIsEnforcedAtTheOffendingParenthesis() {
        String ok = "(".repeat(FilterParser.MAX_DEPTH) + "a=1" + ")".repeat(FilterParser.MAX_DEPTH);
        assertThat(FilterParser.parse(ok)).isEqualTo(FilterParser.parse("a=1"));
        String deep = "(".repeat(FilterParser.MAX_DEPTH + 1) + "a=1" + ")".repeat(FilterParser.MAX_DEPTH + 1);
        QueryException e = catchThrowableOfType(QueryException.class, () -> FilterParser.parse(deep));
        assertThat(e.position()).isEqualTo(FilterParser.MAX_DEPTH + 1);
        assertThat(e.getMessage()).contains("nested deeper than " + FilterParser.MAX_DEPTH);
        String nots = "not ".repeat(FilterParser.MAX_DEPTH + 1) + "a=1";
        assertThat(catchThrowableOfType(QueryException.class, () -> FilterParser.parse(nots)).getMessage())
                .contains("nested deeper");
    }

    @Test
    public void lengthLimitIsEnforced() {
        String longFilter = "name='" + "x".repeat(FilterParser.MAX_LENGTH) + "'";
        QueryException e = catchThrowableOfType(QueryException.class, () -> FilterParser.parse(longFilter));
        assertThat(e.getMessage()).contains("longer than " + FilterParser.MAX_LENGTH);
    }

    @Test
    public void longFlatChainsDoNotNest() {
        String chain = String.join(" and ", java.util.Collections.nCopies(500, "a=1"));
        Filter f = FilterParser.parse(chain);
        int depth = 0;
        while (f instanceof Filter.And and) {
            f = and.left();
            depth++;
        }
        assertThat(depth).isEqualTo(499);
        assertThat(List.of(f)).containsExactly(FilterParser.parse("a=1"));
    }
}
