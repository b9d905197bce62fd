package org.vcmtck.simulator.frontend.http;

import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.inventory.InventoryException;
import org.vcmtck.simulator.inventory.InventoryUsers;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The settings every HTTP front end of the reference reads the same way — {@code <kind>.users},
 * {@code <kind>.tls}, {@code <kind>.keystore}, {@code <kind>.keystorePassword} — and the host its URLs name.
 * Errors name the setting with its kind, as the user wrote it on the command line.
 */
public final class HttpFrontEndSettings {
    private HttpFrontEndSettings() {
    }

    /** The users of {@code <kind>.users} (an inventory-style users file); none means the endpoint is open. */
    public static List<InventoryUsers.User> users(String kind, FrontEndOptions opts) throws IOException {
        String file = opts.settings().get("users");
        if (file == null || file.isBlank()) {
            return List.of();
        }
        try {
            return InventoryUsers.read(Path.of(file));
        } catch (InventoryException e) {
            throw new IOException(kind + ".users: " + e.getMessage(), e);
        }
    }

    /**
     * The TLS identity to serve, or null for plain HTTP: a self-signed certificate for the bound address made at
     * {@code now}, or the key pair of {@code <kind>.keystore} (PKCS#12).
     */
    public static ServerIdentity identity(String kind, FrontEndOptions opts, Instant now) throws IOException {
        String tls = opts.settings().getOrDefault("tls", "false");
        if (!tls.equals("true") && !tls.equals("false")) {
            throw new IOException(kind + ".tls must be true or false, was '" + tls + "'");
        }
        String keystore = opts.settings().get("keystore");
        if (tls.equals("false")) {
            if (keystore != null) {
                throw new IOException(kind + ".keystore is only used with " + kind + ".tls=true");
            }
            return null;
        }
        if (keystore == null) {
            return ServerIdentity.selfSigned(opts.bindAddress().isAnyLocalAddress()
                    ? InetAddress.getLoopbackAddress() : opts.bindAddress(), now);
        }
        return ServerIdentity.pkcs12(Path.of(keystore),
                opts.settings().getOrDefault("keystorePassword", "").toCharArray());
    }

    /** The host part of the URLs a front end publishes: loopback for a wildcard bind, IPv6 in brackets. */
    public static String publicHost(InetAddress address) {
        InetAddress a = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
        String host = a.getHostAddress();
        return a instanceof Inet6Address ? "[" + host + "]" : host;
    }
}
