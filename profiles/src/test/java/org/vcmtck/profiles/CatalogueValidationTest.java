package org.vcmtck.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.testng.annotations.Test;

/** Each fixture under src/test/resources/catalogues/ is a small catalogue with one fault. */
public class CatalogueValidationTest {

    private static Path index(String fixture) {
        try {
            return Path.of(CatalogueValidationTest.class.getResource("/catalogues/" + fixture + "/index.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CatalogueException failure(String fixture) {
        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> Catalogue.load(index(fixture)));
        assertThat(e).as("loading fixture " + fixture + " must fail").isNotNull();
        return e;
    }

    @Test
    public void validFixtureLoads() {
        Catalogue catalogue = Catalogue.load(index("valid"));
        assertThat(catalogue.standards()).extracting(Standard::id).containsExactly("STD-A", "STD-B");
        assertThat(catalogue.requirements()).extracting(Requirement::id).containsExactly("A-001", "A-002", "B-001");
        Requirement second = catalogue.requirement("A-002").orElseThrow();
        assertThat(second.level()).isEqualTo(Level.SHOULD);
        assertThat(second.feature()).isEqualTo("ova");
        assertThat(second.unconfirmed()).isTrue();
        assertThat(second.spec()).as("spec defaults to the file's standard").isEqualTo("STD-A");
        assertThat(catalogue.requirement("A-001").orElseThrow().section()).isEqualTo("5.1");
        assertThat(catalogue.standard("STD-B").orElseThrow().version()).isEmpty();
        assertThat(catalogue.features()).containsExactly(new OptionalFeature("ova", "OVA packages"));
        assertThat(catalogue.structuralTagTitle("@reference-only")).contains("Reference only");
    }

    @Test
    public void duplicateIdAcrossFilesNamesBothPlaces() {
        CatalogueException e = failure("duplicate-id");
        assertThat(e.file()).endsWith("b.yaml");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.field()).isEqualTo("requirements[1].id");
        assertThat(e.getMessage()).contains("duplicate requirement id 'A-002'").contains("a.yaml:11");
    }

    @Test
    public void unknownLevel() {
        CatalogueException e = failure("unknown-level");
        assertThat(e.file()).endsWith("b.yaml");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.field()).isEqualTo("requirements[0].level");
        assertThat(e.getMessage()).contains("unknown level 'MUSTN'");
    }

    @Test
    public void unknownFeature() {
        CatalogueException e = failure("unknown-feature");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.field()).isEqualTo("requirements[0].feature");
        assertThat(e.getMessage()).contains("unknown feature 'teleport'").contains("ova");
    }

    @Test
    public void badIdSyntax() {
        CatalogueException e = failure("bad-id");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.field()).isEqualTo("requirements[1].id");
        assertThat(e.getMessage()).contains("'b_002'");
    }

    @Test
    public void requirementIdCollidingWithAStandardId() {
        CatalogueException e = failure("collides-with-standard");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("requirements[0].id");
        assertThat(e.getMessage()).contains("collides with standard id 'STD-A'");
    }

    @Test
    public void missingStatement() {
        CatalogueException e = failure("missing-statement");
        assertThat(e.file()).endsWith("b.yaml");
        assertThat(e.line()).as("points at the requirement lacking it").isEqualTo(5);
        assertThat(e.field()).isEqualTo("requirements[0].statement");
        assertThat(e.getMessage()).contains("B-001 has no statement");
    }

    @Test
    public void yamlSyntaxErrorNamesFileAndLine() {
        CatalogueException e = failure("yaml-syntax");
        assertThat(e.file()).endsWith("b.yaml");
        assertThat(e.line()).isBetween(6, 8);
        assertThat(e.getMessage()).contains("YAML syntax error");
    }

    @Test
    public void unknownKeyIsRefused() {
        CatalogueException e = failure("unknown-key");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.field()).isEqualTo("requirements[0].statment");
        assertThat(e.getMessage()).contains("unknown key 'statment'");
    }

    @Test
    public void unknownFamily() {
        CatalogueException e = failure("unknown-family");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("family");
        assertThat(e.getMessage()).contains("'SNMP'");
    }

    @Test
    public void fileListedInTheIndexButAbsent() {
        CatalogueException e = failure("missing-file");
        assertThat(e.file()).endsWith("b.yaml");
        assertThat(e.line()).isZero();
        assertThat(e.getMessage()).contains("cannot read catalogue file").contains("listed at").contains("index.yaml:1");
    }

    @Test
    public void missingIndex() {
        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> Catalogue.load(index("valid").resolveSibling("no-such-index.yaml")));
        assertThat(e).isNotNull();
        assertThat(e.file()).endsWith("no-such-index.yaml");
    }

    @Test
    public void anApplicabilityNoteNeedsAReason() {
        CatalogueException e = failure("applies-without-reason");
        assertThat(e.getMessage()).contains("B-001").contains("reason");
    }
}
