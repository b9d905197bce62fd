package org.vcmtck.simulator.wbem.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimFlavor;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimQualifier;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.mof.MofCompiler;
import org.vcmtck.simulator.wbem.mof.MofResolver;

public class CimRepositoryTest {
    private static final String NS = "root/test";
    private static final String MOF = """
            Qualifier Association : boolean = false, Scope(association), Flavor(DisableOverride, ToSubclass);
            Qualifier Abstract : boolean = false, Scope(class, association), Flavor(EnableOverride, Restricted);
            Qualifier Description : string = null, Scope(any), Flavor(EnableOverride, ToSubclass, Translatable);
            Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride, ToSubclass);
            Qualifier MaxLen : uint32 = null, Scope(property);
            Qualifier Override : string = null, Scope(property, reference, method), Flavor(EnableOverride, Restricted);
            Qualifier In : boolean = true, Scope(parameter), Flavor(DisableOverride, ToSubclass);
            Qualifier Out : boolean = false, Scope(parameter), Flavor(DisableOverride, ToSubclass);

            [Abstract, Description ("base")]
            class T_Element {
                [Key] string Id;
                [MaxLen (10), Description ("the name")] string Name;
                uint16 State = 5;
                uint32 Reset([In] uint16 Mode, [In (false), Out] string Log);
            };
            [Description ("a system")]
            class T_System : T_Element {
                [Override ("Name"), MaxLen (20)] string Name;
                string Extra;
            };
            class T_Host : T_System { };
            class T_Disk : T_Element { };
            [Association] class T_Uses {
                [Key] T_Element REF User;
                [Key] T_Element REF Used;
            };
            [Association] class T_Hosts : T_Uses {
                [Override ("User")] T_System REF User;
            };
            instance of T_Host as $h { Id = "h1"; Name = "host"; };
            instance of T_Disk as $d1 { Id = "d1"; };
            instance of T_Disk as $d2 { Id = "d2"; };
            instance of T_Hosts { User = $h; Used = $d1; };
            instance of T_Uses { User = $h; Used = $d2; };
            """;

    private CimRepository repo;

    @BeforeMethod
    public void load() {
        repo = new CimRepository(List.of(NS, "root/other"));
        CimSchemaLoader.apply(repo, new MofCompiler(MofResolver.ofStrings(Map.of()), null).compileText("t.mof", MOF),
                NS);
    }

    private static CimObjectPath path(String cls, String id) {
        return CimObjectPath.of(NS, cls, Map.of("Id", CimValue.of(id)));
    }

    private static CimStatus status(Runnable r) {
        try {
            r.run();
        } catch (CimException e) {
            return e.status();
        }
        throw new AssertionError("expected a CimException");
    }

    @Test
    public void inheritedElementsCarryClassOriginAndPropagated() {
        CimClass host = repo.getClass(NS, "t_host");
        assertThat(host.name()).isEqualTo("T_Host");
        assertThat(host.superclass()).isEqualTo("T_System");
        CimProperty id = host.property("Id").orElseThrow();
        assertThat(id.classOrigin()).isEqualTo("T_Element");
        assertThat(id.propagated()).isTrue();
        assertThat(id.isKey()).isTrue();
        CimProperty name = repo.getClass(NS, "T_System").property("Name").orElseThrow();
        assertThat(name.classOrigin()).isEqualTo("T_System");
        assertThat(name.propagated()).isFalse();
        assertThat(name.qualifier("MaxLen").orElseThrow().value().asLong()).isEqualTo(20L);
        assertThat(name.qualifier("Description").orElseThrow().propagated()).isTrue();
        assertThat(host.property("State").orElseThrow().value().asLong()).isEqualTo(5L);
        assertThat(host.method("reset").orElseThrow().classOrigin()).isEqualTo("T_Element");
        assertThat(host.method("Reset").orElseThrow().propagated()).isTrue();
        assertThat(host.keys()).extracting(CimProperty::name).containsExactly("Id");
    }

