package org.vcmtck.reports.integrity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Adds the {@code integrity} member (digest, and signature when a signer is given) to a report tree. */
public final class ReportSeal {

    private ReportSeal() {
    }

    /**
     * A copy of the report with its {@code integrity} member computed over everything else; an {@code integrity}
     * member already present is replaced.
     */
    public static ObjectNode seal(ObjectNode report, Optional<ReportSigner> signer) {
        ObjectNode sealed = report.deepCopy();
        sealed.remove(IntegrityMember.NAME);
        byte[] content = IntegrityMember.protectedContent(sealed);
        ObjectNode integrity = sealed.putObject(IntegrityMember.NAME);
        integrity.put("canonicalization", IntegrityMember.CANONICALIZATION);
        ObjectNode digest = integrity.putObject("digest");
        digest.put("algorithm", IntegrityMember.DIGEST_ALGORITHM);
        digest.put("value", IntegrityMember.sha256Hex(content));
        signer.ifPresent(s -> {
            ObjectNode signature = integrity.putObject("signature");
            signature.put("format", IntegrityMember.SIGNATURE_FORMAT);
            signature.put("algorithm", s.algorithm());
            signature.put("value", s.sign(content));
        });
        return sealed;
    }
}
