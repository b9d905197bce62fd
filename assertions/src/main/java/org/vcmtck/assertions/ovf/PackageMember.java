package org.vcmtck.assertions.ovf;

import java.util.Map;
import java.util.Optional;

/**
 * One file of a package, as read: for an OVA a tar member in archive order, for a directory package a file below
 * the package folder (name relative to it, '/'-separated).
 *
 * @param name         the member name as stored
 * @param size         bytes stored
 * @param headerFormat the tar header format, {@link TarHeaderFormat#NONE} for loose files
 * @param magic        the 8 bytes at offset 257 of the header, printable (non-printables as \\xNN); empty for loose files
 * @param digests      hex digests of the stored bytes by manifest algorithm token: SHA1, SHA256, SHA512
 * @param leadingBytes up to the first four bytes (to tell gzip data from plain data)
 * @param textProblem  why the stored bytes are not plain UTF-8 text (OVF-I18N-005), empty when they are
 */
public record PackageMember(String name, long size, TarHeaderFormat headerFormat, String magic,
                            Map<String, String> digests, byte[] leadingBytes, Optional<String> textProblem) {

    public PackageMember {
        digests = Map.copyOf(digests);
        leadingBytes = leadingBytes.clone();
        textProblem = textProblem == null ? Optional.of("content not examined") : textProblem;
    }

    /** A member whose content was not read (a link or device entry): nothing is known of its text. */
    public PackageMember(String name, long size, TarHeaderFormat headerFormat, String magic,
                         Map<String, String> digests, byte[] leadingBytes) {
        this(name, size, headerFormat, magic, digests, leadingBytes, Optional.of("content not read"));
    }

    /** The hex digest for a manifest algorithm token (SHA1, SHA256, SHA512), if computed. */
    public Optional<String> digest(String algorithm) {
        return Optional.ofNullable(digests.get(algorithm));
    }

    /** True when the stored bytes start with the gzip magic (RFC 1952). */
    public boolean looksGzipped() {
        return leadingBytes.length >= 2 && (leadingBytes[0] & 0xff) == 0x1f && (leadingBytes[1] & 0xff) == 0x8b;
    }

    @Override
    public byte[] leadingBytes() {
        return leadingBytes.clone();
    }
}
