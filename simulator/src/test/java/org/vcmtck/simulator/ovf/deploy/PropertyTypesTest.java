package org.vcmtck.simulator.ovf.deploy;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import static org.assertj.core.api.Assertions.assertThat;

public class PropertyTypesTest {
    @DataProvider
    public Object[][] valid() {
        return new Object[][] {
                {"uint8", null, "255"}, {"sint8", null, "-128"}, {"uint16", null, "65535"},
                {"sint32", null, "-2147483648"}, {"uint64", null, "18446744073709551615"},
                {"sint64", null, "+42"}, {"boolean", null, "false"}, {"boolean", null, "True"},
                {"real32", null, "1.5e3"}, {"real64", null, "-0.25"}, {"string", null, ""},
                {"string", "MinLen(2),MaxLen(4)", "abc"}, {"string", "ValueMap{\"a\", \"b\"}", "b"},
                {"uint16", "MinValue(10),MaxValue(20)", "15"}};
    }

    @Test(dataProvider = "valid")
    public void acceptsValidValues(String type, String qualifiers, String value) {
        assertThat(PropertyTypes.check(type, qualifiers, value)).isNull();
    }

    @DataProvider
    public Object[][] invalid() {
        return new Object[][] {
                {"uint8", null, "256", "OVF-PROD-009"}, {"uint8", null, "-1", "OVF-PROD-009"},
                {"sint8", null, "128", "OVF-PROD-009"}, {"uint32", null, "4294967296", "OVF-PROD-009"},
                {"uint64", null, "18446744073709551616", "OVF-PROD-009"}, {"sint16", null, "1.0", "OVF-PROD-009"},
                {"uint16", null, "", "OVF-PROD-009"}, {"boolean", null, "yes", "OVF-PROD-009"},
                {"real32", null, "1e39", "OVF-PROD-009"}, {"real64", null, "NaN", "OVF-PROD-009"},
                {"string", "MinLen(1)", "", "OVF-PROD-008"}, {"string", "MaxLen(3)", "abcd", "OVF-PROD-008"},
                {"string", "ValueMap{\"a\",\"b\"}", "c", "OVF-PROD-008"},
                {"uint16", "MinValue(10)", "9", "OVF-PROD-008"}, {"uint16", "MaxValue(20)", "21", "OVF-PROD-008"},
                {"int", null, "1", "OVF-PROD-007"}};
    }

    @Test(dataProvider = "invalid")
    public void refusesInvalidValuesNamingTheRequirement(String type, String qualifiers, String value,
                                                         String requirement) {
        PropertyTypes.Problem problem = PropertyTypes.check(type, qualifiers, value);
        assertThat(problem).isNotNull();
        assertThat(problem.requirementId()).isEqualTo(requirement);
    }
}
