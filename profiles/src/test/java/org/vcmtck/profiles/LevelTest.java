package org.vcmtck.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

public class LevelTest {
    @Test
    public void tagIsLowerCaseLevelName() {
        assertThat(Level.MUST.tag()).isEqualTo("@must");
        assertThat(Level.SHOULD.tag()).isEqualTo("@should");
    }
}
