package org.vcmtck.features.target;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands the session of the current run to the glue code. Cucumber instantiates step classes reflectively, so
 * the runner publishes the session here before the scenarios start and withdraws it afterwards; one run at a
 * time per JVM, which {@link #open} enforces.
 */
public final class ActiveTarget {

    private static final AtomicReference<TargetSession> CURRENT = new AtomicReference<>();

    private ActiveTarget() {
    }

    /** Publishes the session; the returned handle withdraws it when closed. */
    public static AutoCloseable open(TargetSession session) {
        if (!CURRENT.compareAndSet(null, session)) {
            throw new IllegalStateException("another conformance run is already active in this JVM");
        }
        return () -> CURRENT.compareAndSet(session, null);
    }

    public static Optional<TargetSession> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The session, or a clear error when a scenario runs outside {@code vcmtck check}. */
    public static TargetSession require() {
        return current().orElseThrow(() -> new IllegalStateException(
                "no target session: run the scenarios through 'vcmtck check' (or ConformanceRun)"));
    }
}
