package org.vcmtck.reports.integrity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks a report.json written with an {@code integrity} member: the digest of its canonical content, its
 * signature when it has one, and that its bytes are exactly the layout the writer gives that content (so even a
 * whitespace edit is refused).
 *
 * <p>Which key checks a signature: the one given ({@code --cert}/{@code --public-key}); without one, the certificate
 * embedded in the signature's header, reported as such, because that only shows the content is unchanged since
 * whoever holds that certificate's key signed it (anyone can embed their own certificate); without either, the
 * signature is reported as not checked. A key given for a report without a signature is a finding: the signature
 * may have been stripped.
 */
public final class ReportVerifier {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ReportVerifier() {
    }

    public static Verification verify(byte[] file, Optional<VerificationKey> key) {
        List<String> checked = new ArrayList<>();
        JsonNode report;
        try {
            report = MAPPER.readTree(file);
        } catch (JsonProcessingException e) {
            return new Verification.Unusable("not JSON: " + e.getOriginalMessage(), checked);
        } catch (IOException e) {
            return new Verification.Unusable("cannot be read: " + e.getMessage(), checked);
        }
        if (report == null || !report.isObject()) {
            return new Verification.Unusable("not a JSON object, so not a report", checked);
        }
        JsonNode integrity = report.get(IntegrityMember.NAME);
        if (integrity == null || !integrity.isObject()) {
            return new Verification.Unusable("no '" + IntegrityMember.NAME + "' member: the report was written"
                    + " without tamper evidence", checked);
        }
        String canonicalization = integrity.path("canonicalization").asText(null);
        if (!IntegrityMember.CANONICALIZATION.equals(canonicalization)) {
            return new Verification.Unusable("unknown canonicalization '" + canonicalization + "' (expected '"
                    + IntegrityMember.CANONICALIZATION + "')", checked);
        }
        JsonNode digest = integrity.path("digest");
        if (!IntegrityMember.DIGEST_ALGORITHM.equals(digest.path("algorithm").asText(null))
                || !digest.path("value").isTextual()) {
            return new Verification.Unusable("integrity.digest must name algorithm " + IntegrityMember.DIGEST_ALGORITHM
                    + " and a hex value", checked);
        }

        byte[] content = IntegrityMember.protectedContent(report);
        String recorded = digest.get("value").textValue();
        String actual = IntegrityMember.sha256Hex(content);
        if (!actual.equals(recorded)) {
            checked.add("digest: MISMATCH (recorded " + recorded + ", content hashes to " + actual + ")");
            return new Verification.Tampered(Tampering.DIGEST_MISMATCH, "the content does not hash to the"
                    + " recorded SHA-256 digest", checked);
        }
        checked.add("digest: SHA-256 of the canonical content matches (" + actual + ")");

        Optional<Verification> signatureFinding = checkSignature(integrity.get("signature"), content, key, checked);
        if (signatureFinding.isPresent()) {
            return signatureFinding.get();
        }

        if (!Arrays.equals(CanonicalJson.pretty(report), file)) {
            checked.add("layout: the file's bytes differ from the layout its content is written in");
            return new Verification.Tampered(Tampering.LAYOUT_CHANGED, "the content is intact but the file was"
                    + " edited outside its values (whitespace or layout)", checked);
        }
        checked.add("layout: the file is byte for byte as written");
        return new Verification.Valid(checked);
    }

    /** A finding that ends the verification, or empty to go on. */
    private static Optional<Verification> checkSignature(JsonNode signature, byte[] content,
            Optional<VerificationKey> given, List<String> checked) {
        if (signature == null) {
            if (given.isPresent()) {
                checked.add("signature: NONE, though " + given.get().description() + " was given to check it");
                return Optional.of(new Verification.Tampered(Tampering.SIGNATURE_MISSING, "the report carries no"
                        + " signature (it may have been removed)", checked));
            }
            checked.add("signature: none (the report is not signed)");
            return Optional.empty();
        }
        if (!signature.isObject() || !signature.path("value").isTextual()
                || !IntegrityMember.SIGNATURE_FORMAT.equals(signature.path("format").asText(null))) {
            return Optional.of(new Verification.Unusable("integrity.signature must have format '"
                    + IntegrityMember.SIGNATURE_FORMAT + "' and a value", checked));
        }
        String jws = signature.get("value").textValue();
        Optional<String> headerAlgorithm = SignatureCheck.algorithm(jws);
        if (headerAlgorithm.isEmpty() || !headerAlgorithm.get().equals(signature.path("algorithm").asText(null))) {
            checked.add("signature: MALFORMED (its algorithm does not match the JWS header, or the JWS is unreadable)");
            return Optional.of(new Verification.Tampered(Tampering.BAD_SIGNATURE, "the signature's algorithm or"
                    + " JWS header was altered", checked));
        }
        Optional<VerificationKey> key = given;
        if (key.isEmpty()) {
            try {
                Optional<X509Certificate> embedded = SignatureCheck.embeddedCertificate(jws);
                key = embedded.map(c -> VerificationKey.of(c, "the certificate embedded in the signature, not"
                        + " checked against any trust anchor"));
            } catch (ParseException e) {
                checked.add("signature: MALFORMED (" + e.getMessage() + ")");
                return Optional.of(new Verification.Tampered(Tampering.BAD_SIGNATURE, e.getMessage(), checked));
            }
        }
        if (key.isEmpty()) {
            checked.add("signature: present (" + headerAlgorithm.get() + ") but NOT CHECKED: no --cert or"
                    + " --public-key given and no certificate embedded");
            return Optional.empty();
        }
        Optional<String> problem = SignatureCheck.problem(jws, content, key.get());
        if (problem.isPresent()) {
            checked.add("signature: BAD (" + problem.get() + ")");
            return Optional.of(new Verification.Tampered(Tampering.BAD_SIGNATURE, problem.get(), checked));
        }
        checked.add("signature: valid " + headerAlgorithm.get() + " JWS for " + key.get().description());
        return Optional.empty();
    }
}
