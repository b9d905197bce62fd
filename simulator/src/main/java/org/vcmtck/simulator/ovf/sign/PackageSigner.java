package org.vcmtck.simulator.ovf.sign;

import org.vcmtck.simulator.ovf.pkg.DigestAlgorithm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Signs package manifests with a private key and the certificate chain that goes with it (signer first).
 * The key must belong to the first certificate: {@link #of} proves it by signing and verifying a probe, so a
 * mismatched pair is refused before anything is exported.
 */
public final class PackageSigner {
    private static final byte[] PROBE = "vcm-tck key/certificate pairing probe".getBytes(StandardCharsets.US_ASCII);

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private PackageSigner(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /** A signer after checking that {@code key} matches {@code chain.get(0)}. */
    public static PackageSigner of(PrivateKey key, List<X509Certificate> chain) throws KeyMaterialException {
        if (chain.isEmpty()) {
            throw new KeyMaterialException(null, "no certificate given for the signing key", null);
        }
        try {
            byte[] sig = sign(key, DigestAlgorithm.SHA256, PROBE);
            Signature verifier = Signature.getInstance(SignatureAlgorithms.jcaName(DigestAlgorithm.SHA256,
                    chain.get(0).getPublicKey()));
            verifier.initVerify(chain.get(0).getPublicKey());
            verifier.update(PROBE);
            if (!verifier.verify(sig)) {
                throw new KeyMaterialException(null, "the private key does not match the certificate", null);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyMaterialException(null, "the private key does not match the certificate ("
                    + e.getMessage() + ")", e);
        }
        return new PackageSigner(key, chain);
    }

    /** Reads {@code keyFile} and {@code certificateFile} (PEM) and pairs them; messages name the file at fault. */
    public static PackageSigner fromPem(Path keyFile, Path certificateFile) throws KeyMaterialException {
        PrivateKey key = PemFiles.readPrivateKey(keyFile);
        List<X509Certificate> chain = PemFiles.readCertificates(certificateFile);
        try {
            return of(key, chain);
        } catch (KeyMaterialException e) {
            throw new KeyMaterialException(null, keyFile + " and " + certificateFile + ": " + e.getMessage(), e);
        }
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    /** The certificate file for {@code manifestBytes} stored as {@code manifestName}. */
    public CertificateFile sign(byte[] manifestBytes, String manifestName, DigestAlgorithm algorithm) {
        try {
            return new CertificateFile(algorithm, manifestName, sign(key, algorithm, manifestBytes), chain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with a key that signed the pairing probe failed", e);
        }
    }

    private static byte[] sign(PrivateKey key, DigestAlgorithm algorithm, byte[] data)
            throws GeneralSecurityException {
        Signature s = Signature.getInstance(SignatureAlgorithms.jcaName(algorithm, key));
        s.initSign(key);
        s.update(data);
        return s.sign();
    }
}
