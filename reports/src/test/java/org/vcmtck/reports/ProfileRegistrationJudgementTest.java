package org.vcmtck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.registration.AdvertisedProfile;
import org.vcmtck.profiles.registration.ProfileDiscovery;
import org.vcmtck.profiles.target.Claims;

/** How the profiles a target registers in its interop namespace show in the judgement and the report. */
public class ProfileRegistrationJudgementTest {

    private static final Catalogue CATALOGUE = Catalogue.loadDefault();

    private static RunInfo run(Claims declared, ProfileDiscovery discovery) {
        return new RunInfo("target", "", declared.implicit(), discovery.effectiveClaims(declared), "0", "", "", null,
                Map.of(), Fixtures.STARTED, Fixtures.FINISHED, discovery, declared);
    }

    private static ProfileDiscovery registering(String... names) {
        return ProfileDiscovery.of(CATALOGUE, "root/interop",
                java.util.Arrays.stream(names).map(n -> new AdvertisedProfile(n, "1.0.0", "2")).toList());
    }

    @Test
    public void anUnregisteredProfileOfTheReferenceIsNotApplicableBecauseItIsNotRegistered() {
        ConformanceReport report = ReportBuilder.build(CATALOGUE,
                run(Claims.everything(CATALOGUE), registering("Profile Registration")),
                List.of(Fixtures.scenario("pr", Outcome.PASSED, "@PR-001")));

        RequirementResult sv = report.requirement("SV-001").orElseThrow();
        assertThat(sv.status()).isEqualTo(RequirementStatus.NOT_APPLICABLE);
        assertThat(sv.note()).contains("not registered in the interop namespace root/interop");
        assertThat(report.requirement("PR-001").orElseThrow().status()).isEqualTo(RequirementStatus.PASSED);
        // a profile the discovery does not gate keeps its usual judgement
        assertThat(report.requirement("PR-002").orElseThrow().status()).isEqualTo(RequirementStatus.NOT_TESTED);
        assertThat(report.standard("DSP1042").orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    public void aRegisteredProfileStaysApplicable() {
        ConformanceReport report = ReportBuilder.build(CATALOGUE,
                run(Claims.everything(CATALOGUE), registering("Profile Registration", "System Virtualization")),
                List.of());

        assertThat(report.requirement("SV-001").orElseThrow().status()).isEqualTo(RequirementStatus.NOT_TESTED);
        assertThat(report.requirement("VS-001").orElseThrow().note()).contains("not registered");
    }

    @Test
    public void withoutDiscoveryTheUnclaimedNoteIsTheClaimsOne() {
        Claims declared = new Claims(Set.of("DSP1033"), Map.of(), Set.of());
        ConformanceReport report = ReportBuilder.build(CATALOGUE, run(declared, ProfileDiscovery.none()), List.of());

        assertThat(report.requirement("SV-001").orElseThrow().note())
                .isEqualTo("standard DSP1042 is not claimed by the target");
    }

    @Test
    public void disagreementsBetweenClaimsAndRegistrationsAreShownInSummaryAndJson() throws Exception {
        Claims declared = new Claims(Set.of("DSP1033", "DSP1057"), Map.of(), Set.of());
        ConformanceReport report = ReportBuilder.build(CATALOGUE,
                run(declared, registering("Profile Registration", "System Virtualization")), List.of());

        assertThat(report.requirement("SV-001").orElseThrow().status()).isEqualTo(RequirementStatus.NOT_TESTED);
        assertThat(SummaryPrinter.lines(report))
                .anySatisfy(line -> assertThat(line).startsWith("profile registration: DSP1057 is claimed"))
                .anySatisfy(line -> assertThat(line).startsWith("profile registration: DSP1042 is registered"));

        Path dir = Files.createTempDirectory("profile-registration");
        ReportWriter.writeAll(report, dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        JsonNode registration = json.path("run").path("profileRegistration");
        assertThat(registration.path("read").asBoolean()).isTrue();
        assertThat(registration.path("claimedNotRegistered").toString()).isEqualTo("[\"DSP1057\"]");
        assertThat(registration.path("registeredNotClaimed").toString()).isEqualTo("[\"DSP1042\"]");
        assertThat(registration.path("registered").get(1).path("standard").asText()).isEqualTo("DSP1042");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("DSP1057 is claimed by the target file");
    }
}
