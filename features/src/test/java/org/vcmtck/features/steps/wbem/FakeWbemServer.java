package org.vcmtck.features.steps.wbem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny WBEM server for the suite's own tests: three CIM classes and no instances, answered from canned CIM-XML
 * fragments. Each {@link Fault} breaks exactly one rule, so a test can show the matching requirement fails.
 */
final class FakeWbemServer implements AutoCloseable {

    enum Fault {
        NONE, NO_CIMERROR_HEADER, UNKNOWN_CLASS_IS_INVALID_CLASS, LOCAL_ONLY_IGNORED, HOST_NOT_REQUIRED,
        HEADERS_NOT_DECODED, BAD_RESPONSE_TIME, MPOST_NOT_FOUND, READ_ONLY_MAY_WRITE,
        QUERY_ERRORS_CONFUSED, CREATE_RETURNS_NO_NAME
    }

    /** The user whose writes the fake denies (with {@link #withInstance}). */
    static final String READER = "reader";

    /** name → superclass, own properties (each "Name:type"). */
    private record FakeClass(String name, String superclass, List<String> properties) {
    }

    private static final Map<String, FakeClass> CLASSES = new LinkedHashMap<>();
    private static final Set<String> NAMESPACES = Set.of("root/interop", "root/virtualization");

    static {
        CLASSES.put("cim_managedelement", new FakeClass("CIM_ManagedElement", null,
                List.of("Caption", "Description", "ElementName")));
        CLASSES.put("cim_managedsystemelement", new FakeClass("CIM_ManagedSystemElement", "CIM_ManagedElement",
                List.of("Name", "Status")));
        CLASSES.put("cim_logicalelement", new FakeClass("CIM_LogicalElement", "CIM_ManagedSystemElement",
                List.of()));
    }

    private final Fault fault;
    private final HttpServer server;
    private final boolean withInstance;

    FakeWbemServer(Fault fault) throws IOException {
        this(fault, false);
    }

