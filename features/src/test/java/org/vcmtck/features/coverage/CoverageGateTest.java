package org.vcmtck.features.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;

/**
 * The CI gate of the catalogue's coverage: every MUST requirement of every standard has at least one shipped
 * scenario, or the catalogue says why none can exist ({@code applies.observable: false} with a reason). A MUST
 * requirement losing its last scenario fails the build here.
 */
public class CoverageGateTest {

    private CatalogueCoverage coverage;
    private Catalogue catalogue;

    @BeforeClass
    public void computeOnShippedSuite() {
        catalogue = Catalogue.loadDefault();
        coverage = CatalogueCoverage.of(catalogue, ShippedFeatures.scenarios());
    }

    @Test
    public void noMustRequirementIsLeftWithoutAScenarioOrACatalogueReason() {
        assertThat(coverage.standards()).as("standards covered").hasSameSizeAs(catalogue.standards());
        List<String> gaps = coverage.unexplainedMustGaps().stream()
                .map(gap -> gap.id() + " (" + gap.statement() + ")").toList();
        assertThat(gaps).as("MUST requirements without a scenario or a catalogue reason").isEmpty();
    }

    @Test
    public void shippedScenariosAreReadFromTheClassPath() {
        assertThat(ShippedFeatures.scenarios()).as("shipped scenarios").isNotEmpty()
                .allSatisfy(s -> assertThat(s.file()).endsWith(".feature"));
    }
}
