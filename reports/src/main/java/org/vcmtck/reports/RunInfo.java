package org.vcmtck.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vcmtck.profiles.registration.ProfileDiscovery;
import org.vcmtck.profiles.target.Claims;

/**
 * Provenance of one run, printed at the head of every report.
 *
 * @param targetName        the target's name
 * @param targetDescription free text, may be null
 * @param builtInReference  true when the target was the built-in reference simulator
 * @param claims            what the target claims to implement
 * @param suiteVersion      the kit's version
 * @param gitCommit         the kit's commit, may be null
 * @param tagExpression     the Cucumber tag expression that selected the scenarios, may be null or blank
 * @param seed              the reference's seed, null for other targets
 * @param simulatorOptions  how the reference was started (name → value), in display order; may be null
 * @param started           when the scenarios started, may be null
 * @param finished          when they finished, may be null
 * @param profileDiscovery  what the target registers in its interop namespace, read at run start; {@code claims}
 *                          are already the effective ones it gave ({@link ProfileDiscovery#none()} when not read)
 * @param declaredClaims    the claims as the target file (or the kit's default) gave them, before discovery
 */
public record RunInfo(String targetName, String targetDescription, boolean builtInReference, Claims claims,
                      String suiteVersion, String gitCommit, String tagExpression, Long seed,
                      Map<String, String> simulatorOptions, Instant started, Instant finished,
                      ProfileDiscovery profileDiscovery, Claims declaredClaims) {

    /** A run without profile discovery. */
    public RunInfo(String targetName, String targetDescription, boolean builtInReference, Claims claims,
                   String suiteVersion, String gitCommit, String tagExpression, Long seed,
                   Map<String, String> simulatorOptions, Instant started, Instant finished) {
        this(targetName, targetDescription, builtInReference, claims, suiteVersion, gitCommit, tagExpression, seed,
                simulatorOptions, started, finished, ProfileDiscovery.none(), claims);
    }

    public RunInfo {
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(claims, "claims");
        targetDescription = targetDescription == null ? "" : targetDescription;
        suiteVersion = suiteVersion == null ? "" : suiteVersion;
        gitCommit = gitCommit == null ? "" : gitCommit;
        tagExpression = tagExpression == null ? "" : tagExpression;
        simulatorOptions = simulatorOptions == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(simulatorOptions));
        profileDiscovery = profileDiscovery == null ? ProfileDiscovery.none() : profileDiscovery;
        declaredClaims = declaredClaims == null ? claims : declaredClaims;
    }

    /** Disagreements between the registered profiles and the declared claims, one line each (may be empty). */
    public java.util.List<String> profileFindings() {
        return profileDiscovery.findings(declaredClaims);
    }

    /** How long the scenarios ran, when both ends are known. */
    public Optional<Duration> duration() {
        if (started == null || finished == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(started, finished));
    }
}
