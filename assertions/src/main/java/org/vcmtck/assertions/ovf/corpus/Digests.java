package org.vcmtck.assertions.ovf.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lower-case hex digests by manifest token (SHA1, SHA256). */
final class Digests {

    private Digests() {
    }

    static String hex(String token, byte[] data) {
        String algorithm = switch (token) {
            case "SHA1" -> "SHA-1";
            case "SHA256" -> "SHA-256";
            case "SHA512" -> "SHA-512";
            default -> throw new IllegalArgumentException("no digest for manifest token " + token);
        };
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