    @Test
    public void restrictedQualifiersAreNotInheritedAndFlavorsAreExplicit() {
        assertThat(repo.getClass(NS, "T_Element").isAbstract()).isTrue();
        assertThat(repo.getClass(NS, "T_System").isAbstract()).isFalse();
        assertThat(repo.getClass(NS, "T_System").property("Name").orElseThrow().qualifier("Override")).isPresent();
        assertThat(repo.getClass(NS, "T_Host").property("Name").orElseThrow().qualifier("Override")).isEmpty();
        CimQualifier key = repo.getClass(NS, "T_Host").property("Id").orElseThrow().qualifier("Key").orElseThrow();
        assertThat(key.flavors()).contains(CimFlavor.DISABLE_OVERRIDE, CimFlavor.TO_SUBCLASS);
        CimQualifier desc = repo.getClass(NS, "T_System").qualifier("Description").orElseThrow();
        assertThat(desc.value().asString()).isEqualTo("a system");
        assertThat(desc.propagated()).isFalse();
        assertThat(desc.translatable()).isTrue();
        assertThat(repo.getClass(NS, "T_Hosts").isAssociation()).isTrue();
    }

    @Test
    public void disableOverrideQualifiersCannotChangeValue() {
        CimClass bad = new CimClass("T_Bad", "T_Element", List.of(),
                List.of(new CimProperty("Id", org.vcmtck.simulator.wbem.cim.CimType.parse("string"), null,
                        List.of(new CimQualifier("Key", CimValue.of(false))), null, null, false)), List.of());
        assertThatThrownBy(() -> repo.addClass(NS, bad)).isInstanceOf(CimException.class)
                .hasMessageContaining("DisableOverride");
    }

    @Test
    public void classLookupAndSubclassEnumeration() {
        assertThat(repo.subclassNames(NS, null, false)).containsExactly("T_Element", "T_Uses");
        assertThat(repo.subclassNames(NS, null, true)).containsExactly("T_Element", "T_System", "T_Host", "T_Disk",
                "T_Uses", "T_Hosts");
        assertThat(repo.subclassNames(NS, "t_element", false)).containsExactly("T_System", "T_Disk");
        assertThat(repo.subclassNames(NS, "T_Element", true)).containsExactly("T_System", "T_Host", "T_Disk");
        assertThat(repo.isSubclassOf(NS, "T_HOST", "t_element")).isTrue();
        assertThat(repo.isSubclassOf(NS, "T_Disk", "T_System")).isFalse();
        assertThat(repo.superclassChain(NS, "T_Host")).containsExactly("T_Host", "T_System", "T_Element");
        assertThat(status(() -> repo.getClass(NS, "T_Nope"))).isEqualTo(CimStatus.CIM_ERR_NOT_FOUND);
        assertThat(status(() -> repo.subclasses(NS, "T_Nope", true))).isEqualTo(CimStatus.CIM_ERR_INVALID_CLASS);
        assertThat(status(() -> repo.getClass("root/nope", "T_Host"))).isEqualTo(CimStatus.CIM_ERR_INVALID_NAMESPACE);
        assertThat(repo.hasNamespace("/ROOT/TEST")).isTrue();
        assertThat(repo.classes("root/other")).hasSize(6);
        assertThat(repo.qualifierType(NS, "key")).isPresent();
    }

    @Test
    public void classAdditionAndDeletionRules() {
        assertThat(status(() -> repo.addClass(NS, new CimClass("t_host", null, List.of(), List.of(), List.of()))))
                .isEqualTo(CimStatus.CIM_ERR_ALREADY_EXISTS);
        assertThat(status(() -> repo.addClass(NS, new CimClass("T_X", "T_Missing", List.of(), List.of(), List.of()))))
                .isEqualTo(CimStatus.CIM_ERR_INVALID_SUPERCLASS);
        assertThat(status(() -> repo.deleteClass(NS, "T_System"))).isEqualTo(CimStatus.CIM_ERR_CLASS_HAS_CHILDREN);
        assertThat(status(() -> repo.deleteClass(NS, "T_Host"))).isEqualTo(CimStatus.CIM_ERR_CLASS_HAS_INSTANCES);
        repo.deleteClass("root/other", "T_Host");
        assertThat(repo.findClass("root/other", "T_Host")).isEmpty();
        assertThat(repo.subclassNames("root/other", "T_System", false)).isEmpty();
    }

