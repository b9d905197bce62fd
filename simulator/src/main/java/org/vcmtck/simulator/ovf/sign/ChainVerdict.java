package org.vcmtck.simulator.ovf.sign;

/**
 * What PKIX validation of a package certificate chain concluded. {@code stoppedAt} is the subject of the
 * certificate where validation stopped (the signer when the chain is trusted), {@code detail} says why.
 */
public record ChainVerdict(Status status, String stoppedAt, String detail) {
    public enum Status {
        /** The chain leads to a trust anchor and every certificate is current. */
        TRUSTED,
        /** No trust anchor vouches for the last certificate reached. */
        UNTRUSTED,
        EXPIRED,
        NOT_YET_VALID,
        /** The chain is broken in another way: a wrong signature, a non-CA issuer, a bad extension. */
        INVALID
    }

    public boolean trusted() {
        return status == Status.TRUSTED;
    }

    /** One line for messages: status token, subject and reason. */
    public String describe() {
        return switch (status) {
            case TRUSTED -> "TRUSTED_CERTIFICATE: " + stoppedAt + " leads to a trust anchor";
            case UNTRUSTED -> "UNTRUSTED_CERTIFICATE: the chain stops at " + stoppedAt + ": " + detail;
            case EXPIRED -> "EXPIRED_CERTIFICATE: " + stoppedAt + " " + detail;
            case NOT_YET_VALID -> "NOT_YET_VALID_CERTIFICATE: " + stoppedAt + " " + detail;
            case INVALID -> "INVALID_CERTIFICATE_CHAIN: at " + stoppedAt + ": " + detail;
        };
    }
}
