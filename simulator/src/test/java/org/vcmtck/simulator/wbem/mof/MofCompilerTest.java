package org.vcmtck.simulator.wbem.mof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;
import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimFlavor;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimParameter;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimQualifierType;
import org.vcmtck.simulator.wbem.cim.CimScope;
import org.vcmtck.simulator.wbem.cim.CimType;

public class MofCompilerTest {
    static final String QUALIFIERS = """
            Qualifier Association : boolean = false, Scope(association), Flavor(DisableOverride, ToSubclass);
            Qualifier Abstract : boolean = false, Scope(class, association, indication), Flavor(EnableOverride, Restricted);
            Qualifier Description : string = null, Scope(any), Flavor(EnableOverride, ToSubclass, Translatable);
            Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride, ToSubclass);
            Qualifier In : boolean = true, Scope(parameter), Flavor(DisableOverride, ToSubclass);
            Qualifier Out : boolean = false, Scope(parameter), Flavor(DisableOverride, ToSubclass);
            Qualifier ValueMap : string[], Scope(property, method, parameter);
            Qualifier MaxLen : uint32 = null, Scope(property, method, parameter);
            Qualifier Override : string = null, Scope(property, reference, method), Flavor(EnableOverride, Restricted);
            """;

    private static List<MofDeclaration> compile(String text) {
        return new MofCompiler(MofResolver.ofStrings(Map.of())).compileText("test.mof", QUALIFIERS + text);
    }

    private static CimClass lastClass(List<MofDeclaration> decls) {
        CimClass c = null;
        for (MofDeclaration d : decls) {
            if (d instanceof MofDeclaration.ClassDeclaration cd) {
                c = cd.cimClass();
            }
        }
        return c;
    }

    private static MofException error(String text) {
        try {
            compile(text);
        } catch (MofException e) {
            return e;
        }
        throw new AssertionError("expected a MofException for: " + text);
    }

    @Test
    public void qualifierDeclarationsCarryTypeDefaultScopesAndFlavors() {
        List<MofDeclaration> decls = compile("");
        CimQualifierType key = decls.stream().map(d -> ((MofDeclaration.QualifierDeclaration) d).qualifierType())
                .filter(q -> q.name().equals("Key")).findFirst().orElseThrow();
        assertThat(key.type()).isEqualTo(CimType.of(CimType.Base.BOOLEAN));
        assertThat(key.defaultValue().asBoolean()).isFalse();
        assertThat(key.scopes()).containsExactlyInAnyOrder(CimScope.PROPERTY, CimScope.REFERENCE);
        assertThat(key.flavors()).containsExactlyInAnyOrder(CimFlavor.DISABLE_OVERRIDE, CimFlavor.TO_SUBCLASS);
        CimQualifierType vm = new MofCompiler(MofResolver.ofStrings(Map.of()))
                .compileText("q.mof", "Qualifier ValueMap : string[], Scope(property);").stream()
                .map(d -> ((MofDeclaration.QualifierDeclaration) d).qualifierType()).findFirst().orElseThrow();
        assertThat(vm.type().array()).isTrue();
        assertThat(vm.defaultValue().isNull()).isTrue();
    }

    @Test
    public void classWithQualifiersPropertiesDefaultsArraysAndReferences() {
        CimClass c = lastClass(compile("""
                [Abstract, Description ("A " "thing")]
                class X_Base {
                    [Key, MaxLen (16)] string Id;
                    uint16 Codes[] = {1, 0x10, 101b, 017};
                    uint8 Fixed[4];
                    real64 Ratio = -1.5e2;
                    boolean Flag = true;
                    char16 Letter = 'z';
                    string Text = "tab\\there \\"q\\" \\x0041";
                    datetime When = "20260101000000.000000+000";
                };
                [Association] class X_Link {
                    [Key] X_Base REF Left;
                    [Key] X_Base REF Right;
                };
                """));
        assertThat(c.name()).isEqualTo("X_Link");
        assertThat(c.isAssociation()).isTrue();
        assertThat(c.properties()).extracting(CimProperty::referenceClass).containsExactly("X_Base", "X_Base");
        assertThat(c.keys()).hasSize(2);

        CimClass base = new MofCompiler(MofResolver.ofStrings(Map.of())).compileText("t.mof", QUALIFIERS + """
                [Abstract, Description ("A " "thing")]
                class X_Base {
                    [Key, MaxLen (16)] string Id;
                    uint16 Codes[] = {1, 0x10, 101b, 017};
                    uint8 Fixed[4];
                    real64 Ratio = -1.5e2;
                    boolean Flag = true;
                    char16 Letter = 'z';
                    string Text = "tab\\there \\"q\\" \\x0041";
                    datetime When = "20260101000000.000000+000";
                };""").stream().filter(d -> d instanceof MofDeclaration.ClassDeclaration)
                .map(d -> ((MofDeclaration.ClassDeclaration) d).cimClass()).findFirst().orElseThrow();
        assertThat(base.isAbstract()).isTrue();
        assertThat(base.qualifier("description").orElseThrow().value().asString()).isEqualTo("A thing");
        assertThat(base.property("id").orElseThrow().isKey()).isTrue();
        assertThat(base.property("Id").orElseThrow().qualifier("MaxLen").orElseThrow().value().asLong())
                .isEqualTo(16L);
        assertThat(base.property("Codes").orElseThrow().value().asList()).containsExactly(1L, 16L, 5L, 15L);
        assertThat(base.property("Fixed").orElseThrow().type()).isEqualTo(CimType.arrayOf(CimType.Base.UINT8));
        assertThat(base.property("Ratio").orElseThrow().value().asDouble()).isEqualTo(-150.0);
        assertThat(base.property("Flag").orElseThrow().value().asBoolean()).isTrue();
        assertThat(base.property("Letter").orElseThrow().value().value()).isEqualTo('z');
        assertThat(base.property("Text").orElseThrow().value().asString()).isEqualTo("tab\there \"q\" A");
        assertThat(base.property("When").orElseThrow().type().base()).isEqualTo(CimType.Base.DATETIME);
    }