    @Test
    public void staticInstancesEnumerateDeepAndAreComplete() {
        assertThat(repo.enumerateInstances(NS, "T_Element")).extracting(CimInstance::className)
                .containsExactly("T_Host", "T_Disk", "T_Disk");
        assertThat(repo.enumerateInstances(NS, "T_System")).hasSize(1);
        CimInstance h = repo.getInstance(NS, path("T_Host", "h1"));
        assertThat(h.value("Name").asString()).isEqualTo("host");
        assertThat(h.value("State").asLong()).isEqualTo(5L);
        assertThat(h.value("Extra").isNull()).isTrue();
        assertThat(h.path().namespace()).isEqualTo(NS);
        assertThat(repo.enumerateInstances("root/other", "T_Element")).isEmpty();
        assertThat(status(() -> repo.getInstance(NS, path("T_Host", "nope")))).isEqualTo(CimStatus.CIM_ERR_NOT_FOUND);
        assertThat(status(() -> repo.getInstance(NS, path("T_Nope", "h1")))).isEqualTo(CimStatus.CIM_ERR_INVALID_CLASS);
    }

    @Test
    public void createModifyDeleteThroughTheStaticStore() {
        CimInstance disk = new CimInstance("T_Disk", List.of(CimProperty.of("Id", CimValue.of("d3")),
                CimProperty.of("State", CimValue.of(org.vcmtck.simulator.wbem.cim.CimType.parse("sint64"), 3))));
        CimObjectPath p = repo.createInstance(NS, disk);
        assertThat(repo.getInstance(NS, p).value("State")).isEqualTo(CimValue.uint16(3));
        assertThat(status(() -> repo.createInstance(NS, disk))).isEqualTo(CimStatus.CIM_ERR_ALREADY_EXISTS);
        assertThat(status(() -> repo.createInstance(NS, new CimInstance("T_Element",
                List.of(CimProperty.of("Id", CimValue.of("e"))))))).isEqualTo(CimStatus.CIM_ERR_INVALID_CLASS);
        assertThat(status(() -> repo.createInstance(NS, new CimInstance("T_Disk",
                List.of(CimProperty.of("Id", CimValue.of("x")), CimProperty.of("Nope", CimValue.of("y")))))))
                .isEqualTo(CimStatus.CIM_ERR_NO_SUCH_PROPERTY);
        assertThat(status(() -> repo.createInstance(NS, new CimInstance("T_Disk",
                List.of(CimProperty.of("Id", CimValue.of("x")), CimProperty.of("State", CimValue.of("many")))))))
                .isEqualTo(CimStatus.CIM_ERR_TYPE_MISMATCH);

        repo.modifyInstance(NS, new CimInstance("T_Disk", List.of(CimProperty.of("State", CimValue.uint16(9))), p),
                null);
        assertThat(repo.getInstance(NS, p).value("State").asLong()).isEqualTo(9L);
        assertThat(status(() -> repo.modifyInstance(NS, new CimInstance("T_Disk",
                List.of(CimProperty.of("Id", CimValue.of("other"))), p), null)))
                .isEqualTo(CimStatus.CIM_ERR_INVALID_PARAMETER);
        repo.deleteInstance(NS, p);
        assertThat(status(() -> repo.deleteInstance(NS, p))).isEqualTo(CimStatus.CIM_ERR_NOT_FOUND);
    }

