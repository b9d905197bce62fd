package org.vcmtck.assertions.cimi;

import java.util.Locale;
import java.util.Optional;

/** The two serialisations of CIMI representations (DSP0263 HTTP binding). */
public enum CimiFormat {
    JSON("application/json"),
    XML("application/xml");

    private final String mediaType;

    CimiFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a Content-Type header names, ignoring parameters such as charset; empty for anything else. */
    public static Optional<CimiFormat> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (bare) {
            case "application/json" -> Optional.of(JSON);
            // text/xml is a common synonym (CIMI-HTTP-013); reading it costs nothing
            case "application/xml", "text/xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }
}
