package org.vcmtck.simulator.wbem.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.testng.annotations.Test;

public class CimObjectPathTest {
    private static Map<String, CimValue> keys(Object... kv) {
        Map<String, CimValue> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (CimValue) kv[i + 1]);
        }
        return m;
    }

    @Test
    public void identityIgnoresKeyOrderAndNameCaseButNotValueCase() {
        CimObjectPath a = CimObjectPath.of("root/virt", "CIM_ComputerSystem",
                keys("CreationClassName", CimValue.of("CIM_ComputerSystem"), "Name", CimValue.of("host1")));
        CimObjectPath b = CimObjectPath.of("ROOT/virt", "cim_computersystem",
                keys("name", CimValue.of("host1"), "CREATIONCLASSNAME", CimValue.of("CIM_ComputerSystem")));
        CimObjectPath c = CimObjectPath.of("root/virt", "CIM_ComputerSystem",
                keys("CreationClassName", CimValue.of("CIM_ComputerSystem"), "Name", CimValue.of("HOST1")));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(a).isNotEqualTo(a.withNamespace("root/interop"));
        assertThat(a.withHost("example.org")).isEqualTo(a);
    }

    @Test
    public void numericKeysCompareByValueWhateverTheirWidth() {
        CimObjectPath a = CimObjectPath.of(null, "X", keys("Id", CimValue.uint16(7)));
        CimObjectPath b = CimObjectPath.of(null, "X", keys("id", CimValue.of(CimType.parse("sint64"), 7)));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(CimObjectPath.of(null, "X", keys("Id", CimValue.of("7"))));
    }

    @Test
    public void formatsAndParsesTheUntypedForm() {
        CimObjectPath p = CimObjectPath.of("root/interop", "CIM_RegisteredProfile",
                keys("InstanceID", CimValue.of("DMTF:a \"quoted\" \\ id,with=chars"), "N", CimValue.uint32(1),
                        "B", CimValue.of(true)));
        String text = p.format();
        assertThat(text).isEqualTo(
                "root/interop:CIM_RegisteredProfile.InstanceID=\"DMTF:a \\\"quoted\\\" \\\\ id,with=chars\",N=1,B=TRUE");
        CimObjectPath back = CimObjectPath.parse(text);
        assertThat(back).isEqualTo(p);
        assertThat(back.key("instanceid").asString()).isEqualTo("DMTF:a \"quoted\" \\ id,with=chars");
        assertThat(back.namespace()).isEqualTo("root/interop");
    }

    @Test
    public void parsesHostClassPathsAndPathsWithoutNamespace() {
        CimObjectPath p = CimObjectPath.parse("//example.org/root/cimv2:CIM_Foo");
        assertThat(p.host()).isEqualTo("example.org");
        assertThat(p.namespace()).isEqualTo("root/cimv2");
        assertThat(p.isClassPath()).isTrue();
        CimObjectPath q = CimObjectPath.parse("CIM_Foo.Id=-3");
        assertThat(q.namespace()).isNull();
        assertThat(q.key("Id").asLong()).isEqualTo(-3L);
    }

    @Test
    public void malformedPathsAreRejectedWithInvalidParameter() {
        for (String bad : new String[] {"", "root:1Bad", "CIM_Foo.Id", "CIM_Foo.Id=\"open", "CIM_Foo.Id=abc",
                "CIM_Foo.A=1,A=2", "CIM_Foo.A=1;B=2"}) {
            assertThatThrownBy(() -> CimObjectPath.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(CimException.class,
                            e -> assertThat(e.status()).isEqualTo(CimStatus.CIM_ERR_INVALID_PARAMETER));
        }
    }

    @Test
    public void referenceKeysCompareAsPaths() {
        CimObjectPath target = CimObjectPath.parse("root/virt:CIM_ComputerSystem.Name=\"h\",CreationClassName=\"C\"");
        CimObjectPath same = CimObjectPath.parse("root/virt:cim_computersystem.creationclassname=\"C\",name=\"h\"");
        CimObjectPath a = CimObjectPath.of(null, "Assoc", keys("Ref", CimValue.of(target)));
        CimObjectPath b = CimObjectPath.of(null, "Assoc", keys("ref", CimValue.of(same)));
        assertThat(a).isEqualTo(b);
    }
}