    @Test
    public void referencesAndAssociatorsFilterByClassAndRole() {
        CimObjectPath h = path("T_Host", "h1");
        assertThat(repo.referenceNames(NS, h, null, null)).extracting(CimObjectPath::className)
                .containsExactlyInAnyOrder("T_Uses", "T_Hosts");
        assertThat(repo.referenceNames(NS, h, "T_Hosts", null)).hasSize(1);
        assertThat(repo.referenceNames(NS, h, null, "Used")).isEmpty();
        assertThat(repo.associatorNames(NS, h, null, null, null, null))
                .containsExactlyInAnyOrder(path("T_Disk", "d1"), path("T_Disk", "d2"));
        assertThat(repo.associatorNames(NS, h, "T_Hosts", null, "User", "Used")).containsExactly(path("T_Disk", "d1"));
        assertThat(repo.associatorNames(NS, h, null, "T_System", null, null)).isEmpty();
        assertThat(repo.associators(NS, path("T_Disk", "d1"), null, "T_Element", null, null))
                .extracting(i -> i.value("Name").asString()).containsExactly("host");
        assertThat(repo.associatorNames(NS, path("T_Disk", "d1"), null, null, "User", null)).isEmpty();
    }

    @Test
    public void providersReplaceTheStaticStorePerClass() {
        CimInstance made = new CimInstance("T_Disk", List.of(CimProperty.of("Id", CimValue.of("p1"))),
                path("T_Disk", "p1"));
        repo.registerInstanceProvider(NS, "t_disk", ctx -> List.of(made));
        assertThat(repo.enumerateInstanceNames(NS, "T_Element")).containsExactly(path("T_Host", "h1"),
                path("T_Disk", "p1"));
        assertThat(repo.getInstance(NS, path("T_Disk", "p1"))).isSameAs(made);
        assertThat(status(() -> repo.deleteInstance(NS, path("T_Disk", "p1")))).isEqualTo(CimStatus.CIM_ERR_NOT_SUPPORTED);

        repo.registerAssociationProvider(NS, "T_Uses", (ctx, target, role) -> List.of());
        assertThat(repo.referenceNames(NS, path("T_Host", "h1"), "T_Uses", null)).extracting(CimObjectPath::className)
                .containsExactly("T_Hosts");
        assertThat(status(() -> repo.registerAssociationProvider(NS, "T_Disk", (c, t, r) -> List.of())))
                .isEqualTo(CimStatus.CIM_ERR_INVALID_PARAMETER);
    }

    @Test
    public void methodsRouteToTheNearestProviderWithCheckedParameters() {
        CimObjectPath h = path("T_Host", "h1");
        assertThat(status(() -> repo.invokeMethod(NS, h, "Reset", Map.of())))
                .isEqualTo(CimStatus.CIM_ERR_METHOD_NOT_AVAILABLE);
        repo.registerMethodProvider(NS, "T_Element", (ctx, target, method, in) -> new MethodProvider.MethodResult(
                CimValue.uint32(in.get("Mode").asLong() + 1), Map.of("Log", CimValue.of(target.className()))));
        MethodProvider.MethodResult r = repo.invokeMethod(NS, h, "reset", Map.of("Mode", CimValue.uint16(4)));
        assertThat(r.returnValue().asLong()).isEqualTo(5L);
        assertThat(r.out().get("Log").asString()).isEqualTo("T_Host");
        assertThat(status(() -> repo.invokeMethod(NS, h, "Nope", Map.of())))
                .isEqualTo(CimStatus.CIM_ERR_METHOD_NOT_FOUND);
        assertThat(status(() -> repo.invokeMethod(NS, h, "Reset", Map.of("Bogus", CimValue.uint16(1)))))
                .isEqualTo(CimStatus.CIM_ERR_INVALID_PARAMETER);
        assertThat(status(() -> repo.invokeMethod(NS, h, "Reset", Map.of("Mode", CimValue.of("x")))))
                .isEqualTo(CimStatus.CIM_ERR_INVALID_PARAMETER);
        assertThat(status(() -> repo.invokeMethod(NS, h, "Reset", Map.of("Log", CimValue.of("x")))))
                .isEqualTo(CimStatus.CIM_ERR_INVALID_PARAMETER);
    }
}
