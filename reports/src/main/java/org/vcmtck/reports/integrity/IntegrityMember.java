package org.vcmtck.reports.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code integrity} member of report.json and the content it protects: the report's canonical form (RFC 8785)
 * with that member left out, so the digest and signature can live inside the file they cover.
 *
 * <p>Shape: {@code integrity: {canonicalization, digest: {algorithm, value}, signature?: {format, algorithm,
 * value}}}. Only the canonical content is protected by the digest; the file's exact bytes (layout included) are
 * checked by {@link ReportVerifier} against the layout the writer gives them.
 */
public final class IntegrityMember {

    public static final String NAME = "integrity";
    public static final String CANONICALIZATION = "JCS (RFC 8785) without this member";
    public static final String DIGEST_ALGORITHM = "SHA-256";
    public static final String SIGNATURE_FORMAT = "JWS (RFC 7515) compact serialization, detached payload";

    private IntegrityMember() {
    }

    /** The bytes the digest and the signature are computed over. */
    public static byte[] protectedContent(JsonNode report) {
        ObjectNode copy = ((ObjectNode) report).deepCopy();
        copy.remove(NAME);
        return CanonicalJson.canonical(copy);
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
