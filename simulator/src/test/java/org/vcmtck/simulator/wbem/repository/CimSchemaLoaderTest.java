package org.vcmtck.simulator.wbem.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;
import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimProperty;

public class CimSchemaLoaderTest {
    @Test
    public void theProjectMofLoadsIntoBothNamespaces() {
        CimRepository repo = CimSchemaLoader.loadDefault();
        assertThat(repo.namespaces()).containsExactly("root/interop", "root/virtualization");
        for (String ns : repo.namespaces()) {
            assertThat(repo.findClass(ns, "CIM_RegisteredProfile")).as(ns).isPresent();
            assertThat(repo.findClass(ns, "CIM_ComputerSystem")).as(ns).isPresent();
        }
        CimClass profile = repo.getClass("root/interop", "CIM_RegisteredProfile");
        assertThat(profile.keys()).extracting(CimProperty::name).containsExactly("InstanceID");
        assertThat(profile.property("RegisteredName").orElseThrow().hasTrueQualifier("Required")).isTrue();
        assertThat(repo.getClass("root/interop", "CIM_ElementConformsToProfile").isAssociation()).isTrue();
        assertThat(repo.getClass("root/virtualization", "CIM_ComputerSystem").keys()).extracting(CimProperty::name)
                .containsExactlyInAnyOrder("CreationClassName", "Name");
        assertThat(repo.getClass("root/interop", "CIM_Namespace").keys()).hasSize(6);
        assertThat(repo.isSubclassOf("root/interop", "CIM_ReferencedProfile", "CIM_Dependency")).isTrue();
        assertThat(repo.getClass("root/interop", "CIM_ObjectManager").method("RequestStateChange").orElseThrow()
                .classOrigin()).isEqualTo("CIM_EnabledLogicalElement");
    }

    @Test
    public void namespaceNamesAreConfigurable() {
        CimRepository repo = CimSchemaLoader.load("interop", "root/virt");
        assertThat(repo.namespaces()).containsExactly("interop", "root/virt");
        assertThat(repo.findClass("interop", "CIM_RegisteredProfile")).isPresent();
    }
}
