package org.vcmtck.profiles;

import java.util.Objects;

/**
 * An optional part of a standard that a target may claim or leave out (e.g. single-file OVA packages). Requirements
 * tied to an unclaimed feature are reported as not applicable.
 *
 * @param id    lower-case id used in target files, e.g. {@code ova}
 * @param title one line for reports
 * @param inReference whether the built-in reference implements it, and so claims it when run without claims;
 *                    a feature it lacks is then reported not applicable to it rather than left untested
 */
public record OptionalFeature(String id, String title, boolean inReference) {

    public OptionalFeature {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
    }

    public OptionalFeature(String id, String title) {
        this(id, title, true);
    }
}
