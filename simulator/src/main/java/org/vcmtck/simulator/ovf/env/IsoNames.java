package org.vcmtck.simulator.ovf.env;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The two spellings of one name on the medium. The primary tree only allows d-characters (A-Z, 0-9, '_'), one
 * dot and a ";1" version in file names, so names are upper-cased and other characters become '_' (level 2
 * lengths: at most 30 characters). Joliet keeps the real name in UCS-2, at most 64 characters, without the
 * characters Joliet forbids.
 */
final class IsoNames {
    static final int MAX_JOLIET_CHARS = 64;
    private static final int MAX_PRIMARY_CHARS = 30;
    private static final String JOLIET_FORBIDDEN = "*/:;?\\";

    private IsoNames() {
    }

    /**
     * The primary-tree identifier: {@code NAME.EXT;1} for a file, {@code NAME} for a directory. {@code attempt}
     * 0 is the plain mapping; a sibling that maps to the same identifier (different case or punctuation, or
     * truncation) asks again with 1, 2, ..., which puts "_1", "_2", ... at the end of the name part.
     */
    static String primary(String name, boolean directory, int attempt) {
        String suffix = attempt == 0 ? "" : "_" + attempt;
        if (directory) {
            return dChars(name.replace('.', '_'), MAX_PRIMARY_CHARS - suffix.length()) + suffix;
        }
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        ext = ext.isEmpty() ? "" : dChars(ext, Math.min(ext.length(), 3 + MAX_PRIMARY_CHARS / 2));
        base = dChars(base.replace('.', '_'), MAX_PRIMARY_CHARS - ext.length() - suffix.length()) + suffix;
        return base + "." + ext + ";1";
    }

    static byte[] primaryBytes(String name, boolean directory, int attempt) {
        return primary(name, directory, attempt).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] jolietBytes(String name) {
        return name.getBytes(StandardCharsets.UTF_16BE);
    }

    /** Why {@code name} cannot be a Joliet name, or null when it can. */
    static String jolietProblem(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "empty, '.' or '..' path segment";
        }
        if (name.length() > MAX_JOLIET_CHARS) {
            return "segment '" + name + "' is longer than " + MAX_JOLIET_CHARS + " characters";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || JOLIET_FORBIDDEN.indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return "segment '" + name + "' holds a character Joliet does not allow (U+"
                        + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }

    private static String dChars(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
            if (b.length() == max) {
                break;
            }
            b.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return b.length() == 0 ? "_" : b.toString();
    }
}
