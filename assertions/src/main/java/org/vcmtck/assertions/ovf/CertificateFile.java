package org.vcmtck.assertions.ovf;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of a package's {@code .cert} member (DSP0243 §5.1): a signature line {@code ALGO(manifest)= hex}
 * followed by PEM {@code CERTIFICATE} blocks. Parsing never throws: what could not be read is kept as a problem per
 * block, so the rules can say exactly which part of the file is wrong. Only the JDK is used to decode certificates;
 * the checker must not depend on the code it checks.
 *
 * @param signatureLine         the signature line, when one precedes the first PEM block
 * @param linesBeforeSignature  non-blank lines that precede the signature line (or the first block, when there is
 *                              no signature line) — the signature line must come first
 * @param blocks                every PEM CERTIFICATE block in file order
 * @param signatureAfterBlocks  a signature-looking line found only after a certificate block
 */
record CertificateFile(Optional<SignatureLine> signatureLine, List<String> linesBeforeSignature,
                       List<PemBlock> blocks, Optional<String> signatureAfterBlocks) {

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";
    private static final Pattern STRICT = Pattern.compile("([A-Z0-9]+)\\(([^()]+)\\)= ([0-9a-fA-F]+)");
    private static final Pattern LENIENT =
            Pattern.compile("\\s*([A-Za-z0-9-]+)\\s*\\(\\s*(.+?)\\s*\\)\\s*=\\s*([0-9a-fA-F]*)\\s*");

    CertificateFile {
        linesBeforeSignature = List.copyOf(linesBeforeSignature);
        blocks = List.copyOf(blocks);
    }

    /**
     * The line {@code ALGO(file)= hex}, read leniently so its parts can still be judged.
     *
     * @param number    1-based line number in the certificate file
     * @param raw       the line as stored (without its newline, carriage return kept)
     * @param strict    exactly {@code ALGO(file)= hex} with no extra spaces
     * @param algorithm the algorithm token, upper-cased
     * @param fileName  the file name in parentheses
     * @param hex       the hex signature, possibly empty
     */
    record SignatureLine(int number, String raw, boolean strict, String algorithm, String fileName, String hex) {

        /** The signature bytes, when the hex is non-empty and of even length. */
        Optional<byte[]> signature() {
            if (hex.isEmpty() || hex.length() % 2 != 0) {
                return Optional.empty();
            }
            return Optional.of(HexFormat.of().parseHex(hex));
        }
    }

    /**
     * One PEM CERTIFICATE block.
     *
     * @param index       0-based position among the blocks
     * @param firstLine   1-based line of its BEGIN marker
     * @param certificate the decoded certificate, when the block is base64 of a DER X.509 certificate
     * @param problem     why it could not be decoded, when it could not
     */
    record PemBlock(int index, int firstLine, Optional<X509Certificate> certificate, Optional<String> problem) {

        String location(String memberName) {
            return memberName + " certificate block " + (index + 1) + " (line " + firstLine + ")";
        }
    }

    /** The first certificate block, which by convention holds the signer's certificate. */
    Optional<X509Certificate> signer() {
        return blocks.isEmpty() ? Optional.empty() : blocks.get(0).certificate();
    }

    static CertificateFile parse(String text) {
        String[] lines = text.split("\n", -1);
        Optional<SignatureLine> signature = Optional.empty();
        List<String> before = new ArrayList<>();
        List<PemBlock> blocks = new ArrayList<>();
        Optional<String> signatureAfterBlocks = Optional.empty();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.equals(BEGIN)) {
                int start = i;
                StringBuilder body = new StringBuilder();
                boolean ended = false;
                for (i++; i < lines.length; i++) {
                    if (lines[i].strip().equals(END)) {
                        ended = true;
                        break;
                    }
                    body.append(lines[i].strip());
                }
                blocks.add(decode(blocks.size(), start + 1, body.toString(), ended));
                continue;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher lenient = LENIENT.matcher(line);
            if (lenient.matches() && signature.isEmpty() && blocks.isEmpty()) {
                signature = Optional.of(new SignatureLine(i + 1, line, STRICT.matcher(line).matches(),
                        lenient.group(1).toUpperCase(java.util.Locale.ROOT), lenient.group(2), lenient.group(3)));
            } else if (lenient.matches() && signature.isEmpty()) {
                signatureAfterBlocks = Optional.of("line " + (i + 1) + ": \"" + line + "\"");
            } else if (signature.isEmpty() && blocks.isEmpty()) {
                before.add("line " + (i + 1) + ": \"" + abbreviate(line) + "\"");
            }
        }
        return new CertificateFile(signature, before, blocks, signatureAfterBlocks);
    }

    private static PemBlock decode(int index, int firstLine, String base64, boolean ended) {
        if (!ended) {
            return new PemBlock(index, firstLine, Optional.empty(), Optional.of("no " + END + " line"));
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new PemBlock(index, firstLine, Optional.empty(), Optional.of("not base64: " + e.getMessage()));
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            X509Certificate certificate = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
            return new PemBlock(index, firstLine, Optional.of(certificate), Optional.empty());
        } catch (CertificateException | RuntimeException e) {
            return new PemBlock(index, firstLine, Optional.empty(),
                    Optional.of("not a DER X.509 certificate: " + e.getMessage()));
        }
    }

    private static String abbreviate(String line) {
        String shown = line.replace("\r", "\\r");
        return shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
    }
}
