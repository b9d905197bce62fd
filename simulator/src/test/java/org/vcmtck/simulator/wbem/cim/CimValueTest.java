package org.vcmtck.simulator.wbem.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.testng.annotations.Test;

public class CimValueTest {
    private static CimType t(String s) {
        return CimType.parse(s);
    }

    @Test
    public void integerRangesAreEnforcedPerWidth() {
        assertThat(CimValue.of(t("uint8"), 255).asLong()).isEqualTo(255L);
        assertThat(CimValue.of(t("sint8"), -128).asLong()).isEqualTo(-128L);
        assertThat(CimValue.of(t("uint32"), 4294967295L).asLong()).isEqualTo(4294967295L);
        for (Object[] bad : new Object[][] {{"uint8", 256}, {"uint8", -1}, {"sint8", 128}, {"uint16", 65536},
                {"sint32", 2147483648L}, {"uint32", -1}}) {
            assertThatThrownBy(() -> CimValue.of(t((String) bad[0]), bad[1]))
                    .isInstanceOfSatisfying(CimException.class,
                            e -> assertThat(e.status()).isEqualTo(CimStatus.CIM_ERR_TYPE_MISMATCH))
                    .hasMessageContaining("out of range");
        }
    }

    @Test
    public void uint64CoversTheFullUnsignedRange() {
        BigInteger max = new BigInteger("18446744073709551615");
        assertThat(CimValue.of(t("uint64"), max).asBigInteger()).isEqualTo(max);
        assertThatThrownBy(() -> CimValue.of(t("uint64"), max.add(BigInteger.ONE))).isInstanceOf(CimException.class);
        assertThatThrownBy(() -> CimValue.of(t("uint64"), -1)).isInstanceOf(CimException.class);
    }

    @Test
    public void textFormsParseIncludingHexBinaryAndOctal() {
        assertThat(CimValue.parse(t("uint16"), "0x1F").asLong()).isEqualTo(31L);
        assertThat(CimValue.parse(t("uint16"), "101b").asLong()).isEqualTo(5L);
        assertThat(CimValue.parse(t("uint16"), "017").asLong()).isEqualTo(15L);
        assertThat(CimValue.parse(t("sint16"), "-42").asLong()).isEqualTo(-42L);
        assertThat(CimValue.parse(t("boolean"), "TRUE").asBoolean()).isTrue();
        assertThat(CimValue.parse(t("real64"), "1.5e3").asDouble()).isEqualTo(1500.0);
        assertThatThrownBy(() -> CimValue.parse(t("uint16"), "12abc")).isInstanceOf(CimException.class);
        assertThatThrownBy(() -> CimValue.parse(t("boolean"), "yes")).isInstanceOf(CimException.class);
    }

    @Test
    public void datetimeKeepsItsTwentyFiveCharactersAndRejectsOtherShapes() {
        String ts = "20261125101804.000000+000";
        String interval = "00000001020304.000000:000";
        assertThat(CimValue.datetime(ts).value()).isEqualTo(ts);
        assertThat(CimValue.datetime(interval).asString()).isEqualTo(interval);
        assertThatThrownBy(() -> CimValue.datetime("2026-11-25T10:18:04Z")).isInstanceOf(CimException.class);
        assertThatThrownBy(() -> CimValue.datetime("20261125101804.000000")).isInstanceOf(CimException.class);
    }

    @Test
    public void arraysKeepNullElementsAndValidateEachElement() {
        CimValue v = CimValue.of(t("uint16[]"), Arrays.asList(2, null, 3));
        assertThat(v.asList()).containsExactly(2L, null, 3L);
        assertThat(v.texts()).containsExactly("2", null, "3");
        assertThatThrownBy(() -> CimValue.of(t("uint8[]"), List.of(1, 300))).isInstanceOf(CimException.class);
        assertThatThrownBy(() -> CimValue.of(t("uint8[]"), 1)).isInstanceOf(CimException.class);
    }

    @Test
    public void nullIsTypedAndEqualityIsByTypeAndValue() {
        assertThat(CimValue.nullOf(t("string")).isNull()).isTrue();
        assertThat(CimValue.nullOf(t("string"))).isNotEqualTo(CimValue.nullOf(t("uint8")));
        assertThat(CimValue.uint16(3)).isEqualTo(CimValue.of(t("uint16"), "3"));
        assertThat(CimValue.uint16(3)).isNotEqualTo(CimValue.uint32(3));
        assertThatThrownBy(() -> CimValue.of(t("string"), 5)).isInstanceOf(CimException.class);
        assertThatThrownBy(() -> CimValue.of(t("char16"), "ab")).isInstanceOf(CimException.class);
    }

    @Test
    public void typesParseAndPrintInMofSpelling() {
        assertThat(CimType.parse("String[]")).isEqualTo(CimType.arrayOf(CimType.Base.STRING));
        assertThat(CimType.parse("ref").isReference()).isTrue();
        assertThat(CimType.arrayOf(CimType.Base.UINT64).toString()).isEqualTo("uint64[]");
        assertThatThrownBy(() -> CimType.parse("int32")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void statusCodesMapBothWays() {
        assertThat(CimStatus.fromCode(6)).isEqualTo(CimStatus.CIM_ERR_NOT_FOUND);
        assertThat(CimStatus.CIM_ERR_SERVER_IS_SHUTTING_DOWN.code()).isEqualTo(28);
        assertThat(CimStatus.values()).hasSize(28);
        assertThatThrownBy(() -> CimStatus.fromCode(29)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CimException(CimStatus.CIM_ERR_INVALID_CLASS, "no class X").getMessage())
                .contains("CIM_ERR_INVALID_CLASS").contains("5").contains("no class X");
    }
}
