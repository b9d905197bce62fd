package org.vcmtck.simulator.wbem.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import org.testng.SkipException;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimParameter;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimQualifierType;
import org.vcmtck.simulator.wbem.mof.MofCompiler;
import org.vcmtck.simulator.wbem.mof.MofDeclaration;
import org.vcmtck.simulator.wbem.mof.MofResolver;

/**
 * Oracle: the project's MOF must agree with the DMTF CIM Schema 2.49 on every class, superclass, property
 * (name, type, reference class), key, method signature and qualifier declaration it states. The schema zip is
 * read in place with our own compiler (which also proves the compiler on the full real schema). Skipped when
 * ../shared/data/cim-schema/ (next to the project root) is absent.
 */
public class CimSchemaOracleTest {
    private static final String ZIP = "cim_schema_2.49.0Final-MOFs.zip";
    private static final String SCHEMA_TOP = "cim_schema_2.49.0.mof";
    private static final String NS = "root/cimv2";
    /**
     * Classes the project declares from a DMTF profile's experimental MOF: they are not in the Final schema and
     * must stay absent from it (if a later schema adds one, its declaration must be checked against it instead).
     * Every other declared class must be in the schema, so a misspelt schema class is still caught.
     */
    private static final Set<String> NOT_IN_FINAL_SCHEMA = Set.of(
            // DSP1081 Virtual System Migration: service and capabilities are experimental classes of the profile
            "CIM_VirtualSystemMigrationService",
            "CIM_VirtualSystemMigrationCapabilities");

    private CimRepository schema;
    private CimRepository ours;
    private List<MofDeclaration> ourDeclarations;

