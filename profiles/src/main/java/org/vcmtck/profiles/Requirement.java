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
 */
public record Requirement(
        String id,
        Level level,
        String standard,
        String spec,
        String section,
        String statement,
        String feature,
        boolean unconfirmed) {

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

    /** The Gherkin tag naming this requirement. */
    public String tag() {
        return "@" + id;
    }
}
