package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cimxml.CimXmlRequest;
import org.vcmtck.simulator.wbem.cimxml.XmlElement;

/**
 * The CIMObject header of an extrinsic call: {@code namespace:Class} or {@code namespace:Class.key=value,...}.
 * Namespace and class must match the METHODCALL target, and an instance target needs key bindings in the header;
 * the key values themselves are not compared because clients quote and order them differently.
 */
final class ObjectHeader {
    private ObjectHeader() {
    }

    static void check(String object, CimXmlRequest request) {
        int colon = object.indexOf(':');
        if (colon <= 0) {
            throw HttpRejection.headerMismatch("CIMObject " + object + " must be namespace:Class[.keys] for an "
                    + "extrinsic call");
        }
        String ns = RequestRules.normalNamespace(object.substring(0, colon));
        String rest = object.substring(colon + 1);
        int dot = rest.indexOf('.');
        String className = dot < 0 ? rest : rest.substring(0, dot);
        XmlElement target = request.target();
        boolean instance = target.name().equals("LOCALINSTANCEPATH");
        String targetClass = instance ? target.requiredChild("INSTANCENAME").required("CLASSNAME")
                : target.requiredChild("CLASSNAME").required("NAME");
        if (!ns.equalsIgnoreCase(RequestRules.normalNamespace(request.namespace()))) {
            throw HttpRejection.headerMismatch("CIMObject namespace " + ns + " differs from the METHODCALL namespace "
                    + request.namespace());
        }
        if (!className.trim().equalsIgnoreCase(targetClass)) {
            throw HttpRejection.headerMismatch("CIMObject class " + className + " differs from the METHODCALL target "
                    + targetClass);
        }
        if (instance && dot < 0) {
            throw HttpRejection.headerMismatch("CIMObject " + object + " names a class but the METHODCALL targets an "
                    + "instance");
        }
        if (!instance && dot >= 0) {
            throw HttpRejection.headerMismatch("CIMObject " + object + " names an instance but the METHODCALL targets "
                    + "a class");
        }
    }
}
