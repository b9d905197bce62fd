package org.vcmtck.assertions.ovf;

import java.util.Locale;

/** Member-name and href classification shared by the reader and the package rules. */
final class MemberNames {

    private MemberNames() {
    }

    /** A simple relative name: no absolute path, drive letter, backslash or ".." segment (OVF-PKG-012). */
    static boolean isSafeRelative(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** An href with a URL scheme (http:, file:, ...) names nothing inside the package. */
    static boolean hasScheme(String href) {
        return href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !href.matches("^[A-Za-z]:[\\\\/].*");
    }

    static boolean isDescriptor(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".ovf");
    }

    static boolean isManifest(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".mf");
    }

    static boolean isCertificate(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".cert");
    }

    /** The chunk member name for a chunked File: href + '.' + 9-digit zero-padded sequence number (OVF-REF-012). */
    static String chunkName(String href, int index) {
        return href + "." + String.format(Locale.ROOT, "%09d", index);
    }

    static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        String file = name.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }
}
