package org.vcmtck.simulator.ovf.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * GETs package members over http(s) as streams, never buffering a body: redirects are followed (never from https
 * to http), the connection must open within {@link #CONNECT_TIMEOUT}, and the response headers must arrive within
 * the request timeout. A body sent with {@code Content-Encoding: gzip} is decoded here (OVF-REF-009), so digests and
 * sizes are those of the file itself, as the manifest lists them.
 */
final class HttpSource {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final Duration requestTimeout;

    HttpSource(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * One answer: the URI that answered (after redirects: the base for relative references, RFC 3986 5.1.3), the
     * status and, for 2xx, the decoded body (close it); for other statuses the body is empty.
     */
    record Response(URI uri, int status, InputStream body) implements AutoCloseable {
        boolean ok() {
            return status / 100 == 2;
        }

        boolean absent() {
            return status == 404 || status == 410;
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    Response get(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept-Encoding", "gzip")
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + uri);
        }
        InputStream body = response.body();
        if (response.statusCode() / 100 != 2) {
            body.close();
            return new Response(response.uri(), response.statusCode(), InputStream.nullInputStream());
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim()
                .toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "identity", "" -> {
                return new Response(response.uri(), response.statusCode(), body);
            }
            case "gzip", "x-gzip" -> {
                return new Response(response.uri(), response.statusCode(), new GZIPInputStream(body, 64 * 1024));
            }
            default -> {
                body.close();
                throw new IOException(uri + ": unsupported Content-Encoding '" + encoding + "' (only gzip is asked"
                        + " for)");
            }
        }
    }

    /** Whether a GET of {@code uri} would succeed, asked with HEAD; used only to find chunks of unknown count. */
    boolean exists(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while probing " + uri);
        }
    }

    /**
     * {@code href} (a relative path, possibly with spaces) resolved against {@code base} by RFC 3986; an absolute
     * http(s) href (OVF-REF-006) stands for itself.
     */
    static URI resolve(URI base, String href) {
        try {
            if (ReaderSupport.isRemote(href)) {
                return new URI(href);
            }
            return base.resolve(new URI(null, null, href, null));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + href + "' cannot be written as a URI path: " + e.getMessage(), e);
        }
    }
}
