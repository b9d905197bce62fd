package org.vcmtck.features.steps.wbem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 request written byte for byte on a plain socket, for what a ready-made client will not send or
 * will not show: a request without a Host header (WBEM-HTTP-003), the trailer fields after a chunked body
 * (WBEM-HTTP-011). Headers and trailers come back with lower-cased names.
 *
 * @param status   the status code of the response
 * @param headers  the response header fields
 * @param body     the body (de-chunked)
 * @param trailers the trailer fields of a chunked body (empty otherwise)
 */
record RawHttpExchange(int status, Map<String, String> headers, byte[] body, Map<String, String> trailers) {

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Sends {@code head} (request line and fields, without the blank line) and the body to a plain-HTTP URL. */
    static RawHttpExchange send(URI url, String head, byte[] body) throws IOException {
        if (!"http".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("raw requests go over plain HTTP only, not " + url.getScheme());
        }
        int port = url.getPort() < 0 ? 80 : url.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    static RawHttpExchange read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status line: " + statusLine, e);
        }
        Map<String, String> headers = fields(in);
        Map<String, String> trailers = new LinkedHashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String encoding = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        if (encoding.contains("chunked")) {
            while (true) {
                String size = line(in);
                int semicolon = size.indexOf(';');
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (n == 0) {
                    trailers.putAll(fields(in));
                    break;
                }
                if (body.size() + n > MAX_BYTES) {
                    throw new IOException("the response body is larger than " + MAX_BYTES + " bytes");
                }
                body.write(in.readNBytes(n));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes((int) Math.min(MAX_BYTES, Long.parseLong(headers.get("content-length")
                    .trim()))));
        } else {
            body.write(in.readNBytes(MAX_BYTES));
        }
        return new RawHttpExchange(status, headers, body.toByteArray(), trailers);
    }

    private static Map<String, String> fields(InputStream in) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return fields;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (bytes.size() > 64 * 1024) {
                throw new IOException("an HTTP line longer than 64 KiB");
            }
            bytes.write(b);
        }
        if (b < 0 && bytes.size() == 0) {
            throw new IOException("the server closed the connection before answering");
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
