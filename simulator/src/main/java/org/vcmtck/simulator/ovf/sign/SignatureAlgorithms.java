package org.vcmtck.simulator.ovf.sign;

import org.vcmtck.simulator.ovf.pkg.DigestAlgorithm;

import java.security.Key;

/** The JCA signature name for a manifest digest algorithm and a key type: RSA PKCS#1 v1.5 or ECDSA. */
final class SignatureAlgorithms {
    private SignatureAlgorithms() {
    }

    static String jcaName(DigestAlgorithm digest, Key key) {
        String scheme = switch (key.getAlgorithm()) {
            case "RSA" -> "RSA";
            case "EC", "ECDSA" -> "ECDSA";
            default -> throw new IllegalArgumentException("keys of type " + key.getAlgorithm()
                    + " are not supported for package signatures (RSA or EC)");
        };
        return digest.token() + "with" + scheme;
    }
}
