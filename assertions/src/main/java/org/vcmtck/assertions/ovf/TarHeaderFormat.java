package org.vcmtck.assertions.ovf;

/** The format a tar header declares in its magic and version fields (offset 257, 8 bytes). */
public enum TarHeaderFormat {
    /** {@code "ustar\0"} + {@code "00"}: POSIX USTAR (IEEE 1003.1), what OVF-PKG-005 asks for. */
    POSIX_USTAR,
    /** {@code "ustar  \0"}: the GNU tar format, which is not USTAR. */
    GNU,
    /** Anything else, e.g. a pre-POSIX (v7) header with no magic. */
    OTHER,
    /** A loose file of a directory package: there is no header. */
    NONE;

    static TarHeaderFormat of(byte[] magicAndVersion) {
        String text = new String(magicAndVersion, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.equals("ustar\u000000")) {
            return POSIX_USTAR;
        }
        if (text.equals("ustar  \u0000")) {
            return GNU;
        }
        return OTHER;
    }
}
