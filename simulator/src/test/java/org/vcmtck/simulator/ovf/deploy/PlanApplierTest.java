package org.vcmtck.simulator.ovf.deploy;

import org.testng.annotations.Test;
import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.SystemSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fallback undo, for a real apply that fails after its trial succeeded (a concurrent change). */
public class PlanApplierTest {
    @Test
    public void aFailedApplyDestroysWhatItDefinedAndTheSwitchesItCreated() {
        Datacenter dc = DeployFixtures.datacenter();
        String host = dc.hosts().get(0).id();
        SystemPlan fits = new SystemPlan("a", new SystemSpec("a", List.of(AllocationSpec.processors(10),
                AllocationSpec.memory(DeployFixtures.GIB), AllocationSpec.nic())),
                List.of(new SystemPlan.NicLink(2, "lan")));
        SystemPlan tooBig = new SystemPlan("b", new SystemSpec("b", List.of(AllocationSpec.processors(10))),
                List.of());
        assertThatThrownBy(() -> new PlanApplier(dc, host).apply(List.of(fits, tooBig)))
                .isInstanceOf(ModelException.class);
        assertThat(dc.systems()).isEmpty();
        assertThat(dc.switches()).isEmpty();
    }
}
