package org.vcmtck.simulator.ovf.descriptor;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class AllocationUnitsTest {
    @DataProvider
    public Object[][] byteUnits() {
        return new Object[][]{
                {"byte", 1L},
                {"byte * 2^30", 1L << 30},
                {"byte*2^20", 1L << 20},
                {"  byte *  2 ^ 10 ", 1024L},
                {"MegaBytes", 1L << 20},
                {"KiloBytes", 1024L},
                {"GigaBytes", 1L << 30},
                {"byte * 10^3", 1000L},
                {"byte * 1024", 1024L},
                {"byte * 2^10 * 4", 4096L},
        };
    }

    @Test(dataProvider = "byteUnits")
    public void parsesByteUnits(String text, long bytesPerUnit) {
        AllocationUnits u = AllocationUnits.parse(text);
        assertThat(u.baseUnit()).isEqualTo("byte");
        assertThat(u.toBaseUnits(3)).isEqualTo(3 * bytesPerUnit);
    }

    @Test
    public void parsesFrequencyUnits() {
        AllocationUnits u = AllocationUnits.parse("hertz * 10^6");
        assertThat(u.baseUnit()).isEqualTo("hertz");
        assertThat(u.toBaseUnits(2)).isEqualTo(2_000_000L);
        assertThat(u.format()).isEqualTo("hertz * 10^6");
    }

    @Test
    public void formatsPowersOfTwoCanonically() {
        assertThat(AllocationUnits.parse("MegaBytes").format()).isEqualTo("byte * 2^20");
        assertThat(AllocationUnits.bytes(30).format()).isEqualTo("byte * 2^30");
        assertThat(AllocationUnits.parse("byte").format()).isEqualTo("byte");
    }

    @DataProvider
    public Object[][] bad() {
        return new Object[][]{{"GB"}, {"MB"}, {""}, {"byte * 3^2"}, {"byte * x"}, {"bytes per second * 2^3"},
                {"byte * 0"}};
    }

    @Test(dataProvider = "bad")
    public void refusesWhatIsNotAProgrammaticUnit(String text) {
        assertThatThrownBy(() -> AllocationUnits.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void overflowIsAnArithmeticError() {
        assertThatThrownBy(() -> AllocationUnits.parse("byte * 2^60").toBaseUnits(1024))
                .isInstanceOf(ArithmeticException.class);
    }
}
