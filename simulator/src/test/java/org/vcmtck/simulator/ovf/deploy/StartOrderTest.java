package org.vcmtck.simulator.ovf.deploy;

import org.testng.annotations.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class StartOrderTest {

    private static DeployedSystem sys(String entity, String name) {
        return new DeployedSystem(entity, "id-" + name, name);
    }

    @Test
    public void everyCopyOfAScaledOutEntityStartsAtItsEntry() {
        List<DeployedSystem> systems = List.of(sys("web", "web-1"), sys("web", "web-2"), sys("db", "db"),
                sys("loose", "loose"));
        List<StartupStep> steps = List.of(new StartupStep("c", "db", 1, "id-db"),
                new StartupStep("c", "web", 2, "id-web-1", StartupStep.POWER_ON));
        DeployResult result = new DeployResult(systems, List.of(), steps, null, "h");
        assertThat(StartOrder.of(result)).extracting(DeployedSystem::name)
                .containsExactly("db", "web-1", "web-2", "loose");
    }

    @Test
    public void anEntryWithStartActionNoneKeepsItsSystemOff() {
        List<DeployedSystem> systems = List.of(sys("a", "a"), sys("b", "b"));
        List<StartupStep> steps = List.of(new StartupStep("c", "a", 1, "id-a", StartupStep.NONE),
                new StartupStep("c", "b", 2, "id-b", StartupStep.POWER_ON));
        assertThat(StartOrder.of(new DeployResult(systems, List.of(), steps, null, "h")))
                .extracting(DeployedSystem::name).containsExactly("b");
    }

    @Test
    public void withoutStartupSectionsSystemsStartInDocumentOrder() {
        List<DeployedSystem> systems = List.of(sys("z", "z"), sys("a", "a"));
        assertThat(StartOrder.of(new DeployResult(systems, List.of(), List.of(), null, "h")))
                .extracting(DeployedSystem::name).containsExactly("z", "a");
    }

    @Test
    public void theFourArgumentStepDefaultsToPowerOn() {
        assertThat(new StartupStep("c", "e", 1, "s").startsEntity()).isTrue();
        assertThat(new StartupStep("c", "e", 1, "s", StartupStep.NONE).startsEntity()).isFalse();
    }
}
