package org.vcmtck.simulator.cimi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Credentials consumers created (CIMI-MACH-016). Only a salted digest of a password is kept, so no answer can
 * ever echo it; public key material is kept as given (it is not a secret) but is not rendered either.
 */
final class CredentialStore {
    record Credential(String id, String name, String description, Instant created, String username,
                      String passwordDigest, String salt, boolean hasKey) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, Credential> credentials = new ConcurrentSkipListMap<>();

    CredentialStore(Clock clock) {
        this.clock = clock;
    }

    Credential add(String name, String description, String username, String password, String key) {
        String id = "credential-" + next.incrementAndGet();
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        Credential c = new Credential(id, name == null ? id : name, description, clock.instant(), username,
                password == null ? null : digest(salt, password), salt, key != null);
        credentials.put(id, c);
        return c;
    }

    static String digest(String salt, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    Optional<Credential> find(String id) {
        return Optional.ofNullable(credentials.get(id));
    }

    List<Credential> all() {
        return List.copyOf(credentials.values());
    }

    boolean remove(String id) {
        return credentials.remove(id) != null;
    }
}
