package org.vcmtck.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class OvfPackageNoteTest {

    @Test
    public void classifiedNoteKeepsItsFields() {
        OvfPackageNote note = new OvfPackageNote("packages/web.ova", "ova", 2, List.of("VirtualSystemType vmx-13"));

        assertThat(note.location()).isEqualTo("packages/web.ova");
        assertThat(note.form()).isEqualTo("ova");
        assertThat(note.portabilityLevel()).isEqualTo(2);
        assertThat(note.isClassified()).isTrue();
        assertThat(note.reasons()).containsExactly("VirtualSystemType vmx-13");
    }

    @DataProvider
    public Object[][] blankLocations() {
        return new Object[][] {{null}, {""}, {"   "}};
    }

    @Test(dataProvider = "blankLocations")
    public void blankLocationIsRefused(String location) {
        assertThatThrownBy(() -> new OvfPackageNote(location, "ova", 1, List.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("location");
    }

    @DataProvider
    public Object[][] levelsOutOfRange() {
        return new Object[][] {{0}, {4}, {-1}};
    }

    @Test(dataProvider = "levelsOutOfRange")
    public void levelOutsideOneToThreeIsRefused(int level) {
        assertThatThrownBy(() -> new OvfPackageNote("a.ova", "ova", level, List.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portabilityLevel")
                .hasMessageContaining(String.valueOf(level))
                .hasMessageContaining("a.ova");
    }

    @Test
    public void everyLevelFromOneToThreeIsAccepted() {
        for (int level = 1; level <= 3; level++) {
            assertThat(new OvfPackageNote("a.ova", "ova", level, List.of()).portabilityLevel()).isEqualTo(level);
        }
    }

    @Test
    public void unclassifiedNoteNeedsAReason() {
        OvfPackageNote note = OvfPackageNote.unclassified("broken.ova", "ova", "no descriptor in the archive");

        assertThat(note.portabilityLevel()).isNull();
        assertThat(note.isClassified()).isFalse();
        assertThat(note.reasons()).containsExactly("no descriptor in the archive");
        assertThatThrownBy(() -> new OvfPackageNote("broken.ova", "ova", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.ova")
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> new OvfPackageNote("broken.ova", "ova", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void blankOrNullReasonIsRefusedWithItsIndex() {
        assertThatThrownBy(() -> new OvfPackageNote("a.ova", "ova", 1, Arrays.asList("fine", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reasons[1]");
        assertThatThrownBy(() -> new OvfPackageNote("a.ova", "ova", 1, List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reasons[0]");
    }

    @Test
    public void reasonsAreCopiedAndUnmodifiable() {
        List<String> reasons = new ArrayList<>(List.of("first"));
        OvfPackageNote note = OvfPackageNote.classified("a.ova", "ova", 3, reasons);
        reasons.add("added later");

        assertThat(note.reasons()).containsExactly("first");
        assertThatThrownBy(() -> note.reasons().add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    public void missingFormReadsAsEmptyAndReasonsMayBeNullForAClassifiedPackage() {
        OvfPackageNote note = new OvfPackageNote("dir/", null, 1, null);

        assertThat(note.form()).isEmpty();
        assertThat(note.reasons()).isEmpty();
    }

    @Test
    public void levelMeaningsFollowDsp2017AndRejectOtherLevels() {
        assertThat(OvfPackageNote.levelMeaning(1)).contains("one product");
        assertThat(OvfPackageNote.levelMeaning(2)).contains("one family");
        assertThat(OvfPackageNote.levelMeaning(3)).contains("across families");
        assertThatThrownBy(() -> OvfPackageNote.levelMeaning(4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(OvfPackageNote.REQUIREMENT_ID).isEqualTo("OVF-EXT-008");
    }

    @Test
    public void oldConstructorGivesNoPackagesAndWithOvfPackagesLeavesTheVerdictAlone() {
        ConformanceReport report = Fixtures.report("failure.json",
                Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of()));
        ConformanceReport legacy = new ConformanceReport(report.run(), report.verdict(), report.standards(),
                report.totals(), report.scenarioCounts(), report.unknownTags(), report.untracedScenarios());
        List<OvfPackageNote> notes = new ArrayList<>(List.of(
                OvfPackageNote.classified("a.ova", "ova", 1, List.of("x86_64 only"))));

        ConformanceReport noted = report.withOvfPackages(notes);
        notes.clear();

        assertThat(report.ovfPackages()).isEmpty();
        assertThat(legacy.ovfPackages()).isEmpty();
        assertThat(noted.ovfPackages()).extracting(OvfPackageNote::location).containsExactly("a.ova");
        assertThat(noted.verdict()).isEqualTo(report.verdict());
        assertThat(noted.totals()).isEqualTo(report.totals());
        assertThat(noted.standards()).isEqualTo(report.standards());
        assertThat(noted.withOvfPackages(List.of()).ovfPackages()).isEmpty();
    }
}
