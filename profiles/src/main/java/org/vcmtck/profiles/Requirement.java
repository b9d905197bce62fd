package org.vcmtck.profiles;

import java.util.Objects;
import java.util.Optional;

/**
 * One requirement of the catalogue.
 *
 * @param id          stable id, also the Gherkin tag without its {@code @} (e.g. {@code OVF-PKG-007})
 * @param level       MUST, SHOULD, MAY or INFO
 * @param standard    id of the {@link Standard} (catalogue file) it belongs to, e.g. {@code DSP0243}
 * @param spec        the DMTF document it comes from, e.g. {@code DSP0243}, {@code DSP8023}
 * @param section     clause or section reference within that document, may be empty
 * @param statement   one line in our own words
 * @param feature     the optional feature it belongs to, when a target may leave it unclaimed; null when always applicable
 * @param unconfirmed true when the digest marks it as not yet confirmed by a second source
 * @param applies     when it cannot get a verdict from the suite (unobservable, or not applicable to some claims);
 *                    null when any target can be checked against it
 */
public record Requirement(
        String id,
        Level level,
        String standard,
        String spec,
        String section,
        String statement,
        String feature,
        boolean unconfirmed,
        Applicability applies) {

    /** A requirement every target can be checked against. */
    public Requirement(String id, Level level, String standard, String spec, String section, String statement,
                       String feature, boolean unconfirmed) {
        this(id, level, standard, spec, section, statement, feature, unconfirmed, null);
    }

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(standard, "standard");
        spec = spec == null ? "" : spec;
        section = section == null ? "" : section;
        statement = statement == null ? "" : statement;
    }

    /** The optional feature this requirement belongs to, if any. */
    public Optional<String> optionalFeature() {
        return Optional.ofNullable(feature);
    }

    /** Its applicability note, if the catalogue gives one. */
    public Optional<Applicability> applicability() {
        return Optional.ofNullable(applies);
    }

    /** The Gherkin tag naming this requirement. */
    public String tag() {
        return "@" + id;
    }
}
