package org.vcmtck.profiles.target;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS settings for https endpoints.
 *
 * @param insecure   accept any server certificate (lab use only)
 * @param trustStore a PKCS#12 trust store, resolved against the target file
 */
public record TlsOptions(boolean insecure, Optional<Path> trustStore) {

    public TlsOptions {
        Objects.requireNonNull(trustStore, "trustStore");
    }

    /** Verify certificates against the JVM's default trust store. */
    public static TlsOptions defaults() {
        return new TlsOptions(false, Optional.empty());
    }
}