    /** {@code withInstance}: one CIM_LogicalElement instance name is listed, and writes by {@link #READER} denied. */
    FakeWbemServer(Fault fault, boolean withInstance) throws IOException {
        this.fault = fault;
        this.withInstance = withInstance;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cimom", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cimom";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (exchange.getRequestMethod().equals("M-POST") && fault == Fault.MPOST_NOT_FOUND) {
                refuse(exchange, 404, null);
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                refuse(exchange, 405, null);
                return;
            }
            if (!exchange.getRequestHeaders().containsKey("Host") && fault != Fault.HOST_NOT_REQUIRED) {
                refuse(exchange, 400, null);
                return;
            }
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (!type.startsWith("application/xml") && !type.startsWith("text/xml")) {
                refuse(exchange, 400, "request-not-valid");
                return;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                refuse(exchange, 400, "request-not-valid");
                return;
            }
            if (!"MethodCall".equals(exchange.getRequestHeaders().getFirst("CIMOperation"))) {
                refuse(exchange, 400, "unsupported-operation");
                return;
            }
            String protocol = exchange.getRequestHeaders().getFirst("CIMProtocolVersion");
            if (protocol != null && !protocol.startsWith("1")) {
                refuse(exchange, 501, "unsupported-protocol-version");
                return;
            }
            if (exchange.getRequestHeaders().containsKey("CIMBatch")) {
                refuse(exchange, 501, "multiple-requests-unsupported");
                return;
            }
            if (!text.strip().endsWith("</CIM>")) {
                refuse(exchange, 400, "request-not-well-formed");
                return;
            }
            if (!text.contains("DTDVERSION=\"2.0\"")) {
                refuse(exchange, 501, "unsupported-dtd-version");
                return;
            }
            Matcher call = Pattern.compile("<(I?METHODCALL) NAME=\"([^\"]+)\"").matcher(text);
            if (!call.find()) {
                refuse(exchange, 400, "request-not-valid");
                return;
            }
            String operation = call.group(2);
            List<String> segments = new ArrayList<>();
            Matcher ns = Pattern.compile("<NAMESPACE NAME=\"([^\"]+)\"").matcher(text);
            while (ns.find()) {
                segments.add(ns.group(1));
            }
            String namespace = String.join("/", segments);
            String object = decoded(exchange.getRequestHeaders().getFirst("CIMObject"));
            String method = decoded(exchange.getRequestHeaders().getFirst("CIMMethod"));
            if (object == null || method == null || !operation.equalsIgnoreCase(method)
                    || !object.split(":")[0].equals(namespace)) {
                refuse(exchange, 400, "header-mismatch");
                return;
            }
            Matcher id = Pattern.compile("<MESSAGE ID=\"([^\"]*)\"").matcher(text);
            String messageId = id.find() ? id.group(1) : "";
            String element = call.group(1).equals("IMETHODCALL") ? "IMETHODRESPONSE" : "METHODRESPONSE";
            String inner = element.equals("METHODRESPONSE") ? error(17)
                    : withInstance && isWrite(operation) && isReader(exchange)
                    ? error(fault == Fault.READ_ONLY_MAY_WRITE ? 6 : 2) : answer(namespace, operation, text);
            String response = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
                    + "<MESSAGE ID=\"" + messageId + "\" PROTOCOLVERSION=\"1.0\"><SIMPLERSP><" + element + " NAME=\""
                    + operation + "\">" + inner + "</" + element + "></SIMPLERSP></MESSAGE></CIM>";
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("CIMOperation", "MethodResponse");
            exchange.getResponseHeaders().add("WBEMServerResponseTime", fault == Fault.BAD_RESPONSE_TIME ? "fast"
                    : "120");
            exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=\"utf-8\"");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String answer(String namespace, String operation, String text) {
        if (!NAMESPACES.contains(namespace)) {
            return error(3);
        }
        String className = param(text, "ClassName", "<CLASSNAME NAME=\"([^\"]+)\"");
        return switch (operation) {
            case "EnumerateClassNames", "EnumerateClasses" -> {
                if (className != null && !CLASSES.containsKey(className.toLowerCase())) {
                    yield error(5);
                }
                boolean deep = "TRUE".equals(param(text, "DeepInheritance", "<VALUE>([A-Z]+)</VALUE>"));
                StringBuilder out = new StringBuilder("<IRETURNVALUE>");
                for (FakeClass c : CLASSES.values()) {
                    if (isChild(c, className, deep)) {
                        out.append(operation.equals("EnumerateClassNames")
                                ? "<CLASSNAME NAME=\"" + c.name() + "\"/>" : classXml(c, true, true, false, null));
                    }
                }
                yield out.append("</IRETURNVALUE>").toString();
            }
            case "GetClass" -> {
                FakeClass c = className == null ? null : CLASSES.get(className.toLowerCase());
                if (c == null) {
                    yield error(fault == Fault.UNKNOWN_CLASS_IS_INVALID_CLASS ? 5 : 6);
                }
                boolean localOnly = !"FALSE".equals(param(text, "LocalOnly", "<VALUE>([A-Z]+)</VALUE>"));
                boolean qualifiers = !"FALSE".equals(param(text, "IncludeQualifiers", "<VALUE>([A-Z]+)</VALUE>"));
                boolean origin = "TRUE".equals(param(text, "IncludeClassOrigin", "<VALUE>([A-Z]+)</VALUE>"));
                List<String> list = null;
                Matcher pl = Pattern.compile("<IPARAMVALUE NAME=\"PropertyList\"><VALUE.ARRAY>(.*?)</VALUE.ARRAY>")
                        .matcher(text);
                if (pl.find()) {
                    list = new ArrayList<>();
                    Matcher v = Pattern.compile("<VALUE>([^<]*)</VALUE>").matcher(pl.group(1));
                    while (v.find()) {
                        list.add(v.group(1).toLowerCase());
                    }
                }
                yield "<IRETURNVALUE>" + classXml(c, localOnly && fault != Fault.LOCAL_ONLY_IGNORED, qualifiers,
                        origin, list) + "</IRETURNVALUE>";
            }
            case "GetInstance" -> {
                Matcher name = Pattern.compile("<INSTANCENAME CLASSNAME=\"([^\"]+)\"").matcher(text);
                if (!name.find()) {
                    yield error(4);
                }
                yield error(CLASSES.containsKey(name.group(1).toLowerCase()) ? 6 : 5);
            }
            case "EnumerateInstanceNames" -> withInstance ? "<IRETURNVALUE><INSTANCENAME CLASSNAME=\"CIM_LogicalElement\">"
                    + "<KEYBINDING NAME=\"Name\"><KEYVALUE VALUETYPE=\"string\">fake1</KEYVALUE></KEYBINDING>"
                    + "</INSTANCENAME></IRETURNVALUE>" : "<IRETURNVALUE/>";
            case "EnumerateInstances" -> "<IRETURNVALUE/>";
            // every query refused as malformed, whatever its language (WBEM-OP-011 wants 14 for an unknown one)
            case "ExecQuery" -> fault == Fault.QUERY_ERRORS_CONFUSED ? error(15) : error(7);
            // a creation that succeeds without naming what it created (WBEM-OP-007)
            case "CreateInstance" -> fault == Fault.CREATE_RETURNS_NO_NAME ? "<IRETURNVALUE/>" : error(7);
            default -> error(7);
        };
    }

