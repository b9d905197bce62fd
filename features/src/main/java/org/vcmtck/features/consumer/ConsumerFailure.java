package org.vcmtck.features.consumer;

/**
 * The consumer could not be asked at all (its command cannot be started, the target file gives no way to pass a
 * choice, its listing failed). Distinct from a refused package, so that a scenario expecting a refusal cannot pass
 * because the tool is missing.
 */
public final class ConsumerFailure extends RuntimeException {

    public ConsumerFailure(String message) {
        super(message);
    }

    public ConsumerFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
