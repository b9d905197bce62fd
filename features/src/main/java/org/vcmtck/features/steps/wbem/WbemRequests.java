package org.vcmtck.features.steps.wbem;

import java.util.List;
import java.util.Map;

/**
 * Builds CIM-XML request bodies (DSP0201) as text, so the suite controls every byte the server reads, including
 * the deliberately wrong ones. Parameter fragments are composed into an IMETHODCALL by {@link #intrinsic}.
 */
final class WbemRequests {

    private WbemRequests() {
    }

    static String intrinsic(String id, String namespace, String operation, String params) {
        return envelope("2.0", id, "1.0", "<SIMPLEREQ><IMETHODCALL NAME=\"" + escape(operation) + "\">"
                + localNamespace(namespace) + params + "</IMETHODCALL></SIMPLEREQ>");
    }

    /** An extrinsic call on a class (static method), with no parameters. */
    static String extrinsicOnClass(String id, String namespace, String className, String method) {
        return envelope("2.0", id, "1.0", "<SIMPLEREQ><METHODCALL NAME=\"" + escape(method) + "\"><LOCALCLASSPATH>"
                + localNamespace(namespace) + "<CLASSNAME NAME=\"" + escape(className) + "\"/></LOCALCLASSPATH>"
                + "</METHODCALL></SIMPLEREQ>");
    }

    static String envelope(String dtdVersion, String id, String protocolVersion, String inner) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"" + dtdVersion
                + "\"><MESSAGE ID=\"" + escape(id) + "\" PROTOCOLVERSION=\"" + protocolVersion + "\">" + inner
                + "</MESSAGE></CIM>";
    }

    static String className(String name) {
        return "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME NAME=\"" + escape(name) + "\"/></IPARAMVALUE>";
    }

    static String flag(String name, boolean value) {
        return "<IPARAMVALUE NAME=\"" + name + "\"><VALUE>" + (value ? "TRUE" : "FALSE") + "</VALUE></IPARAMVALUE>";
    }

    static String value(String name, String value) {
        return "<IPARAMVALUE NAME=\"" + name + "\"><VALUE>" + escape(value) + "</VALUE></IPARAMVALUE>";
    }

    static String propertyList(List<String> names) {
        StringBuilder out = new StringBuilder("<IPARAMVALUE NAME=\"PropertyList\"><VALUE.ARRAY>");
        names.forEach(n -> out.append("<VALUE>").append(escape(n)).append("</VALUE>"));
        return out.append("</VALUE.ARRAY></IPARAMVALUE>").toString();
    }

    static String instanceName(String className, Map<String, String> keys) {
        StringBuilder out = new StringBuilder("<IPARAMVALUE NAME=\"InstanceName\"><INSTANCENAME CLASSNAME=\"")
                .append(escape(className)).append("\">");
        keys.forEach((k, v) -> out.append("<KEYBINDING NAME=\"").append(escape(k))
                .append("\"><KEYVALUE VALUETYPE=\"string\">").append(escape(v)).append("</KEYVALUE></KEYBINDING>"));
        return out.append("</INSTANCENAME></IPARAMVALUE>").toString();
    }

    static String localNamespace(String namespace) {
        StringBuilder out = new StringBuilder("<LOCALNAMESPACEPATH>");
        for (String segment : namespace.split("/")) {
            out.append("<NAMESPACE NAME=\"").append(escape(segment)).append("\"/>");
        }
        return out.append("</LOCALNAMESPACEPATH>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