    /** The two-step decoding of DSP0200 header values; null when the escapes are not UTF-8. */
    private String decoded(String raw) {
        if (raw == null || fault == Fault.HEADERS_NOT_DECODED) {
            return raw == null ? "null" : raw;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isWrite(String operation) {
        return Set.of("CreateInstance", "ModifyInstance", "DeleteInstance").contains(operation);
    }

    private static boolean isReader(HttpExchange exchange) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Basic ")) {
            return false;
        }
        String decoded = new String(java.util.Base64.getDecoder().decode(auth.substring(6).trim()),
                StandardCharsets.UTF_8);
        return decoded.startsWith(READER + ":");
    }

    private static boolean isChild(FakeClass c, String parent, boolean deep) {
        if (parent == null) {
            return c.superclass() == null || deep;
        }
        String up = c.superclass();
        while (up != null) {
            if (up.equalsIgnoreCase(parent)) {
                return true;
            }
            if (!deep) {
                return false;
            }
            up = CLASSES.get(up.toLowerCase()).superclass();
        }
        return false;
    }

    private static String classXml(FakeClass c, boolean localOnly, boolean qualifiers, boolean origin,
                                   List<String> propertyList) {
        StringBuilder out = new StringBuilder("<CLASS NAME=\"" + c.name() + "\"");
        if (c.superclass() != null) {
            out.append(" SUPERCLASS=\"").append(c.superclass()).append('"');
        }
        out.append('>');
        if (qualifiers) {
            out.append("<QUALIFIER NAME=\"Version\" TYPE=\"string\"><VALUE>2.49.0</VALUE></QUALIFIER>");
        }
        for (FakeClass owner = c; owner != null;
             owner = owner.superclass() == null ? null : CLASSES.get(owner.superclass().toLowerCase())) {
            if (localOnly && owner != c) {
                break;
            }
            for (String p : owner.properties()) {
                if (propertyList != null && !propertyList.contains(p.toLowerCase())) {
                    continue;
                }
                out.append("<PROPERTY NAME=\"").append(p).append("\" TYPE=\"string\"");
                if (origin) {
                    out.append(" CLASSORIGIN=\"").append(owner.name()).append('"');
                }
                if (owner != c) {
                    out.append(" PROPAGATED=\"true\"");
                }
                out.append('>');
                if (qualifiers) {
                    out.append("<QUALIFIER NAME=\"Description\" TYPE=\"string\"><VALUE>d</VALUE></QUALIFIER>");
                }
                out.append("</PROPERTY>");
            }
        }
        return out.append("</CLASS>").toString();
    }

    private static String param(String text, String name, String inner) {
        Matcher m = Pattern.compile("<IPARAMVALUE NAME=\"" + name + "\">(.*?)</IPARAMVALUE>").matcher(text);
        if (!m.find()) {
            return null;
        }
        Matcher v = Pattern.compile(inner).matcher(m.group(1));
        return v.find() ? v.group(1) : null;
    }

    private static String error(int code) {
        return "<ERROR CODE=\"" + code + "\" DESCRIPTION=\"fake\"/>";
    }

    private void refuse(HttpExchange exchange, int status, String token) throws IOException {
        if (token != null && fault != Fault.NO_CIMERROR_HEADER) {
            exchange.getResponseHeaders().add("CIMError", token);
        }
        exchange.sendResponseHeaders(status, -1);
    }
}
