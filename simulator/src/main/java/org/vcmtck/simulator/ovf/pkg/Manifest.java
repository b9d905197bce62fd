package org.vcmtck.simulator.ovf.pkg;

import org.vcmtck.simulator.ovf.OvfFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package manifest ({@code .mf}). Reading is lenient about spaces around the parentheses and the equals sign
 * and about hex case, because real tools write {@code SHA1 (x) = ABC...} (OVF-MF-010); writing is strict
 * ({@link ManifestEntry#line()}, LF after every line).
 */
public record Manifest(List<ManifestEntry> entries) {
    private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z0-9-]+)\\s*\\(\\s*(.*?)\\s*\\)\\s*=\\s*(\\S*)\\s*");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

    public Manifest {
        entries = List.copyOf(entries);
    }

    /** The entry for {@code fileName}, or null. */
    public ManifestEntry entry(String fileName) {
        return entries.stream().filter(e -> e.fileName().equals(fileName)).findFirst().orElse(null);
    }

    /** Strict text: one {@link ManifestEntry#line()} per entry, each ended by LF. */
    public String format() {
        StringBuilder b = new StringBuilder();
        for (ManifestEntry e : entries) {
            b.append(e.line()).append('\n');
        }
        return b.toString();
    }

    /**
     * Parses manifest text; lines that are malformed or use MD5/unknown algorithms are left out and reported in
     * {@code findings} against {@code member}. Blank lines are ignored.
     */
    public static Manifest parse(String text, String member, List<OvfFinding> findings) {
        List<ManifestEntry> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String where = " (line " + (i + 1) + ")";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                findings.add(OvfFinding.error("OVF-MF-001", member,
                        "not a manifest line 'ALGO(name)= hex': '" + abbreviate(line) + "'" + where));
                continue;
            }
            DigestAlgorithm algorithm = DigestAlgorithm.ofToken(m.group(1));
            if (algorithm == null) {
                findings.add(OvfFinding.error("OVF-MF-003", member, "digest algorithm '" + m.group(1)
                        + "' is not accepted (SHA1, SHA256 or SHA512)" + where));
                continue;
            }
            String hex = m.group(3);
            if (!HEX.matcher(hex).matches() || hex.length() != algorithm.hexLength()) {
                findings.add(OvfFinding.error("OVF-MF-001", member, "digest of " + m.group(2) + " is not "
                        + algorithm.hexLength() + " hex digits for " + algorithm.token() + where));
                continue;
            }
            if (m.group(2).isEmpty()) {
                findings.add(OvfFinding.error("OVF-MF-001", member, "empty file name" + where));
                continue;
            }
            out.add(new ManifestEntry(algorithm, m.group(2), hex.toLowerCase(Locale.ROOT)));
        }
        return new Manifest(out);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
