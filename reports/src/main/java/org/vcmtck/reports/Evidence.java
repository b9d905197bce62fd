package org.vcmtck.reports;

import java.util.Objects;

/**
 * One piece of evidence a scenario attached: a decoded text attachment, a log line, or a placeholder naming a
 * binary attachment that the report does not reproduce.
 *
 * @param name      the attachment's name as the step gave it ("attachment" when it gave none)
 * @param mediaType its media type, e.g. {@code text/plain}
 * @param text      the decoded text, at most {@link TextCap#EVIDENCE_LIMIT} characters plus a truncation mark
 */
public record Evidence(String name, String mediaType, String text) {

    public Evidence {
        name = name == null || name.isBlank() ? "attachment" : name;
        mediaType = mediaType == null ? "" : mediaType;
        Objects.requireNonNull(text, "text");
    }
}
