package org.vcmtck.profiles;

import java.util.Objects;

/**
 * An optional part of a standard that a target may claim or leave out (e.g. single-file OVA packages). Requirements
 * tied to an unclaimed feature are reported as not applicable.
 *
 * @param id    lower-case id used in target files, e.g. {@code ova}
 * @param title one line for reports
 */
public record OptionalFeature(String id, String title) {

    public OptionalFeature {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
    }
}
