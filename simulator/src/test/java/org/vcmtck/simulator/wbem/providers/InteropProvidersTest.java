package org.vcmtck.simulator.wbem.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.CimSchemaLoader;
import org.vcmtck.simulator.wbem.repository.MethodProvider;

public class InteropProvidersTest {
    private static final String INTEROP = "root/interop";
    private static final String VIRT = "root/virtualization";
    private CimRepository repo;
    private ProfileRegistry registry;
    private InteropProviders interop;

    @BeforeMethod
    public void setUp() {
        repo = CimSchemaLoader.load(INTEROP, VIRT);
        registry = new ProfileRegistry();
        interop = new InteropProviders(repo, INTEROP, "sys1", registry);
        interop.install();
    }

    @Test
    public void registersProfileRegistrationWithTheRequiredProperties() {
        List<CimInstance> profiles = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile");
        assertThat(profiles).hasSize(1);
        CimInstance p = profiles.get(0);
        assertThat(p.value("RegisteredOrganization").asLong()).isEqualTo(2L);
        assertThat(p.value("RegisteredName").asString()).isEqualTo("Profile Registration");
        assertThat(p.value("RegisteredVersion").asString()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(p.value("AdvertiseTypes").asList()).isNotEmpty().allSatisfy(v ->
                assertThat(((Number) v).intValue()).isBetween(1, 4));
        assertThat(p.path().keyBindings()).containsOnlyKeys("InstanceID");
        assertThat(repo.getInstance(INTEROP, p.path())).isEqualTo(p);
    }

    @Test
    public void objectManagerHasOneNamespaceInstancePerServedNamespace() {
        List<CimInstance> om = repo.enumerateInstances(INTEROP, "CIM_ObjectManager");
        assertThat(om).hasSize(1);
        List<String> names = repo.enumerateInstances(INTEROP, "CIM_Namespace").stream()
                .map(i -> i.value("Name").asString()).toList();
        assertThat(names).containsExactlyInAnyOrder(INTEROP, VIRT);
        List<CimObjectPath> viaAssoc = repo.associatorNames(INTEROP, om.get(0).path(), "CIM_NamespaceInManager",
                "CIM_Namespace", null, null);
        assertThat(viaAssoc).hasSize(2);
    }

    @Test
    public void registeredProfileLeadsToTheObjectManagerThroughConformance() {
        CimInstance p = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile").get(0);
        List<CimObjectPath> central = repo.associatorNames(INTEROP, p.path(), "CIM_ElementConformsToProfile",
                null, "ConformantStandard", "ManagedElement");
        assertThat(central).containsExactly(interop.objectManagerPath());
        List<CimObjectPath> back = repo.associatorNames(INTEROP, interop.objectManagerPath(),
                "CIM_ElementConformsToProfile", "CIM_RegisteredProfile", null, null);
        assertThat(back).containsExactly(p.path());
    }

    @Test
    public void laterProfilesAppearWithReferencesAndCrossNamespaceConformance() {
        CimObjectPath host = CimObjectPath.of(VIRT, "CIM_ComputerSystem", Map.of(
                "CreationClassName", CimValue.of("CIM_ComputerSystem"), "Name", CimValue.of("host-1")));
        repo.addStaticInstance(VIRT, new CimInstance("CIM_ComputerSystem", List.of(
                CimProperty.of("CreationClassName", CimValue.of("CIM_ComputerSystem")),
                CimProperty.of("Name", CimValue.of("host-1")))));
        registry.register(ProfileRegistration.dmtf("DSP1042-SystemVirtualization-1.0.0", "System Virtualization",
                "1.0.0", () -> List.of(host), List.of("DMTF:" + InteropProviders.PROFILE_REGISTRATION_ID)));

        assertThat(repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile")).hasSize(2);
        List<CimInstance> refs = repo.enumerateInstances(INTEROP, "CIM_ReferencedProfile");
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).value("Antecedent").asPath().key("InstanceID").asString())
                .isEqualTo("DMTF:" + InteropProviders.PROFILE_REGISTRATION_ID);
        assertThat(refs.get(0).value("Dependent").asPath().key("InstanceID").asString())
                .isEqualTo("DMTF:DSP1042-SystemVirtualization-1.0.0");

        // from the implementation namespace back to the interop namespace
        List<CimInstance> profiles = repo.associators(VIRT, host, "CIM_ElementConformsToProfile", null, null,
                null);
        assertThat(profiles).extracting(i -> i.value("RegisteredName").asString())
                .containsExactly("System Virtualization");
        assertThat(profiles.get(0).path().namespace()).isEqualTo(INTEROP);
    }

    @Test
    public void getCentralInstancesReturnsTheConformingElements() {
        CimInstance p = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile").get(0);
        MethodProvider.MethodResult r = repo.invokeMethod(INTEROP, p.path(), "GetCentralInstances", Map.of());
        assertThat(r.returnValue().asLong()).isZero();
        assertThat(r.out().get("CentralInstances").asList()).containsExactly(interop.objectManagerPath());
    }

    @Test
    public void interopInstancesAreReadOnlyAndIdsUnique() {
        CimInstance p = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile").get(0);
        assertThatThrownBy(() -> repo.deleteInstance(INTEROP, p.path())).isInstanceOfSatisfying(CimException.class,
                e -> assertThat(e.status()).isEqualTo(CimStatus.CIM_ERR_NOT_SUPPORTED));
        assertThatThrownBy(() -> registry.register(ProfileRegistration.dmtf(
                InteropProviders.PROFILE_REGISTRATION_ID, "X", "1.0.0", List::of, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
        assertThatThrownBy(() -> ProfileRegistration.dmtf("Y", "Y", "1.0", List::of, List.of()))
                .hasMessageContaining("M.m.u");
    }
}
