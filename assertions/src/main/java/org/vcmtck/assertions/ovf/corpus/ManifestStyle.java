package org.vcmtck.assertions.ovf.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How a package's manifest is written. The spaced form ({@code SHA256 (name) = hex}) is what some real tools
 * write: producers must not (OVF-MF-001) but consumers should tolerate it (OVF-MF-010).
 */
enum ManifestStyle {
    NONE(null, false),
    SHA1("SHA1", false),
    SHA256("SHA256", false),
    SHA256_SPACED("SHA256", true);

    private final String token;
    private final boolean spaced;

    ManifestStyle(String token, boolean spaced) {
        this.token = token;
        this.spaced = spaced;
    }

    String token() {
        return token;
    }

    /** The manifest text for the members, one line each, in the order given. */
    byte[] manifest(List<Member> members) {
        if (this == NONE) {
            throw new IllegalStateException("a package without manifest has no manifest text");
        }
        StringBuilder text = new StringBuilder();
        for (Member member : members) {
            String digest = Digests.hex(token, member.bytes());
            text.append(spaced ? token + " (" + member.name() + ") = " + digest
                    : token + "(" + member.name() + ")= " + digest).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
