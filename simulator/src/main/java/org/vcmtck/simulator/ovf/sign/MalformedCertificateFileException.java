package org.vcmtck.simulator.ovf.sign;

/** Certificate file text that is not a signature line followed by PEM certificates (OVF-CERT-002). */
public final class MalformedCertificateFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedCertificateFileException(String message) {
        super(message);
    }
}
