package org.vcmtck.profiles.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Standard;
import org.vcmtck.profiles.target.Claims;

public class ProfileDiscoveryTest {

    private static final Catalogue CATALOGUE = Catalogue.loadDefault();
    private static final String INTEROP = "root/interop";

    private static AdvertisedProfile profile(String name, String version) {
        return new AdvertisedProfile(name, version, "2");
    }

    @Test
    public void everyCimProfileOfTheCatalogueHasARegisteredName() {
        List<String> withNames = CATALOGUE.standards().stream().filter(s -> s.profileName().isPresent())
                .map(Standard::id).toList();
        assertThat(withNames).contains("DSP1033", "DSP1041", "DSP1042", "DSP1043", "DSP1044", "DSP1045", "DSP1047",
                "DSP1050", "DSP1057", "DSP1059", "DSP1081", "DSP1097").doesNotContain("DSP0200", "DSP0243");
        assertThat(CATALOGUE.standard("DSP1042").orElseThrow().profileName()).contains("System Virtualization");
    }

    @Test
    public void registrationsMapToCatalogueProfilesByExactName() {
        ProfileDiscovery discovery = ProfileDiscovery.of(CATALOGUE, INTEROP, List.of(
                profile("System Virtualization", "1.0.0"), profile("virtual system", "1.0.0"),
                profile("Profile Registration", "1.0.0")));
        assertThat(discovery.registered()).containsOnlyKeys("DSP1042", "DSP1033");
        assertThat(discovery.unknown()).extracting(AdvertisedProfile::name).containsExactly("virtual system");
    }

    @Test
    public void implicitClaimsLoseEveryUnregisteredProfileButKeepTheRest() {
        Claims everything = Claims.everything(CATALOGUE);
        ProfileDiscovery discovery = ProfileDiscovery.of(CATALOGUE, INTEROP,
                List.of(profile("Profile Registration", "1.0.0")));
        Claims effective = discovery.effectiveClaims(everything);
        assertThat(effective.standards()).contains("DSP1033", "DSP0200", "DSP0243", "CIM-CROSS")
                .doesNotContain("DSP1042", "DSP1057", "DSP1097", "DSP1081");
        assertThat(effective.features()).isEqualTo(everything.features());
        assertThat(discovery.unclaimedReason("DSP1042")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("not registered in the interop namespace root/interop").contains("System Virtualization"));
        assertThat(discovery.unclaimedReason("DSP1033")).isEmpty();
        assertThat(discovery.unclaimedReason("DSP0200")).isEmpty();
        assertThat(discovery.findings(everything)).isEmpty();
    }

    @Test
    public void declaredClaimsGainRegisteredProfilesAndDisagreementsAreFindings() {
        Claims declared = new Claims(Set.of("DSP0200", "DSP1033", "DSP1057"), Map.of("DSP1042", "1.0.0"), Set.of());
        ProfileDiscovery discovery = ProfileDiscovery.of(CATALOGUE, INTEROP, List.of(
                profile("System Virtualization", "1.1.0"), profile("Acme Widgets", "2.0.0")));
        Claims effective = discovery.effectiveClaims(declared);
        assertThat(effective.standards()).containsExactlyInAnyOrder("DSP0200", "DSP1033", "DSP1057", "DSP1042");
        assertThat(discovery.declaredNotRegistered(declared)).containsExactly("DSP1057");
        assertThat(discovery.registeredNotDeclared(declared)).containsExactly("DSP1042");
        assertThat(discovery.versionMismatches(declared)).containsExactly("DSP1042 declared 1.0.0, registered 1.1.0");
        assertThat(discovery.findings(declared)).hasSize(4)
                .anySatisfy(line -> assertThat(line).contains("Acme Widgets").contains("not in the catalogue"));
    }

    @Test
    public void aDiscoveryThatCouldNotReadChangesNothingAndSaysWhy() {
        Claims everything = Claims.everything(CATALOGUE);
        ProfileDiscovery failed = ProfileDiscovery.failed(INTEROP, "CIM_ERR_INVALID_NAMESPACE");
        assertThat(failed.effectiveClaims(everything)).isEqualTo(everything);
        assertThat(failed.unclaimedReason("DSP1042")).isEmpty();
        assertThat(failed.findings(everything)).singleElement().asString().contains("CIM_ERR_INVALID_NAMESPACE");
        assertThat(ProfileDiscovery.none().effectiveClaims(everything)).isEqualTo(everything);
    }
}
