package org.vcmtck.reports.integrity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PEM blocks ({@code -----BEGIN LABEL-----}) of a key or certificate file. */
final class PemFile {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

    record Block(String label, byte[] der) {
    }

    private final Path file;
    private final List<Block> blocks;

    private PemFile(Path file, List<Block> blocks) {
        this.file = file;
        this.blocks = blocks;
    }

    static PemFile read(Path file) throws KeyFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeyFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            try {
                blocks.add(new Block(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2))));
            } catch (IllegalArgumentException e) {
                throw new KeyFileException(file, "the PEM block '" + matcher.group(1) + "' is not valid base64", e);
            }
        }
        if (blocks.isEmpty()) {
            throw new KeyFileException(file, "is not a PEM file (no -----BEGIN ...----- block)");
        }
        return new PemFile(file, blocks);
    }

    Path file() {
        return file;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The file's X.509 certificates, first the signer's; fails when it has none. */
    List<X509Certificate> certificates() throws KeyFileException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Block block : blocks) {
            if (block.label().equals("CERTIFICATE")) {
                certificates.add(certificate(file, block.der()));
            }
        }
        if (certificates.isEmpty()) {
            throw new KeyFileException(file, "holds no CERTIFICATE block (found: " + labels() + ")");
        }
        return certificates;
    }

    String labels() {
        return String.join(", ", blocks.stream().map(Block::label).toList());
    }

    static X509Certificate certificate(Path file, byte[] der) throws KeyFileException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new KeyFileException(file, "the certificate cannot be parsed (" + e.getMessage() + ")", e);
        }
    }
}
