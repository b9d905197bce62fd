package org.vcmtck.simulator.cimi.query;

import org.testng.annotations.Test;
import org.vcmtck.simulator.cimi.CimiDocument;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class FilterEvaluatorTest {
    private final CimiDocument vm = Docs.machine("web", "STARTED", 2_097_152L, "2013-01-02T10:04:00Z",
            Map.of("owner", "ann"));

    private boolean m(String filter) {
        return FilterEvaluator.matches(FilterParser.parse(filter), vm);
    }

    @Test
    public void comparesNumbersNumerically() {
        assertThat(m("memory>=1048576")).isTrue();
        assertThat(m("memory>10000000")).isFalse();
        assertThat(m("memory=2097152.0")).isTrue();
        assertThat(m("cpu!=2")).isFalse();
        assertThat(m("3>cpu")).isTrue();
    }

    @Test
    public void comparesStringsExactlyAndLexically() {
        assertThat(m("state='STARTED'")).isTrue();
        assertThat(m("state='started'")).isFalse();
        assertThat(m("name<'x'")).isTrue();
        assertThat(m("name>'x'")).isFalse();
    }

    @Test
    public void comparesDateTimesAsInstants() {
        assertThat(m("created>2013-01-01T00:00:00Z")).isTrue();
        assertThat(m("created=2013-01-02T11:04:00+01:00")).isTrue();
        assertThat(m("created<2013-01-02T10:03:59Z")).isFalse();
    }

    @Test
    public void absentAttributesSatisfyNoOperator() {
        assertThat(m("description='x'")).isFalse();
        assertThat(m("description!='x'")).isFalse();
        assertThat(m("not description='x'")).isTrue();
    }

    @Test
    public void mismatchedKindsDoNotMatch() {
        assertThat(m("state>5")).isFalse();
        assertThat(m("state=true")).isFalse();
        assertThat(m("memory=2013-01-01T00:00:00Z")).isFalse();
    }

    @Test
    public void referencesCompareByHrefAndArraysByAnyMember() {
        assertThat(m("machineConfig='http://h/cimi/machineConfigs/c-web'")).isTrue();
        assertThat(m("machineConfig/href='http://h/cimi/machineConfigs/c-web'")).isTrue();
        assertThat(m("disks/capacity=20")).isTrue();
        assertThat(m("disks/capacity>30")).isFalse();
    }

    @Test
    public void propertiesByKey() {
        assertThat(m("property['owner']='ann'")).isTrue();
        assertThat(m("property['owner']!='ann'")).isFalse();
        assertThat(m("property['team']='ann'")).isFalse();
    }

    @Test
    public void booleanLogicFollowsPrecedence() {
        assertThat(m("state='STOPPED' or state='STARTED' and cpu=2")).isTrue();
        assertThat(m("(state='STOPPED' or state='STARTED') and cpu=3")).isFalse();
        assertThat(m("state='STOPPED' or cpu=3 and state='STARTED'")).isFalse();
        assertThat(m("not (state='STOPPED' or cpu=3)")).isTrue();
    }
}
