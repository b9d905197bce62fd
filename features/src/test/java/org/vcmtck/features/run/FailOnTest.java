package org.vcmtck.features.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.testng.annotations.Test;
import org.vcmtck.profiles.Level;

public class FailOnTest {

    @Test
    public void eachThresholdFailsOnItsLevelAndStronger() {
        assertThat(FailOn.MUST.failsOn(Level.MUST)).isTrue();
        assertThat(FailOn.MUST.failsOn(Level.SHOULD)).isFalse();
        assertThat(FailOn.MUST.failsOn(Level.MAY)).isFalse();
        assertThat(FailOn.SHOULD.failsOn(Level.SHOULD)).isTrue();
        assertThat(FailOn.SHOULD.failsOn(Level.MAY)).isFalse();
        assertThat(FailOn.MAY.failsOn(Level.MAY)).isTrue();
        assertThat(FailOn.MAY.failsOn(Level.INFO)).isFalse();
    }

    @Test
    public void parseAcceptsLevelNamesOnly() {
        assertThat(FailOn.parse(" Should ")).isEqualTo(FailOn.SHOULD);
        assertThatThrownBy(() -> FailOn.parse("info")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'info'").hasMessageContaining("must, should or may");
    }
}
