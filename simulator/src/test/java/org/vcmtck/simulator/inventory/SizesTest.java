package org.vcmtck.simulator.inventory;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import static org.assertj.core.api.Assertions.assertThat;

public class SizesTest {
    @DataProvider
    public Object[][] sizes() {
        return new Object[][] {
                {"512", 512L}, {"1B", 1L}, {"4KiB", 4096L}, {"3MiB", 3L * 1024 * 1024}, {"4GiB", 4L << 30},
                {"4 GiB", 4L << 30}, {"2TiB", 2L << 40}, {" 7 ", 7L},
                {"-4GiB", -1L}, {"4gb", -1L}, {"4.5GiB", -1L}, {"GiB", -1L}, {"", -1L}, {"99999999999TiB", -1L},
                {"99999999999999999999", -1L},
        };
    }

    @Test(dataProvider = "sizes")
    public void parsesBytesAndBinaryUnitsOnly(String text, long expected) {
        assertThat(Sizes.parse(text)).isEqualTo(expected);
    }

    @Test
    public void formatsWithTheLargestExactUnit() {
        assertThat(Sizes.format(4L << 30)).isEqualTo("4GiB");
        assertThat(Sizes.format(1536L * 1024)).isEqualTo("1536KiB");
        assertThat(Sizes.format(1000)).isEqualTo("1000");
    }
}
