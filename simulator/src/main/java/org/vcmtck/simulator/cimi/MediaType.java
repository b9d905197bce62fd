package org.vcmtck.simulator.cimi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The two representations a CIMI provider serves, and the Accept / Content-Type rules that pick one. */
public enum MediaType {
    JSON("application/json"), XML("application/xml");

    private final String contentType;

    MediaType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType + "; charset=UTF-8";
    }

    /**
     * The representation to answer with. No Accept header, or wildcards, mean JSON; text/xml is taken as XML.
     * Highest q wins; media ranges with q=0 are refused. Nothing acceptable → 406.
     */
    public static MediaType negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        record Range(String type, double q, int order) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            double q = 1.0;
            for (int p = 1; p < pieces.length; p++) {
                String param = pieces[p].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(pieces[0].trim().toLowerCase(Locale.ROOT), q, i));
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
        for (Range range : ranges) {
            if (range.q() <= 0) {
                continue;
            }
            MediaType chosen = switch (range.type()) {
                case "application/json", "application/*", "*/*" -> JSON;
                case "application/xml", "text/xml", "text/*" -> XML;
                default -> null;
            };
            if (chosen != null) {
                return chosen;
            }
        }
        throw new CimiException(406, "cannot produce any of '" + accept
                + "'; this provider serves application/json and application/xml");
    }

    /** The format of a request body from its Content-Type; anything but JSON or XML → 415. */
    public static MediaType ofBody(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new CimiException(415, "a request body needs a Content-Type (application/json or application/xml)");
        }
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/json" -> JSON;
            case "application/xml", "text/xml" -> XML;
            default -> throw new CimiException(415, "unsupported Content-Type '" + contentType
                    + "'; send application/json or application/xml");
        };
    }
}
