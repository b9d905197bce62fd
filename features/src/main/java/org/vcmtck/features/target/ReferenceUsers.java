package org.vcmtck.features.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.vcmtck.profiles.target.Credentials;

/**
 * The one user the built-in reference's CIMI endpoint accepts during a run: a throw-away password, written to a
 * users file only this process can read, deleted when the run ends. The reference reads the file as it reads an
 * inventory's {@code users:} list.
 */
final class ReferenceUsers implements AutoCloseable {

    static final String USER = "vcmtck";
    /** A second user with {@code role: read-only}, for WBEM-AUTH-003 (writes denied with CIM_ERR_ACCESS_DENIED). */
    static final String READER = "vcmtck-reader";

    private final Path file;
    private final Credentials credentials;
    private final Credentials readOnly;

    private ReferenceUsers(Path file, Credentials credentials, Credentials readOnly) {
        this.file = file;
        this.credentials = credentials;
        this.readOnly = readOnly;
    }

    static ReferenceUsers create() {
        SecureRandom random = new SecureRandom();
        String password = secret(random);
        String readerPassword = secret(random);
        try {
            Path file = Files.createTempFile("vcmtck-cimi-users-", ".yaml");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the temporary folder's own protection is all there is
            }
            Files.writeString(file, "users:\n  - name: " + USER + "\n    password: \"" + password + "\"\n"
                    + "  - name: " + READER + "\n    password: \"" + readerPassword + "\"\n    role: read-only\n",
                    StandardCharsets.UTF_8);
            return new ReferenceUsers(file, new Credentials(USER, password), new Credentials(READER, readerPassword));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the users file of the built-in reference", e);
        }
    }

    Path file() {
        return file;
    }

    Credentials credentials() {
        return credentials;
    }

    Credentials readOnlyCredentials() {
        return readOnly;
    }

    private static String secret(SecureRandom random) {
        byte[] secret = new byte[18];
        random.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file holds a password that no running reference accepts any more
        }
    }
}
