package org.vcmtck.features.steps.cim;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class ProgrammaticUnitsTest {

    @DataProvider
    public Object[][] units() {
        return new Object[][]{{"byte*2^20", true}, {"byte * 2^30", true}, {"hertz*10^6", true}, {"percent", true},
            {"count", true}, {"count(fixed size block)", true}, {"meter/second^2", true}, {"MB", false},
            {"1024", false}, {"", false}, {null, false}, {"byte**2", false}};
    }

    @Test(dataProvider = "units")
    public void programmaticUnitsNeedABaseUnitAndNumericFactorsOnly(String unit, boolean valid) {
        assertThat(ProgrammaticUnits.valid(unit)).as(String.valueOf(unit)).isEqualTo(valid);
    }
}
