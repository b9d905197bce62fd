package org.vcmtck.profiles.registration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Standard;
import org.vcmtck.profiles.target.Claims;

/**
 * What a run learnt at its start from the target's interop namespace: which catalogue CIM profiles the target
 * registers (matched by exact RegisteredName), which registrations the catalogue does not know, and where the
 * registrations and the target file's declared claims disagree.
 *
 * <p>Registration decides applicability only for catalogue standards that are registered profiles, and never for
 * Profile Registration itself: its requirements are what the registrations are checked against, so a target
 * lacking them must be seen failing or untested, not excused.
 */
public final class ProfileDiscovery {

    /** The standard whose RegisteredProfile instances this discovery reads; it is never gated by them. */
    public static final String REGISTRATION_PROFILE = "DSP1033";

    private final boolean performed;
    private final String interopNamespace;
    private final String problem;
    private final List<AdvertisedProfile> advertised;
    private final Map<String, AdvertisedProfile> registered;
    private final List<AdvertisedProfile> unknown;
    private final Map<String, String> gatedNames;

    private ProfileDiscovery(boolean performed, String interopNamespace, String problem,
                             List<AdvertisedProfile> advertised, Map<String, AdvertisedProfile> registered,
                             List<AdvertisedProfile> unknown, Map<String, String> gatedNames) {
        this.performed = performed;
        this.interopNamespace = interopNamespace == null ? "" : interopNamespace;
        this.problem = problem == null ? "" : problem;
        this.advertised = List.copyOf(advertised);
        this.registered = Collections.unmodifiableMap(new LinkedHashMap<>(registered));
        this.unknown = List.copyOf(unknown);
        this.gatedNames = Collections.unmodifiableMap(new LinkedHashMap<>(gatedNames));
    }

    /** No discovery: the target has no WBEM endpoint, or the run did not ask. Changes nothing. */
    public static ProfileDiscovery none() {
        return new ProfileDiscovery(false, "", "", List.of(), Map.of(), List.of(), Map.of());
    }

    /** A discovery that was tried and could not read the registrations; claims stay as declared. */
    public static ProfileDiscovery failed(String interopNamespace, String problem) {
        Objects.requireNonNull(problem, "problem");
        return new ProfileDiscovery(false, interopNamespace, problem, List.of(), Map.of(), List.of(), Map.of());
    }

    /** Maps the registrations read from {@code interopNamespace} onto the catalogue's registered profiles. */
    public static ProfileDiscovery of(Catalogue catalogue, String interopNamespace,
                                      List<AdvertisedProfile> advertised) {
        Map<String, String> idByName = new LinkedHashMap<>();
        Map<String, String> gated = new LinkedHashMap<>();
        for (Standard standard : catalogue.standards()) {
            standard.profileName().ifPresent(name -> {
                idByName.put(name, standard.id());
                if (!standard.id().equals(REGISTRATION_PROFILE)) {
                    gated.put(standard.id(), name);
                }
            });
        }
        Map<String, AdvertisedProfile> registered = new LinkedHashMap<>();
        List<AdvertisedProfile> unknown = new ArrayList<>();
        for (AdvertisedProfile profile : advertised) {
            String id = idByName.get(profile.name());
            if (id == null) {
                unknown.add(profile);
            } else {
                registered.putIfAbsent(id, profile);
            }
        }
        return new ProfileDiscovery(true, interopNamespace, "", advertised, registered, unknown, gated);
    }

    /** Whether the registrations were read. */
    public boolean performed() {
        return performed;
    }

    /** Why they could not be read; empty when they were or when nobody tried. */
    public String problem() {
        return problem;
    }

    public String interopNamespace() {
        return interopNamespace;
    }

    /** Every RegisteredProfile read, in server order. */
    public List<AdvertisedProfile> advertised() {
        return advertised;
    }

    /** Catalogue standard id → the registration that names it. */
    public Map<String, AdvertisedProfile> registered() {
        return registered;
    }

    /** Registrations whose RegisteredName no catalogue profile has. */
    public List<AdvertisedProfile> unknown() {
        return unknown;
    }

    /**
     * The claims the run judges by. Declared claims (a target file's) gain every registered profile: the target says
     * it implements them. Implicit claims (everything, for the built-in reference) lose each profile it does not
     * register. Unperformed discovery changes nothing.
     */
    public Claims effectiveClaims(Claims claims) {
        if (!performed) {
            return claims;
        }
        Set<String> standards = new LinkedHashSet<>(claims.standards());
        if (claims.implicit()) {
            gatedNames.keySet().stream().filter(id -> !registered.containsKey(id)).forEach(standards::remove);
        } else {
            standards.addAll(registered.keySet());
        }
        return claims.withStandards(standards);
    }

    /** Why a profile is not claimed, when the reason is that the target does not register it. */
    public Optional<String> unclaimedReason(String standardId) {
        if (!performed || !gatedNames.containsKey(standardId) || registered.containsKey(standardId)) {
            return Optional.empty();
        }
        return Optional.of("profile " + standardId + " ('" + gatedNames.get(standardId)
                + "') is not registered in the interop namespace " + interopNamespace);
    }

    /** Catalogue profiles the target file declares but does not register (declared claims only). */
    public List<String> declaredNotRegistered(Claims declared) {
        if (!performed || declared.implicit()) {
            return List.of();
        }
        return gatedNames.keySet().stream().filter(declared::claimsStandard)
                .filter(id -> !registered.containsKey(id)).toList();
    }

    /** Catalogue profiles the target registers but its file does not declare (declared claims only). */
    public List<String> registeredNotDeclared(Claims declared) {
        if (!performed || declared.implicit()) {
            return List.of();
        }
        return registered.keySet().stream().filter(id -> !declared.claimsStandard(id)).toList();
    }

    /** Profiles whose declared version differs from the registered RegisteredVersion. */
    public List<String> versionMismatches(Claims declared) {
        List<String> out = new ArrayList<>();
        registered.forEach((id, profile) -> {
            String version = declared.versions().get(id);
            if (version != null && !version.equals(profile.version())) {
                out.add(id + " declared " + version + ", registered " + profile.version());
            }
        });
        return out;
    }

    /**
     * One line per disagreement or oddity worth a reader's attention, for the report summary; empty when the
     * registrations and the declared claims agree.
     */
    public List<String> findings(Claims declared) {
        List<String> out = new ArrayList<>();
        if (!problem.isEmpty()) {
            out.add("the profiles registered in " + interopNamespace + " could not be read: " + problem);
        }
        declaredNotRegistered(declared).forEach(id -> out.add(id + " is claimed by the target file but not "
                + "registered in the interop namespace"));
        registeredNotDeclared(declared).forEach(id -> out.add(id + " is registered in the interop namespace but "
                + "not claimed by the target file (checked as claimed)"));
        versionMismatches(declared).forEach(line -> out.add("version mismatch: " + line));
        unknown.forEach(profile -> out.add("registered profile " + profile + " is not in the catalogue"));
        return out;
    }
}