    @Test
    public void methodsWithArrayAndReferenceParameters() {
        CimClass c = lastClass(compile("""
                class X_Job { [Key] string Id; };
                class X_Svc {
                    [Key] string Name;
                    /* a block comment */
                    uint32 Run([In] string Args[], [In (false), Out] X_Job REF Job, // trailing comment
                               [Out] X_Job REF Jobs[], uint16 Mode);
                    uint32 Stop();
                };
                """));
        CimMethod run = c.method("run").orElseThrow();
        assertThat(run.returnType()).isEqualTo(CimType.of(CimType.Base.UINT32));
        assertThat(run.parameters()).extracting(CimParameter::name).containsExactly("Args", "Job", "Jobs", "Mode");
        CimParameter job = run.parameter("Job").orElseThrow();
        assertThat(job.type().isReference()).isTrue();
        assertThat(job.referenceClass()).isEqualTo("X_Job");
        assertThat(job.isIn()).isFalse();
        assertThat(job.isOut()).isTrue();
        assertThat(run.parameter("Jobs").orElseThrow().type()).isEqualTo(CimType.arrayOf(CimType.Base.REFERENCE));
        assertThat(run.parameter("Args").orElseThrow().type()).isEqualTo(CimType.arrayOf(CimType.Base.STRING));
        assertThat(run.parameter("Mode").orElseThrow().isIn()).isTrue();
        assertThat(c.method("Stop").orElseThrow().parameters()).isEmpty();
    }

    @Test
    public void instancesAreTypedAgainstTheClassIncludingInheritedPropertiesAndAliases() {
        List<MofDeclaration> decls = compile("""
                class X_Base { [Key] string Id; uint8 Level; };
                class X_Sub : X_Base { string Extra[]; };
                [Association] class X_Link { [Key] X_Base REF A; [Key] X_Base REF B; };
                #pragma namespace ("root/test")
                instance of X_Sub as $one { Id = "1"; Level = 0x0A; Extra = {"a", null}; };
                instance of X_Sub as $two { Id = "2"; };
                instance of X_Link { A = $one; B = $two; };
                """);
        List<MofDeclaration.InstanceDeclaration> inst = decls.stream()
                .filter(d -> d instanceof MofDeclaration.InstanceDeclaration)
                .map(d -> (MofDeclaration.InstanceDeclaration) d).toList();
        assertThat(inst).hasSize(3);
        CimInstance one = inst.get(0).instance();
        assertThat(inst.get(0).alias()).isEqualTo("one");
        assertThat(inst.get(0).namespace()).isEqualTo("root/test");
        assertThat(one.value("Level").asLong()).isEqualTo(10L);
        assertThat(one.value("Level").type()).isEqualTo(CimType.of(CimType.Base.UINT8));
        assertThat(one.value("Extra").asList()).containsExactly("a", null);
        assertThat(one.path().key("Id").asString()).isEqualTo("1");
        CimInstance link = inst.get(2).instance();
        assertThat(link.value("A").asPath()).isEqualTo(one.path());
        assertThat(link.value("B").asPath().key("Id").asString()).isEqualTo("2");
    }

