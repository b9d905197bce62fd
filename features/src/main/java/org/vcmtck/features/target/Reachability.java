package org.vcmtck.features.target;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks before a run that every network endpoint of the target accepts a connection, so an unreachable target
 * is reported as such (exit 3) instead of as a wall of failed requirements.
 */
public final class Reachability {

    private final int timeoutMillis;

    public Reachability(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** One line per endpoint that could not be reached; empty when all were. Non-URL entries are ignored. */
    public List<String> unreachable(Map<String, String> endpoints) {
        List<String> problems = new ArrayList<>();
        endpoints.forEach((kind, url) -> check(kind, url).ifPresent(problems::add));
        return problems;
    }

    private Optional<String> check(String kind, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of(kind + " " + url + ": not a URL (" + e.getMessage() + ")");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.empty();
        }
        if (uri.getHost() == null) {
            return Optional.of(kind + " " + url + ": the URL names no host");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), timeoutMillis);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(kind + " " + url + ": " + describe(e));
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