    private static Optional<Path> schemaZip() {
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path root = moduleDir; root != null; root = root.getParent()) {
            Path zip = root.resolve("..").resolve("shared").resolve("data").resolve("cim-schema").resolve(ZIP)
                    .normalize();
            if (Files.isRegularFile(zip)) {
                return Optional.of(zip);
            }
            if (Files.isRegularFile(root.resolve("pom.xml")) && !Files.isRegularFile(root.resolve("..").resolve("pom.xml"))) {
                break;
            }
        }
        return Optional.empty();
    }

    @BeforeClass
    public void compileBoth() throws IOException {
        Path zip = schemaZip().orElseThrow(() -> new SkipException("CIM Schema 2.49 not found next to the project"));
        schema = new CimRepository(List.of(NS));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            CimSchemaLoader.apply(schema, new MofCompiler(MofResolver.zip(z)).compileFile(SCHEMA_TOP), NS);
        }
        ourDeclarations = new MofCompiler(MofResolver.classpath(getClass().getClassLoader(),
                CimSchemaLoader.RESOURCE_FOLDER)).compileFile(CimSchemaLoader.TOP_FILE);
        ours = new CimRepository(List.of(NS));
        CimSchemaLoader.apply(ours, ourDeclarations, NS);
    }

    @Test
    public void ourCompilerReadsTheWholeSchema() {
        assertThat(schema.classes(NS)).hasSizeGreaterThan(1500);
        assertThat(schema.getClass(NS, "CIM_ComputerSystem").keys()).extracting(CimProperty::name)
                .containsExactlyInAnyOrder("CreationClassName", "Name");
    }

    @Test
    public void everyClassPropertyMethodAndKeyWeDeclareMatchesTheSchema() {
        List<String> problems = new ArrayList<>();
        int classes = 0;
        for (MofDeclaration d : ourDeclarations) {
            if (!(d instanceof MofDeclaration.ClassDeclaration cd)) {
                continue;
            }
            classes++;
            CimClass local = cd.cimClass();
            Optional<CimClass> theirs = schema.findClass(NS, local.name());
            if (NOT_IN_FINAL_SCHEMA.contains(local.name())) {
                if (theirs.isPresent()) {
                    problems.add(local.name() + ": listed as absent from the Final schema, but the schema has it");
                } else {
                    experimentalSuperclassKnown(local, problems);
                }
                continue;
            }
            if (theirs.isEmpty()) {
                problems.add(local.name() + ": not in the schema");
                continue;
            }
            compareClass(local, ours.getClass(NS, local.name()), theirs.get(), problems);
        }
        assertThat(classes).isGreaterThanOrEqualTo(20);
        assertThat(problems).as("differences from CIM Schema 2.49").isEmpty();
    }

    /** An experimental class must still derive from a class of the Final schema, so its inherited keys are real. */
    private void experimentalSuperclassKnown(CimClass local, List<String> problems) {
        if (local.superclass() == null || schema.findClass(NS, local.superclass()).isEmpty()) {
            problems.add(local.name() + ": superclass " + local.superclass() + " is not in the schema");
        }
    }

    @Test
    public void everyClassListedAsAbsentFromTheSchemaIsDeclaredByUs() {
        List<String> declared = ourDeclarations.stream()
                .filter(d -> d instanceof MofDeclaration.ClassDeclaration)
                .map(d -> ((MofDeclaration.ClassDeclaration) d).cimClass().name()).toList();
        assertThat(declared).containsAll(NOT_IN_FINAL_SCHEMA);
        for (String name : NOT_IN_FINAL_SCHEMA) {
            assertThat(schema.findClass(NS, name)).as(name + " in CIM Schema 2.49 Final").isEmpty();
        }
    }

    private static void compareClass(CimClass local, CimClass mine, CimClass theirs, List<String> problems) {
        String c = local.name();
        if (!String.valueOf(local.superclass()).equalsIgnoreCase(String.valueOf(theirs.superclass()))) {
            problems.add(c + ": superclass " + local.superclass() + " but schema has " + theirs.superclass());
        }
        if (mine.isAssociation() != theirs.isAssociation() || mine.isAbstract() != theirs.isAbstract()) {
            problems.add(c + ": Association/Abstract differ from the schema");
        }
        for (CimProperty p : local.properties()) {
            Optional<CimProperty> t = theirs.property(p.name());
            if (t.isEmpty()) {
                problems.add(c + "." + p.name() + ": no such property in the schema");
            } else if (!t.get().type().equals(p.type())) {
                problems.add(c + "." + p.name() + ": type " + p.type() + " but schema has " + t.get().type());
            } else if (p.type().isReference() && !p.referenceClass().equalsIgnoreCase(t.get().referenceClass())) {
                problems.add(c + "." + p.name() + ": references " + p.referenceClass() + " but schema "
                        + t.get().referenceClass());
            }
        }
        List<String> myKeys = mine.keys().stream().map(k -> k.name().toLowerCase()).sorted().toList();
        List<String> theirKeys = theirs.keys().stream().map(k -> k.name().toLowerCase()).sorted().toList();
        if (!myKeys.equals(theirKeys)) {
            problems.add(c + ": keys " + myKeys + " but schema has " + theirKeys);
        }
        for (CimMethod m : local.methods()) {
            Optional<CimMethod> t = theirs.method(m.name());
            if (t.isEmpty()) {
                problems.add(c + "." + m.name() + "(): no such method in the schema");
            } else {
                compareMethod(c, m, t.get(), problems);
            }
        }
    }

    private static void compareMethod(String c, CimMethod m, CimMethod t, List<String> problems) {
        String where = c + "." + m.name() + "()";
        if (!m.returnType().equals(t.returnType())) {
            problems.add(where + ": returns " + m.returnType() + " but schema " + t.returnType());
        }
        if (m.parameters().size() != t.parameters().size()) {
            problems.add(where + ": " + m.parameters().size() + " parameters but schema has " + t.parameters().size());
            return;
        }
        for (int i = 0; i < m.parameters().size(); i++) {
            CimParameter a = m.parameters().get(i);
            CimParameter b = t.parameters().get(i);
            boolean same = a.name().equalsIgnoreCase(b.name()) && a.type().equals(b.type())
                    && a.isIn() == b.isIn() && a.isOut() == b.isOut()
                    && (a.referenceClass() == null ? b.referenceClass() == null
                    : a.referenceClass().equalsIgnoreCase(b.referenceClass()));
            if (!same) {
                problems.add(where + ": parameter " + (i + 1) + " is " + describe(a) + " but schema has " + describe(b));
            }
        }
    }

    private static String describe(CimParameter p) {
        return (p.isIn() ? "IN " : "") + (p.isOut() ? "OUT " : "") + (p.referenceClass() != null
                ? p.referenceClass() + " REF" : p.type().toString()) + (p.type().array() ? "[]" : "") + " " + p.name();
    }

    @Test
    public void everyQualifierDeclarationWeMakeMatchesTheSchema() {
        List<String> problems = new ArrayList<>();
        for (MofDeclaration d : ourDeclarations) {
            if (!(d instanceof MofDeclaration.QualifierDeclaration qd)) {
                continue;
            }
            CimQualifierType mine = qd.qualifierType();
            Optional<CimQualifierType> theirs = schema.qualifierType(NS, mine.name());
            if (theirs.isEmpty()) {
                problems.add(mine.name() + ": not declared by the schema");
            } else if (!mine.type().equals(theirs.get().type()) || !mine.scopes().equals(theirs.get().scopes())
                    || !mine.flavors().equals(theirs.get().flavors())
                    || !mine.defaultValue().equals(theirs.get().defaultValue())) {
                problems.add(mine.name() + ": " + mine + " but schema has " + theirs.get());
            }
        }
        assertThat(problems).isEmpty();
    }
}
