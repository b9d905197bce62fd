package org.vcmtck.simulator.frontend.http;

import org.vcmtck.simulator.inventory.InventoryUsers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks HTTP Basic credentials (RFC 7617) against the inventory's users. Passwords are compared as SHA-256
 * digests with {@link MessageDigest#isEqual}, which takes the same time wherever the bytes differ; an unknown
 * user is compared against a dummy digest so its answer takes as long as a wrong password.
 */
public final class BasicAuthenticator {
    public static final String REALM = "vcmtck";
    public static final String CHALLENGE = "Basic realm=\"" + REALM + "\"";
    private static final byte[] NO_USER = InventoryUsers.sha256("\u0000no such user\u0000");

    private final Map<String, byte[]> digests;
    private final Set<String> readOnly;

    public BasicAuthenticator(List<InventoryUsers.User> users) {
        this.digests = users.stream().collect(Collectors.toUnmodifiableMap(InventoryUsers.User::name,
                InventoryUsers.User::passwordSha256));
        this.readOnly = users.stream().filter(InventoryUsers.User::readOnly).map(InventoryUsers.User::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** True when the (authenticated) user has {@code role: read-only}: it may look but not change state. */
    public boolean isReadOnly(String user) {
        return user != null && readOnly.contains(user);
    }

    /** True when there is nobody to authenticate: the endpoint is then open. */
    public boolean isOpen() {
        return digests.isEmpty();
    }

    /** The outcome for one Authorization header value (null when absent). */
    public Outcome check(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Outcome.MISSING;
        }
        String value = authorization.trim();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Basic")) {
            return Outcome.WRONG_SCHEME;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value.substring(space + 1).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Outcome.MALFORMED;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Outcome.MALFORMED;
        }
        byte[] expected = digests.get(decoded.substring(0, colon));
        boolean known = expected != null;
        byte[] given = InventoryUsers.sha256(decoded.substring(colon + 1));
        boolean match = MessageDigest.isEqual(known ? expected : NO_USER, given);
        return known && match ? Outcome.ACCEPTED : Outcome.WRONG_CREDENTIALS;
    }

    /** The user name of a header that {@link #check} accepted; both front ends ask it for the user's role. */
    public String user(String acceptedAuthorization) {
        String value = acceptedAuthorization.trim();
        String decoded = new String(Base64.getDecoder().decode(value.substring(value.indexOf(' ') + 1).trim()),
                StandardCharsets.UTF_8);
        return decoded.substring(0, decoded.indexOf(':'));
    }

    /** Why a request was let in or refused; the message goes into the 401 body. */
    public enum Outcome {
        ACCEPTED("accepted"),
        MISSING("authentication is required: send HTTP Basic credentials (Authorization: Basic ...)"),
        WRONG_SCHEME("only the HTTP Basic authentication scheme is supported"),
        MALFORMED("the Basic credentials are not base64 of 'user:password'"),
        WRONG_CREDENTIALS("unknown user or wrong password");

        private final String message;

        Outcome(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
