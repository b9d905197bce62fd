package org.vcmtck.profiles.target;

import java.util.Objects;

/**
 * User and password for one endpoint. The password is already resolved when it came from {@code passwordEnv}.
 */
public record Credentials(String user, String password) {

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Keeps the password out of logs and reports. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
