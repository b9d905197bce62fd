package org.vcmtck.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.testng.annotations.Test;

public class DefaultCatalogueTest {

    private final Catalogue catalogue = Catalogue.loadDefault();

    @Test
    public void everyFileIsLoadedInIndexOrderWithTheNumberOfItemsOfItsDigest() {
        // Counted once from the requirement digests (lines "- **ID** [LEVEL] ..."): ovf.md 139, cimi.md 91,
        // wbem-protocol.md 69, cim-profiles.md 93 = PR 14 + SV 18 + VS 18 + RA 13 + AC 8 + DEV 8 + VES 3 + MIG 7 + X 4,
        // with DEV-001/008 -> DSP1044, DEV-002 -> DSP1045, DEV-003/004 -> DSP1047, DEV-005/006 -> DSP1050,
        // DEV-007 -> DSP1059; plus the kit's own 7 launcher requirements.
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("DSP0243", 139);
        expected.put("DSP0263", 91);
        expected.put("DSP0200", 69);
        expected.put("DSP1033", 14);
        expected.put("DSP1042", 18);
        expected.put("DSP1057", 18);
        expected.put("DSP1041", 13);
        expected.put("DSP1043", 8);
        expected.put("DSP1044", 2);
        expected.put("DSP1045", 1);
        expected.put("DSP1047", 2);
        expected.put("DSP1050", 2);
        expected.put("DSP1059", 1);
        expected.put("DSP1097", 3);
        expected.put("DSP1081", 7);
        expected.put("CIM-CROSS", 4);
        expected.put("VCMTCK-REF", 7);

        Map<String, Integer> actual = new LinkedHashMap<>();
        for (Standard standard : catalogue.standards()) {
            actual.put(standard.id(), standard.requirements().size());
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(catalogue.requirements()).hasSize(399);
    }

    @Test
    public void requirementIdsAreUniqueAndDistinctFromStandardIds() {
        List<String> ids = catalogue.requirements().stream().map(Requirement::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        Set<String> standardIds = catalogue.standards().stream().map(Standard::id).collect(Collectors.toSet());
        assertThat(ids).doesNotContainAnyElementsOf(standardIds);
    }

    @Test
    public void requirementsNameTheStandardTheyAreFiledUnder() {
        for (Standard standard : catalogue.standards()) {
            assertThat(standard.requirements()).allSatisfy(r -> assertThat(r.standard()).isEqualTo(standard.id()));
        }
    }

    @Test
    public void everyReferencedFeatureIsDeclaredAndEveryDeclaredFeatureIsUsed() {
        Set<String> declared = catalogue.features().stream().map(OptionalFeature::id).collect(Collectors.toSet());
        Set<String> referenced = catalogue.requirements().stream()
                .map(Requirement::feature).filter(f -> f != null).collect(Collectors.toSet());
        assertThat(declared).containsAll(referenced);
        assertThat(referenced).containsAll(declared);
        assertThat(catalogue.features()).hasSizeBetween(10, 25)
                .allSatisfy(feature -> assertThat(feature.title()).isNotBlank());
    }

    @Test
    public void everyRequirementHasAStatementAndASpec() {
        assertThat(catalogue.requirements()).allSatisfy(r -> {
            assertThat(r.statement()).as(r.id()).isNotBlank().doesNotContain("— Check").doesNotContain("**");
            assertThat(r.spec()).as(r.id()).isNotBlank();
        });
    }

    @Test
    public void digestDetailsAreCarriedOver() {
        Requirement pkg1 = catalogue.requirement("OVF-PKG-001").orElseThrow();
        assertThat(pkg1.level()).isEqualTo(Level.MUST);
        assertThat(pkg1.section()).isEqualTo("5.1");
        assertThat(pkg1.unconfirmed()).isFalse();
        assertThat(pkg1.optionalFeature()).isEmpty();

        Requirement pkg3 = catalogue.requirement("OVF-PKG-003").orElseThrow();
        assertThat(pkg3.level()).isEqualTo(Level.SHOULD);
        assertThat(pkg3.unconfirmed()).isTrue();

        assertThat(catalogue.requirement("OVF-REF-001").orElseThrow().spec()).isEqualTo("DSP8023");
        assertThat(catalogue.requirement("OVF-OENV-001").orElseThrow().spec()).isEqualTo("DSP8027");
        assertThat(catalogue.requirement("OVF-PKG-007").orElseThrow().feature()).isEqualTo("ova");
        assertThat(catalogue.requirement("WBEM-PULL-001").orElseThrow().feature()).isEqualTo("wbem-pull");
        assertThat(catalogue.requirement("OVF-EXT-008").orElseThrow().level()).isEqualTo(Level.INFO);
        assertThat(catalogue.requirement("DEV-005").orElseThrow().standard()).isEqualTo("DSP1050");
        assertThat(catalogue.requirement("X-004").orElseThrow().standard()).isEqualTo("CIM-CROSS");
    }

    @Test
    public void aRequirementSpanningSeveralProfilesNamesTheOthers() {
        assertThat(catalogue.requirement("DEV-008").orElseThrow().statement())
                .contains("DSP1045", "DSP1047", "DSP1050", "DSP1059");
    }

    @Test
    public void referenceLauncherContractHasExactlyTheAgreedRequirements() {
        Standard reference = catalogue.standard("VCMTCK-REF").orElseThrow();
        assertThat(reference.family()).isEqualTo("TCK");
        assertThat(reference.title()).isEqualTo("Reference launcher contract");
        assertThat(reference.requirements()).extracting(Requirement::id).containsExactly(
                "REF-LAUNCH-001", "REF-LAUNCH-002", "REF-LAUNCH-003", "REF-LAUNCH-004",
                "REF-MODEL-001", "REF-MODEL-002", "REF-MODEL-003");
        assertThat(reference.requirements()).allSatisfy(r -> {
            assertThat(r.level()).isEqualTo(Level.MUST);
            assertThat(r.spec()).isEqualTo("VCM-TCK");
        });
    }

    @Test
    public void familiesAreTheKnownOnes() {
        assertThat(catalogue.standards()).extracting(Standard::family)
                .containsOnly("OVF", "CIMI", "WBEM", "CIM", "TCK");
    }

    @Test
    public void knownTagsAreRequirementsStandardsLevelsAndStructuralTags() {
        assertThat(catalogue.isKnownTag("@OVF-PKG-001")).isTrue();
        assertThat(catalogue.isKnownTag("OVF-PKG-001")).isTrue();
        assertThat(catalogue.isKnownTag("@DSP1042")).isTrue();
        assertThat(catalogue.isKnownTag("@must")).isTrue();
        assertThat(catalogue.isKnownTag("@info")).isTrue();
        assertThat(catalogue.isKnownTag("@reference-only")).isTrue();
        assertThat(catalogue.structuralTags()).containsExactly("reference-only");

        assertThat(catalogue.isKnownTag("@OVF-PKG-999")).isFalse();
        assertThat(catalogue.isKnownTag("@MUST")).isFalse();
        assertThat(catalogue.isKnownTag("@ova")).isFalse();
        assertThat(catalogue.isKnownTag("")).isFalse();
        assertThat(catalogue.isKnownTag(null)).isFalse();
    }

    @Test
    public void defaultCatalogueIsShared() {
        assertThat(Catalogue.loadDefault()).isSameAs(catalogue);
    }

    @Test
    public void lookupsOfUnknownIdsAreEmpty() {
        assertThat(catalogue.requirement("NOPE-001")).isEmpty();
        assertThat(catalogue.standard("DSP9999")).isEmpty();
        assertThat(catalogue.feature("teleport")).isEmpty();
        assertThat(catalogue.feature("ova")).isPresent();
    }

    @Test
    public void theBuiltInReferenceClaimsEveryFeatureButThoseItLacks() {
        Set<String> lacking = catalogue.features().stream().filter(f -> !f.inReference())
                .map(OptionalFeature::id).collect(Collectors.toSet());
        Set<String> claimed = org.vcmtck.profiles.target.Claims.everything(catalogue).features();

        assertThat(lacking).containsExactlyInAnyOrder("wbem-indications", "wbem-client-certificates");
        assertThat(claimed).doesNotContainAnyElementsOf(lacking).contains("wbem-tls", "wbem-pull", "ova");
        assertThat(claimed).hasSize(catalogue.features().size() - lacking.size());
        assertThat(catalogue.requirementsOfFeature("wbem-client-certificates")).extracting(Requirement::id)
                .containsExactly("WBEM-AUTH-004");
    }

    @Test
    public void requirementsOfAFeatureAreThoseTaggedWithIt() {
        assertThat(catalogue.requirementsOfFeature("wbem-exec-query")).extracting(Requirement::id)
                .containsExactly("WBEM-OP-011");
        assertThat(catalogue.requirementsOfFeature("ova")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.feature()).isEqualTo("ova"));
    }

    @Test
    public void theOvfCatalogueMarksTheUnobservableAndTheClaimExcludedRequirements() {
        Applicability masking = catalogue.requirement("OVF-PROD-012").orElseThrow().applicability().orElseThrow();
        Applicability oneX = catalogue.requirement("OVF-HW-024").orElseThrow().applicability().orElseThrow();

        assertThat(masking.observable()).isFalse();
        assertThat(masking.reason()).isNotBlank();
        assertThat(oneX.unless()).containsExactly("ovf-2");
        assertThat(oneX.notApplicableTo("ovf-2"::equals)).isTrue();
        assertThat(oneX.notApplicableTo(f -> false)).isFalse();
        // testable requirements must not be hidden behind a note
        assertThat(catalogue.requirement("OVF-REF-006").orElseThrow().applicability()).isEmpty();
    }
}
