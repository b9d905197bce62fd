package org.vcmtck.simulator.inventory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The optional {@code users:} list of an inventory: who may use the protocol front ends. Each entry has a
 * {@code name} and either a {@code password} or its {@code passwordSha256} (64 hex digits), so an inventory
 * need not hold clear-text passwords. Only the digest is kept in memory.
 */
public final class InventoryUsers {
    /**
     * One account; {@code passwordSha256} is the SHA-256 of the UTF-8 password. {@code readOnly} comes from
     * {@code role: read-only} (the default role, {@code full}, may also change state).
     */
    public record User(String name, byte[] passwordSha256, boolean readOnly) {
        public User {
            passwordSha256 = passwordSha256.clone();
        }

        public User(String name, byte[] passwordSha256) {
            this(name, passwordSha256, false);
        }

        @Override
        public byte[] passwordSha256() {
            return passwordSha256.clone();
        }
    }

    private InventoryUsers() {
    }

    /** The users of an inventory file (empty when it declares none); other top-level fields are not checked. */
    public static List<User> read(Path file) throws InventoryException {
        return of(Entry.root(InventoryFile.read(file)));
    }

    /** Reads {@code users} from the document root, refusing duplicates and entries without a password. */
    static List<User> of(Entry root) throws InventoryException {
        List<User> users = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Entry e : root.objects("users")) {
            String name = e.text("name");
            if (name.isBlank() || name.indexOf(':') >= 0) {
                throw e.error("name", "must be non-blank and must not contain ':' (HTTP Basic separator)");
            }
            if (!names.add(name)) {
                throw e.error("name", "user '" + name + "' is declared twice");
            }
            String password = e.optionalText("password");
            String hash = e.optionalText("passwordSha256");
            String role = e.optionalText("role");
            e.finish();
            if (role != null && !role.equals("full") && !role.equals("read-only")) {
                throw e.error("role", "must be full or read-only, was '" + role + "'");
            }
            if ((password == null) == (hash == null)) {
                throw e.error(null, "give exactly one of password or passwordSha256");
            }
            users.add(new User(name, password != null ? sha256(password) : hex(e, hash), "read-only".equals(role)));
        }
        return List.copyOf(users);
    }

    private static byte[] hex(Entry e, String hash) throws InventoryException {
        if (!hash.matches("[0-9a-fA-F]{64}")) {
            throw e.error("passwordSha256", "must be 64 hexadecimal digits");
        }
        return HexFormat.of().parseHex(hash.toLowerCase(java.util.Locale.ROOT));
    }

    /** SHA-256 of the UTF-8 bytes of a password. */
    public static byte[] sha256(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
