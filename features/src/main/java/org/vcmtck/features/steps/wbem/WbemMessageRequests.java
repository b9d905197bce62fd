package org.vcmtck.features.steps.wbem;

import java.util.List;
import org.vcmtck.assertions.wbem.CimXmlMessageShape.KeyBinding;

/**
 * CIM-XML request fragments the message-structure scenarios need beyond {@link WbemRequests}: instance names that
 * keep each key's VALUETYPE and TYPE, extrinsic calls on an instance path with PARAMVALUEs, empty (NULL) parameters
 * and values written in any case.
 */
final class WbemMessageRequests {

    private WbemMessageRequests() {
    }

    /** An INSTANCENAME with the bindings in the order given, each KEYVALUE as the server wrote it. */
    static String instanceName(String className, List<KeyBinding> bindings) {
        StringBuilder out = new StringBuilder("<INSTANCENAME CLASSNAME=\"").append(WbemRequests.escape(className))
                .append("\">");
        for (KeyBinding b : bindings) {
            out.append("<KEYBINDING NAME=\"").append(WbemRequests.escape(b.name())).append("\"><KEYVALUE");
            b.valueType().ifPresent(t -> out.append(" VALUETYPE=\"").append(WbemRequests.escape(t)).append('"'));
            b.type().ifPresent(t -> out.append(" TYPE=\"").append(WbemRequests.escape(t)).append('"'));
            out.append('>').append(WbemRequests.escape(b.value())).append("</KEYVALUE></KEYBINDING>");
        }
        return out.append("</INSTANCENAME>").toString();
    }

    static String instanceNameParam(String className, List<KeyBinding> bindings) {
        return "<IPARAMVALUE NAME=\"InstanceName\">" + instanceName(className, bindings) + "</IPARAMVALUE>";
    }

    /** An IPARAMVALUE with no content: the parameter given as NULL (WBEM-XML-006). */
    static String nullParam(String name) {
        return "<IPARAMVALUE NAME=\"" + WbemRequests.escape(name) + "\"/>";
    }

    /** A VALUE parameter written exactly as given, e.g. a boolean in lower case. */
    static String rawValue(String name, String text) {
        return "<IPARAMVALUE NAME=\"" + WbemRequests.escape(name) + "\"><VALUE>" + WbemRequests.escape(text)
                + "</VALUE></IPARAMVALUE>";
    }

    /** A simple request whose SIMPLEREQ holds the given calls (one is valid, more is not). */
    static String simpleRequestWith(String namespace, List<String> operations) {
        StringBuilder calls = new StringBuilder();
        for (String op : operations) {
            calls.append("<IMETHODCALL NAME=\"").append(WbemRequests.escape(op)).append("\">")
                    .append(WbemRequests.localNamespace(namespace)).append("</IMETHODCALL>");
        }
        return WbemRequests.envelope("2.0", WbemContext.nextId(), "1.0", "<SIMPLEREQ>" + calls + "</SIMPLEREQ>");
    }

    /** A MULTIREQ of two simple calls. */
    static String multiRequest(String namespace, String operation) {
        String call = "<SIMPLEREQ><IMETHODCALL NAME=\"" + WbemRequests.escape(operation) + "\">"
                + WbemRequests.localNamespace(namespace) + "</IMETHODCALL></SIMPLEREQ>";
        return WbemRequests.envelope("2.0", WbemContext.nextId(), "1.0", "<MULTIREQ>" + call + call + "</MULTIREQ>");
    }

    /** An extrinsic call on an instance path, with PARAMVALUE fragments. */
    static String methodOnInstance(String namespace, String className, List<KeyBinding> keys, String method,
                                   String params) {
        return WbemRequests.envelope("2.0", WbemContext.nextId(), "1.0", "<SIMPLEREQ><METHODCALL NAME=\""
                + WbemRequests.escape(method) + "\"><LOCALINSTANCEPATH>" + WbemRequests.localNamespace(namespace)
                + instanceName(className, keys) + "</LOCALINSTANCEPATH>" + params + "</METHODCALL></SIMPLEREQ>");
    }

    /** A PARAMVALUE with a PARAMTYPE (and EmbeddedObject when given) holding one VALUE. */
    static String paramValue(String name, String paramType, String embeddedObject, String text) {
        return "<PARAMVALUE NAME=\"" + WbemRequests.escape(name) + "\" PARAMTYPE=\"" + WbemRequests.escape(paramType)
                + "\"" + (embeddedObject == null ? "" : " EmbeddedObject=\"" + embeddedObject + "\"") + "><VALUE>"
                + WbemRequests.escape(text) + "</VALUE></PARAMVALUE>";
    }

    /** The CIMObject header of an instance target: namespace:Class.key="value",… %-escaped (DSP0200). */
    static String instanceObjectHeader(String namespace, String className, List<KeyBinding> keys) {
        StringBuilder path = new StringBuilder(namespace).append(':').append(className);
        String separator = ".";
        for (KeyBinding k : keys) {
            boolean quoted = k.valueType().orElse("string").equals("string");
            path.append(separator).append(k.name()).append('=').append(quoted ? "\"" + k.value().replace("\\", "\\\\")
                    .replace("\"", "\\\"") + "\"" : k.value());
            separator = ",";
        }
        return encode(path.toString());
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            boolean plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                    || "-_.~/:,=".indexOf(u) >= 0;
            out.append(plain ? String.valueOf((char) u) : String.format("%%%02X", u));
        }
        return out.toString();
    }
}
