package org.vcmtck.simulator.ovf.sign;

import org.vcmtck.simulator.ovf.pkg.DigestAlgorithm;

import java.io.StringReader;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certificate file ({@code .cert}) of a package (OVF-CERT-002): one line {@code ALGO(<manifest>)= <hex
 * signature>} over the manifest bytes, then the signer's certificate and any chain certificates in PEM.
 * Parsing is lenient about spaces and hex case like manifest lines (OVF-MF-010); {@link #format()} is strict.
 */
public record CertificateFile(DigestAlgorithm algorithm, String manifestName, byte[] signature,
                              List<X509Certificate> certificates) {
    private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z0-9-]+)\\s*\\(\\s*(.*?)\\s*\\)\\s*=\\s*"
            + "([0-9A-Fa-f]+)\\s*");

    public CertificateFile {
        signature = signature.clone();
        certificates = List.copyOf(certificates);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The signer's certificate: the first one. */
    public X509Certificate signer() {
        return certificates.get(0);
    }

    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(algorithm.token()).append('(').append(manifestName).append(")= ")
                .append(HexFormat.of().formatHex(signature)).append('\n');
        for (X509Certificate c : certificates) {
            b.append(PemFiles.pem(c));
        }
        return b.toString();
    }

    /** Parses certificate file text; throws with what is wrong (the caller reports it as OVF-CERT-002). */
    public static CertificateFile parse(String text) throws MalformedCertificateFileException {
        String[] lines = text.split("\r?\n|\r", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            throw new MalformedCertificateFileException("the certificate file is empty");
        }
        Matcher m = LINE.matcher(lines[first]);
        if (!m.matches()) {
            throw new MalformedCertificateFileException("the first line is not 'ALGO(manifest)= hex signature': '"
                    + abbreviate(lines[first]) + "'");
        }
        DigestAlgorithm algorithm = DigestAlgorithm.ofToken(m.group(1));
        if (algorithm == null) {
            throw new MalformedCertificateFileException("signature algorithm '" + m.group(1)
                    + "' is not SHA1, SHA256 or SHA512");
        }
        if (m.group(2).isEmpty()) {
            throw new MalformedCertificateFileException("the signature line names no manifest");
        }
        if (m.group(3).length() % 2 != 0) {
            throw new MalformedCertificateFileException("the signature has an odd number of hex digits");
        }
        byte[] signature = HexFormat.of().parseHex(m.group(3).toLowerCase(Locale.ROOT));
        String rest = String.join("\n", List.of(lines).subList(first + 1, lines.length));
        List<X509Certificate> certificates;
        try {
            certificates = PemFiles.parseCertificates(new StringReader(rest));
        } catch (Exception e) {
            throw new MalformedCertificateFileException("the PEM certificate cannot be read: " + e.getMessage());
        }
        if (certificates.isEmpty()) {
            throw new MalformedCertificateFileException("no PEM certificate (BEGIN CERTIFICATE) follows the"
                    + " signature line");
        }
        return new CertificateFile(algorithm, m.group(2), signature, certificates);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
