package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cimxml.CimXmlRequest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The DSP0200 HTTP rules of a CIM operation request: checked in two steps, the headers alone before the body is
 * parsed ({@link #checkHeaders}) and the headers against the parsed envelope after ({@link #checkAgainst}).
 * Every refusal is an {@link HttpRejection} with the CIMError token the spec names.
 */
public final class RequestRules {
    private RequestRules() {
    }

    /** The request headers this class reads, decoded where DSP0200 says they are encoded. */
    public record Headers(String protocolVersion, String method, String object) {
    }

    /** Checks every rule that needs only the headers; {@code header} looks one up by name (null when absent). */
    public static Headers checkHeaders(UnaryOperator<String> header) {
        if (header.apply("CIMBatch") != null) {
            throw new HttpRejection(501, "multiple-requests-unsupported",
                    "batched (multiple) requests are not supported by this server");
        }
        String operation = header.apply("CIMOperation");
        if (operation == null || !operation.trim().equalsIgnoreCase("MethodCall")) {
            throw new HttpRejection(400, "unsupported-operation", "the CIMOperation header must be MethodCall, was "
                    + (operation == null ? "absent" : "'" + operation + "'"));
        }
        String protocol = header.apply("CIMProtocolVersion");
        protocol = protocol == null ? "1.0" : protocol.trim();
        if (!protocol.equals("1") && !protocol.startsWith("1.")) {
            throw new HttpRejection(501, "unsupported-protocol-version", "CIMProtocolVersion " + protocol
                    + " is not supported (1.x is)");
        }
        checkContentType(header.apply("Content-Type"));
        String method = required(header, "CIMMethod");
        String object = required(header, "CIMObject");
        return new Headers(protocol, method, object);
    }

    private static String required(UnaryOperator<String> header, String name) {
        String raw = header.apply(name);
        if (raw == null || raw.isBlank()) {
            throw HttpRejection.headerMismatch("the " + name + " header is required for a simple request");
        }
        String decoded = HeaderValues.decode(name, raw.trim());
        if (decoded.isBlank()) {
            throw HttpRejection.headerMismatch("the " + name + " header is empty once decoded");
        }
        return decoded;
    }

    static void checkContentType(String contentType) {
        if (contentType == null) {
            throw new HttpRejection(400, "request-not-valid", "a Content-Type header is required "
                    + "(application/xml; charset=\"utf-8\")");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals("application/xml") && !type.equals("text/xml")) {
            throw new HttpRejection(400, "request-not-valid", "Content-Type " + type
                    + " is not accepted; use application/xml or text/xml");
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                String charset = p.substring(eq + 1).trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8")) {
                    throw new HttpRejection(400, "request-not-valid", "charset " + charset
                            + " is not accepted; CIM-XML is UTF-8");
                }
            }
        }
    }

    /** Refuses bytes that are not UTF-8 before any XML parser sees them. */
    public static void checkUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new HttpRejection(400, "request-not-valid", "the request body is not valid UTF-8");
        }
    }

    /** The headers must agree with the envelope: protocol version, method name and target object. */
    public static void checkAgainst(Headers headers, CimXmlRequest request) {
        if (!sameVersion(headers.protocolVersion(), request.protocolVersion())) {
            throw HttpRejection.headerMismatch("CIMProtocolVersion " + headers.protocolVersion()
                    + " differs from MESSAGE PROTOCOLVERSION " + request.protocolVersion());
        }
        if (!headers.method().equalsIgnoreCase(request.name())) {
            throw HttpRejection.headerMismatch("CIMMethod " + headers.method() + " differs from the "
                    + (request.intrinsic() ? "IMETHODCALL" : "METHODCALL") + " name " + request.name());
        }
        String expected = request.intrinsic() ? request.namespace() : null;
        if (request.intrinsic()) {
            if (!normalNamespace(headers.object()).equalsIgnoreCase(normalNamespace(expected))) {
                throw HttpRejection.headerMismatch("CIMObject " + headers.object()
                        + " differs from the request namespace " + expected);
            }
        } else {
            ObjectHeader.check(headers.object(), request);
        }
    }

    private static boolean sameVersion(String a, String b) {
        return normalVersion(a).equals(normalVersion(b));
    }

    private static String normalVersion(String v) {
        return v.contains(".") ? v : v + ".0";
    }

    static String normalNamespace(String ns) {
        String n = ns.trim();
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        while (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }
}
