package org.vcmtck.simulator.cimi.query;

import org.testng.annotations.Test;
import org.vcmtck.simulator.cimi.CimiDocument;
import org.vcmtck.simulator.cimi.Entries;
import org.vcmtck.simulator.cimi.Href;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

public class ResourceQueryTest {
    private static final String T = "2013-01-02T10:04:00Z";
    private final CimiDocument five = Docs.collection(List.of(
            Docs.machine("a", "STARTED", 1_048_576L, T, Map.of()),
            Docs.machine("b", "STOPPED", 4_194_304L, T, Map.of()),
            Docs.machine("c", "STARTED", 2_097_152L, T, Map.of()),
            Docs.machine("d", "STOPPED", 1_048_576L, T, Map.of()),
            Docs.machine("e", "STARTED", 4_194_304L, T, Map.of())));

    private static Map<String, List<String>> params(String... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }

    private CimiDocument run(String... kv) {
        return ResourceQuery.parse(params(kv)).apply(five, HrefResolver.none());
    }

    private static QueryException refused(String... kv) {
        return catchThrowableOfType(QueryException.class, () -> ResourceQuery.parse(params(kv)));
    }

    @Test
    public void noParametersChangeNothing() {
        assertThat(run()).isEqualTo(five);
    }

    @Test
    public void filterRestrictsAndCountFollows() {
        CimiDocument r = run("$filter", "state='STARTED' and memory>=2097152");
        assertThat(Docs.names(r)).containsExactly("c", "e");
        assertThat(r.get("count")).isEqualTo(2);
    }

    @Test
    public void severalFiltersCombineWithAnd() {
        CimiDocument r = run("$filter", "state='STARTED'", "$filter", "memory=1048576");
        assertThat(Docs.names(r)).containsExactly("a");
    }

    @Test
    public void pagingIsOneBasedInclusiveAndCountStaysTheTotal() {
        CimiDocument r = run("$first", "2", "$last", "3");
        assertThat(Docs.names(r)).containsExactly("b", "c");
        assertThat(r.get("count")).isEqualTo(5);
        assertThat(Docs.names(run("$first", "4"))).containsExactly("d", "e");
        assertThat(Docs.names(run("$last", "1"))).containsExactly("a");
        assertThat(Docs.names(run("$first", "5", "$last", "9"))).containsExactly("e");
        assertThat(Docs.names(run("$first", "7"))).isEmpty();
        assertThat(Docs.names(run("$first", "3", "$last", "2"))).isEmpty();
    }

    @Test
    public void countWithFilterAndPagingIsTheMatchingTotal() {
        CimiDocument r = run("$filter", "state='STOPPED'", "$first", "1", "$last", "1");
        assertThat(Docs.names(r)).containsExactly("b");
        assertThat(r.get("count")).isEqualTo(2);
    }

    @Test
    public void orderByWithSeveralKeysAndDirections() {
        assertThat(Docs.names(run("$orderby", "name:desc"))).containsExactly("e", "d", "c", "b", "a");
        assertThat(Docs.names(run("$orderby", "memory:desc,name"))).containsExactly("b", "e", "c", "a", "d");
        assertThat(Docs.names(run("$orderby", "memory asc, name desc"))).containsExactly("d", "a", "c", "e", "b");
    }

    @Test
    public void orderByThenPaging() {
        assertThat(Docs.names(run("$orderby", "name:desc", "$first", "1", "$last", "2"))).containsExactly("e", "d");
    }

    @Test
    public void orderByPutsAbsentValuesLast() {
        CimiDocument odd = CimiDocument.resource("Machine").put("id", "x").put("name", "z").build();
        CimiDocument mixed = Docs.collection(List.of(odd, Docs.entries(five).get(1), Docs.entries(five).get(0)));
        for (String dir : List.of("asc", "desc")) {
            CimiDocument r = ResourceQuery.parse(params("$orderby", "memory:" + dir)).apply(mixed,
                    HrefResolver.none());
            assertThat(Docs.names(r).get(2)).as(dir).isEqualTo("z");
        }
    }

