package org.vcmtck.simulator.wbem.server;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-written CIM-XML requests and an XPath reading of answers (independent of the codec under test). */
final class CimXml {
    private CimXml() {
    }

    static String namespacePath(String ns) {
        StringBuilder b = new StringBuilder("<LOCALNAMESPACEPATH>");
        for (String s : ns.split("/")) {
            b.append("<NAMESPACE NAME=\"").append(s).append("\"/>");
        }
        return b.append("</LOCALNAMESPACEPATH>").toString();
    }

    static String document(String id, String call) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
                + "<MESSAGE ID=\"" + id + "\" PROTOCOLVERSION=\"1.0\"><SIMPLEREQ>" + call
                + "</SIMPLEREQ></MESSAGE></CIM>";
    }

    static byte[] intrinsic(String id, String op, String ns, String params) {
        return document(id, "<IMETHODCALL NAME=\"" + op + "\">" + namespacePath(ns) + params + "</IMETHODCALL>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String param(String name, String content) {
        return "<IPARAMVALUE NAME=\"" + name + "\">" + content + "</IPARAMVALUE>";
    }

    static String className(String name) {
        return "<CLASSNAME NAME=\"" + name + "\"/>";
    }

    static String value(String v) {
        return "<VALUE>" + v + "</VALUE>";
    }

    static String thingName(String cls, String name) {
        return "<INSTANCENAME CLASSNAME=\"" + cls + "\"><KEYBINDING NAME=\"Name\"><KEYVALUE VALUETYPE=\"string\">"
                + name + "</KEYVALUE></KEYBINDING></INSTANCENAME>";
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String xpath(String xml, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, parse(xml));
    }

    static List<String> xpathAll(String xml, String expression) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, parse(xml),
                XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
