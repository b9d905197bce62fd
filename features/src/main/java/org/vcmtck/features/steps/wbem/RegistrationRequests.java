package org.vcmtck.features.steps.wbem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vcmtck.assertions.wbem.CimXmlInstanceName;

/**
 * CIM-XML request pieces the profile registration steps need beyond {@link WbemRequests}: association traversal
 * from an instance and an extrinsic call on an instance (DSP0201), written as text like the other requests.
 */
final class RegistrationRequests {

    private RegistrationRequests() {
    }

    /** The ObjectName parameter of Associators/AssociatorNames/References naming an instance. */
    static String objectName(CimXmlInstanceName name) {
        return "<IPARAMVALUE NAME=\"ObjectName\">" + instanceName(name) + "</IPARAMVALUE>";
    }

    /** AssocClass, ResultClass, Role and ResultRole; a null argument is left out. */
    static String traversal(String assocClass, String resultClass, String role, String resultRole) {
        StringBuilder out = new StringBuilder();
        if (assocClass != null) {
            out.append("<IPARAMVALUE NAME=\"AssocClass\"><CLASSNAME NAME=\"").append(WbemRequests.escape(assocClass))
                    .append("\"/></IPARAMVALUE>");
        }
        if (resultClass != null) {
            out.append("<IPARAMVALUE NAME=\"ResultClass\"><CLASSNAME NAME=\"")
                    .append(WbemRequests.escape(resultClass)).append("\"/></IPARAMVALUE>");
        }
        if (role != null) {
            out.append(WbemRequests.value("Role", role));
        }
        if (resultRole != null) {
            out.append(WbemRequests.value("ResultRole", resultRole));
        }
        return out.toString();
    }

    /** GetInstance's InstanceName parameter. */
    static String getInstance(CimXmlInstanceName name) {
        return "<IPARAMVALUE NAME=\"InstanceName\">" + instanceName(name) + "</IPARAMVALUE>"
                + WbemRequests.flag("LocalOnly", false);
    }

    /** An extrinsic call without parameters on an instance. */
    static String methodOnInstance(String id, String namespace, CimXmlInstanceName target, String method) {
        return WbemRequests.envelope("2.0", id, "1.0", "<SIMPLEREQ><METHODCALL NAME=\"" + WbemRequests.escape(method)
                + "\"><LOCALINSTANCEPATH>" + WbemRequests.localNamespace(namespace) + instanceName(target)
                + "</LOCALINSTANCEPATH></METHODCALL></SIMPLEREQ>");
    }

    /** The headers of that call; CIMObject is the %-escaped UTF-8 of namespace:Class.key="value",… (DSP0200). */
    static Map<String, String> methodHeaders(String namespace, CimXmlInstanceName target, String method) {
        Map<String, String> headers = new LinkedHashMap<>(WbemContext.intrinsicHeaders(method, namespace));
        StringBuilder object = new StringBuilder(namespace).append(':').append(target.className());
        String separator = ".";
        for (Map.Entry<String, String> key : target.keys().entrySet()) {
            object.append(separator).append(key.getKey()).append("=\"")
                    .append(key.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            separator = ",";
        }
        headers.put("CIMObject", percentEscape(object.toString()));
        return headers;
    }

    static String percentEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/:._-".indexOf(c) >= 0;
            out.append(plain ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out.toString();
    }

    /** String-valued key bindings, as the names were read (reference keys are not needed by these steps). */
    private static String instanceName(CimXmlInstanceName name) {
        StringBuilder out = new StringBuilder("<INSTANCENAME CLASSNAME=\"")
                .append(WbemRequests.escape(name.className())).append("\">");
        name.keys().forEach((k, v) -> out.append("<KEYBINDING NAME=\"").append(WbemRequests.escape(k))
                .append("\"><KEYVALUE VALUETYPE=\"string\">").append(WbemRequests.escape(v))
                .append("</KEYVALUE></KEYBINDING>"));
        return out.append("</INSTANCENAME>").toString();
    }
}