    @Test
    public void selectKeepsNamedAttributesAndId() {
        CimiDocument r = run("$select", "name,state");
        CimiDocument first = Docs.entries(r).get(0);
        assertThat(first.attributes().keySet()).containsExactly("id", "name", "state");
        assertThat(Docs.entries(run("$select", "*")).get(0)).isEqualTo(Docs.entries(five).get(0));
    }

    @Test
    public void selectSlicesArrays() {
        CimiDocument one = Docs.entries(run("$select", "disks[1]")).get(0);
        assertThat(((Entries) one.get("disks")).members()).extracting(d -> d.get("capacity"))
                .containsExactly(20L);
        CimiDocument range = Docs.entries(run("$select", "disks[0-1],disks[2]")).get(0);
        assertThat(((Entries) range.get("disks")).members()).hasSize(3);
        CimiDocument two = Docs.entries(run("$select", "disks[1-2]")).get(0);
        assertThat(((Entries) two.get("disks")).members()).extracting(d -> d.get("capacity"))
                .containsExactly(20L, 30L);
    }

    @Test
    public void expandReplacesNamedReferencesOneLevel() {
        CimiDocument config = CimiDocument.resource("MachineConfiguration").put("id", "cfg").put("cpu", 2).build();
        HrefResolver resolver = href -> href.endsWith("c-a") ? Optional.of(config) : Optional.empty();
        ResourceQuery q = ResourceQuery.parse(params("$expand", "machineConfig"));
        CimiDocument vm = Docs.entries(five).get(0);
        assertThat(q.apply(vm, resolver).get("machineConfig")).isEqualTo(config);
        CimiDocument other = Docs.entries(five).get(1);
        assertThat(q.apply(other, resolver).get("machineConfig")).isInstanceOf(Href.class);
        assertThat(ResourceQuery.parse(params("$expand", "*")).apply(vm, resolver).get("machineConfig"))
                .isEqualTo(config);
        assertThat(ResourceQuery.parse(params("$expand", "name")).apply(vm, resolver)).isEqualTo(vm);
    }

    @Test
    public void singleResourceTakesSelectButRefusesCollectionParameters() {
        CimiDocument vm = Docs.entries(five).get(0);
        assertThat(ResourceQuery.parse(params("$select", "cpu")).apply(vm, HrefResolver.none())
                .attributes().keySet()).containsExactly("id", "cpu");
        QueryException e = catchThrowableOfType(QueryException.class,
                () -> ResourceQuery.parse(params("$first", "1")).apply(vm, HrefResolver.none()));
        assertThat(e.parameter()).isEqualTo("$first");
        assertThat(e.getMessage()).contains("collections only");
    }

    @Test
    public void unknownDollarParametersAreRefusedOthersIgnored() {
        QueryException e = refused("$format", "json");
        assertThat(e.parameter()).isEqualTo("$format");
        assertThat(e.requirement()).isEqualTo("CIMI-Q-009");
        assertThat(e.status()).isEqualTo(400);
        assertThat(ResourceQuery.parse(params("trace", "1"))).isEqualTo(ResourceQuery.none());
    }

    @Test
    public void malformedValuesAreRefusedNamingTheParameter() {
        assertThat(refused("$first", "0").parameter()).isEqualTo("$first");
        assertThat(refused("$last", "-1").getMessage()).contains("positive integer");
        assertThat(refused("$first", "x").getMessage()).contains("'x'");
        assertThat(refused("$first", "1", "$first", "2").getMessage()).contains("given 2 times");
        assertThat(refused("$select", "name,,state").getMessage()).contains("empty item");
        assertThat(refused("$select", "disks[2-1]").getMessage()).contains("ends before it starts");
        assertThat(refused("$select", "na-me").parameter()).isEqualTo("$select");
        assertThat(refused("$expand", "a/b").parameter()).isEqualTo("$expand");
        assertThat(refused("$orderby", "name:sideways").parameter()).isEqualTo("$orderby");
        assertThat(refused("$filter", "state=").requirement()).isEqualTo("CIMI-Q-002");
    }
}
