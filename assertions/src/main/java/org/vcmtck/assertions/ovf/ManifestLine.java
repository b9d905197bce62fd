package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a manifest. {@code strict} says whether it has exactly the form {@code ALGO(name)= hex} with a
 * digest of the algorithm's length (OVF-MF-001); the parts are also read from the looser spellings real tools
 * write ({@code SHA1 (x) = y}), so the other rules can still judge their content.
 *
 * @param number    1-based line number
 * @param raw       the line without its newline
 * @param strict    the exact producer form
 * @param algorithm the algorithm token, when the line could be read at all
 * @param fileName  the file name in parentheses
 * @param digest    the hex digest
 */
public record ManifestLine(int number, String raw, boolean strict, Optional<String> algorithm,
                           Optional<String> fileName, Optional<String> digest) {

    private static final Pattern STRICT = Pattern.compile("([A-Z0-9]+)\\(([^()]+)\\)= ([0-9a-fA-F]+)");
    private static final Pattern LENIENT =
            Pattern.compile("\\s*([A-Za-z0-9-]+)\\s*\\(\\s*(.+?)\\s*\\)\\s*=\\s*([0-9a-fA-F]+)\\s*");
    private static final Map<String, Integer> HEX_LENGTH = Map.of("SHA1", 40, "SHA256", 64, "SHA512", 128);

    /** The manifest's lines; a missing newline after the last line is reported as a non-strict last line. */
    public static List<ManifestLine> parse(String text) {
        List<ManifestLine> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        boolean finalNewline = text.endsWith("\n");
        String[] raw = (finalNewline ? text.substring(0, text.length() - 1) : text).split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(of(i + 1, raw[i], finalNewline || i < raw.length - 1));
        }
        return lines;
    }

    static ManifestLine of(int number, String raw, boolean terminated) {
        Matcher strict = STRICT.matcher(raw);
        if (strict.matches()) {
            Integer length = HEX_LENGTH.get(strict.group(1));
            boolean ok = terminated && (length == null || strict.group(3).length() == length);
            return new ManifestLine(number, raw, ok, Optional.of(strict.group(1)), Optional.of(strict.group(2)),
                    Optional.of(strict.group(3)));
        }
        Matcher lenient = LENIENT.matcher(raw);
        if (lenient.matches()) {
            return new ManifestLine(number, raw, false, Optional.of(lenient.group(1).toUpperCase(java.util.Locale.ROOT)),
                    Optional.of(lenient.group(2)), Optional.of(lenient.group(3)));
        }
        return new ManifestLine(number, raw, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether the digest has the length of its algorithm (unknown algorithms: unknown length, so false). */
    public boolean digestLengthMatches() {
        Integer length = algorithm.map(HEX_LENGTH::get).orElse(null);
        return length != null && digest.map(String::length).orElse(-1).equals(length);
    }

    public String location(String manifestName) {
        return manifestName + " line " + number;
    }
}
