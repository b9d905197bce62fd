package org.vcmtck.features.steps.cimi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.Test;

public class CimiStateChangeWaitTest {

    @AfterMethod(alwaysRun = true)
    public void clear() {
        System.clearProperty(CimiContext.STATE_CHANGE_WAIT_PROPERTY);
    }

    @Test
    public void withoutTheOverrideTheFullBoundApplies() {
        System.clearProperty(CimiContext.STATE_CHANGE_WAIT_PROPERTY);
        assertThat(CimiContext.stateChangeWait()).isEqualTo(CimiContext.STATE_CHANGE_WAIT);
    }

    @Test
    public void theOverrideIsReadInMilliseconds() {
        System.setProperty(CimiContext.STATE_CHANGE_WAIT_PROPERTY, "1500");
        assertThat(CimiContext.stateChangeWait()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    public void anOverrideThatIsNotANumberIsRefusedByName() {
        System.setProperty(CimiContext.STATE_CHANGE_WAIT_PROPERTY, "soon");
        assertThatThrownBy(CimiContext::stateChangeWait).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CimiContext.STATE_CHANGE_WAIT_PROPERTY).hasMessageContaining("soon");
    }
}
