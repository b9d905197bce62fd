package org.vcmtck.simulator.model;

import org.testng.annotations.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The model keeps package metadata beside the systems, checks it, snapshots it and forgets it with them. */
public class ApplianceTest {
    private static Appliance appliance(String id, String... systemIds) {
        ApplianceEntity vs1 = new ApplianceEntity("a", false, "A", List.of(systemIds[0]),
                List.of("<ovf:ProductSection xmlns:ovf=\"urn:x\"/>"), List.of());
        ApplianceEntity rest = new ApplianceEntity("b", false, "B",
                List.of(systemIds).subList(1, systemIds.length), List.of(), List.of());
        ApplianceEntity root = new ApplianceEntity("all", true, "All", List.of(), List.of(), List.of(vs1, rest));
        return new Appliance(id, "http://schemas.dmtf.org/ovf/envelope/2", "small", Map.of("k", "v"), List.of(),
                List.of(), root);
    }

    private static Datacenter withSystems(int n) {
        Datacenter dc = new Datacenter(3);
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        for (int i = 0; i < n; i++) {
            dc.defineSystem(host, Fixtures.smallSystem("s" + i));
        }
        return dc;
    }

    @Test
    public void anApplianceListsTheSystemsOfItsWholeTree() {
        Appliance a = appliance("app-1", "sys-1", "sys-2", "sys-3");
        assertThat(a.systemIds()).containsExactly("sys-1", "sys-2", "sys-3");
        assertThat(a.entityOf("sys-3").entityId()).isEqualTo("b");
        assertThat(a.entityOf("sys-9")).isNull();
    }

    @Test
    public void aCollectionEntityCannotOwnSystems() {
        ModelException e = Fixtures.refusal(() -> new ApplianceEntity("c", true, null, List.of("sys-1"), List.of(),
                List.of()));
        assertThat(e.field()).isEqualTo("systemIds");
    }

    @Test
    public void recordingNamesUnknownOrTakenSystemsIsRefusedAndChangesNothing() {
        Datacenter dc = withSystems(2);
        List<String> ids = dc.systems().stream().map(VirtualSystem::id).toList();
        dc.recordAppliance(appliance("app-1", ids.get(0), ids.get(1)));
        DatacenterSnapshot before = dc.snapshot();
        assertThat(Fixtures.refusal(() -> dc.recordAppliance(appliance("app-2", "sys-404", ids.get(0)))).getMessage())
                .contains("sys-404");
        assertThat(Fixtures.refusal(() -> dc.recordAppliance(appliance("app-3", ids.get(1), ids.get(0))))
                .getMessage()).contains("already belongs to appliance app-1");
        assertThat(Fixtures.refusal(() -> dc.recordAppliance(appliance("app-1", ids.get(0), ids.get(1))))
                .getMessage()).contains("already used");
        assertThat(dc.snapshot()).isEqualTo(before);
    }

    @Test
    public void appliancesSurviveSnapshotAndRestore() {
        Datacenter dc = withSystems(2);
        List<String> ids = dc.systems().stream().map(VirtualSystem::id).toList();
        Appliance a = dc.recordAppliance(appliance("app-1", ids.get(0), ids.get(1)));
        Datacenter restored = Datacenter.restore(dc.snapshot());
        assertThat(restored.appliances()).containsExactly(a);
        assertThat(restored.applianceOf(ids.get(1))).isEqualTo(a);
        assertThat(restored.snapshot()).isEqualTo(dc.snapshot());
    }

    @Test
    public void aSnapshotWhoseApplianceNamesAMissingSystemIsRefused() {
        Datacenter dc = withSystems(1);
        DatacenterSnapshot s = dc.snapshot();
        DatacenterSnapshot broken = new DatacenterSnapshot(s.formatVersion(), s.seed(), s.options(), s.tick(),
                s.counters(), s.hosts(), s.pools(), s.systems(), s.switches(), s.jobs(), s.events(),
                List.of(appliance("app-1", dc.systems().get(0).id(), "sys-77")));
        assertThat(Fixtures.refusal(() -> Datacenter.restore(broken)).getMessage()).contains("sys-77");
    }

    @Test
    public void destroyingTheLastSystemForgetsTheApplianceWithAnEvent() {
        Datacenter dc = withSystems(2);
        List<String> ids = dc.systems().stream().map(VirtualSystem::id).toList();
        dc.recordAppliance(appliance("app-1", ids.get(0), ids.get(1)));
        dc.destroySystem(ids.get(0));
        assertThat(dc.appliances()).hasSize(1);
        dc.destroySystem(ids.get(1));
        assertThat(dc.appliances()).isEmpty();
        assertThat(dc.events()).anyMatch(e -> e.kind() == EventKind.APPLIANCE_FORGOTTEN
                && e.subjectId().equals("app-1"));
    }
}