    @Test
    public void includesResolveRelativeToTheIncludingFile() {
        MofResolver files = MofResolver.ofStrings(Map.of(
                "top.mof", "#pragma locale (\"en_US\")\n#pragma include (\"sub/q.mof\")\n#pragma include (\"sub/c.mof\")",
                "sub/q.mof", "Qualifier Key : boolean = false, Scope(property), Flavor(DisableOverride, ToSubclass);",
                "sub/c.mof", "#pragma include (\"../more/d.mof\")\nclass A_C { [Key] string K; };",
                "more/d.mof", "class A_D { [Key] string K; };"));
        MofCompiler compiler = new MofCompiler(files);
        List<MofDeclaration> decls = compiler.compileFile("top.mof");
        assertThat(decls).hasSize(3);
        assertThat(decls.get(2).location()).startsWith("sub/c.mof:2:");
        assertThat(compiler.knownClass("a_d")).isPresent();
        assertThat(MofCompiler.resolveRelative("a/b/c.mof", "../x.mof")).isEqualTo("a/x.mof");
    }

    @Test
    public void errorsNameFileLineColumnAndWhatWasExpected() {
        MofException e = error("class X_A {\n    string Name\n};");
        assertThat(e.file()).isEqualTo("test.mof");
        int base = QUALIFIERS.split("\n", -1).length - 1;
        assertThat(e.line()).isEqualTo(base + 3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("expected ';'").contains("found '}'");

        MofException unknownType = error("class X_A {\n  int32 Name;\n};");
        assertThat(unknownType.line()).isEqualTo(base + 2);
        assertThat(unknownType.column()).isEqualTo(3);
        assertThat(unknownType.detail()).contains("int32");

        assertThat(error("class X_A : X_Missing { };").detail()).contains("superclass 'X_Missing' is not declared");
        assertThat(error("[Bogus] class X_A { };").detail()).contains("qualifier 'Bogus' is not declared");
        assertThat(error("class X_A { uint8 V = 300; };").detail()).contains("out of range");
        assertThat(error("class X_A { string S = 5; };").detail()).contains("string");
        assertThat(error("class X_A { string S = \"open; };").detail()).contains("unterminated string");
        assertThat(error("class X_A { uint8 V; uint8 v; };").detail()).contains("declared twice");
        assertThat(error("instance of X_Nope { };").detail()).contains("class 'X_Nope' is not declared");
        assertThat(error("class X_A { [Key] string K; };\ninstance of X_A { Nope = 1; };").detail())
                .contains("no property 'Nope'");
        assertThat(error("class X_A { uint8 V = 09; };").detail()).contains("malformed numeric literal");
        assertThat(error("class X_A { string S = \"\\q\"; };").detail()).contains("unknown escape");
        assertThat(error("/* never closed").detail()).contains("unterminated comment");
        assertThat(error("#pragma include (\"missing.mof\")").detail()).contains("cannot include 'missing.mof'");
        assertThat(error("class X_A { [Key] string K; };\ninstance of X_A { K = $nope; };").detail())
                .contains("alias $nope is not defined");
    }

    @Test
    public void qualifiersOutsideTheirDeclaredScopeAreRejectedAtTheirPosition() {
        int base = QUALIFIERS.split("\n", -1).length - 1;
        MofException onClass = error("[Key] class X_A { };");
        assertThat(onClass.line()).isEqualTo(base + 1);
        assertThat(onClass.column()).isEqualTo(2);
        assertThat(onClass.detail()).contains("'Key' is not allowed on a class");
        assertThat(error("class X_A { [Association] string S; };").detail()).contains("not allowed on a property");
        assertThat(error("class X_A { uint32 M([Key] uint16 P); };").detail()).contains("not allowed on a parameter");
        assertThat(error("class X_A { [In] uint32 M(); };").detail()).contains("not allowed on a method");
        assertThat(error("[Association] class X_L { [MaxLen (3)] X_L REF R; };").detail())
                .contains("not allowed on a reference");
    }

    @Test
    public void numericLiteralsOfEveryRadixAndSign() {
        CimClass c = lastClass(compile("""
                class X_N { sint64 D = -12; uint64 H = 0xFFFFFFFFFFFFFFFF; sint8 B = -110b; uint32 O = 0777;
                            real32 R = .5; real64 E = 2.0E-3; };
                """));
        assertThat(c.property("D").orElseThrow().value().asLong()).isEqualTo(-12L);
        assertThat(c.property("H").orElseThrow().value().asBigInteger())
                .isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(c.property("B").orElseThrow().value().asLong()).isEqualTo(-6L);
        assertThat(c.property("O").orElseThrow().value().asLong()).isEqualTo(511L);
        assertThat(c.property("R").orElseThrow().value().asDouble()).isEqualTo(0.5);
        assertThat(c.property("E").orElseThrow().value().asDouble()).isEqualTo(0.002);
    }
}
