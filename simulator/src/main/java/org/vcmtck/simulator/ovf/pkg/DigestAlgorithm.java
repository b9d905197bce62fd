package org.vcmtck.simulator.ovf.pkg;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** Manifest digest algorithms: the token written in a manifest line, the JCA name and the hex length. */
public enum DigestAlgorithm {
    SHA1("SHA1", "SHA-1", 40),
    SHA256("SHA256", "SHA-256", 64),
    SHA512("SHA512", "SHA-512", 128);

    private final String token;
    private final String jcaName;
    private final int hexLength;

    DigestAlgorithm(String token, String jcaName, int hexLength) {
        this.token = token;
        this.jcaName = jcaName;
        this.hexLength = hexLength;
    }

    /** As written in a manifest: {@code SHA1}, {@code SHA256}, {@code SHA512}. */
    public String token() {
        return token;
    }

    public int hexLength() {
        return hexLength;
    }

    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides " + jcaName, e);
        }
    }

    /** The algorithm for a manifest token (case-insensitive, "SHA-256" tolerated), or null when unknown. */
    public static DigestAlgorithm ofToken(String token) {
        String t = token.trim().toUpperCase(Locale.ROOT).replace("-", "");
        for (DigestAlgorithm a : values()) {
            if (a.token.equals(t)) {
                return a;
            }
        }
        return null;
    }
}
