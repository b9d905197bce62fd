package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cimxml.CimXmlDecoder;
import org.vcmtck.simulator.wbem.cimxml.CimXmlException;
import org.vcmtck.simulator.wbem.cimxml.CimXmlRequest;
import org.vcmtck.simulator.wbem.cimxml.XmlElement;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The IPARAMVALUEs of one intrinsic call, read with their DSP0200 defaults. Construction checks the names
 * against what the operation accepts (an unknown name is CIM_ERR_NOT_SUPPORTED, a duplicate
 * CIM_ERR_INVALID_PARAMETER); a missing required one is CIM_ERR_INVALID_PARAMETER.
 */
final class Args {
    private final CimXmlRequest request;
    private final CimXmlDecoder decoder;

    Args(CimXmlRequest request, CimXmlDecoder decoder, String... accepted) {
        this.request = request;
        this.decoder = decoder;
        if (!request.duplicateParams().isEmpty()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "parameter(s) given more than once: "
                    + String.join(", ", request.duplicateParams()));
        }
        Set<String> known = java.util.Arrays.stream(accepted).map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (String name : request.paramNames()) {
            if (!known.contains(name.toLowerCase(Locale.ROOT))) {
                throw new CimException(CimStatus.CIM_ERR_NOT_SUPPORTED, request.name() + " has no parameter "
                        + name + "; it accepts " + String.join(", ", accepted));
            }
        }
    }

    String namespace() {
        return request.namespace();
    }

    boolean bool(String name, boolean dflt) {
        return decoder.booleanParam(request.param(name), dflt);
    }

    String string(String name) {
        return decoder.stringParam(request.param(name));
    }

    Long integer(String name) {
        return decoder.integerParam(request.param(name));
    }

    String className(String name) {
        return decoder.classNameParam(request.param(name));
    }

    String requiredClassName(String name) {
        String c = className(name);
        if (c == null) {
            throw missing(name);
        }
        return c;
    }

    List<String> propertyList() {
        return decoder.stringArrayParam(request.param("PropertyList"));
    }

    CimXmlRequest.Param raw(String name) {
        return request.param(name);
    }

    /** An INSTANCENAME parameter as a path in the request namespace. */
    CimObjectPath requiredInstanceName(String name) {
        XmlElement e = requiredContent(name);
        try {
            return decoder.instanceName(e, namespace());
        } catch (CimXmlException x) {
            throw invalid(name, x.getMessage());
        }
    }

    /** An ObjectName: INSTANCENAME (instance path) or CLASSNAME (class path), in the request namespace. */
    CimObjectPath requiredObjectName(String name) {
        XmlElement e = requiredContent(name);
        try {
            return switch (e.name()) {
                case "INSTANCENAME" -> decoder.instanceName(e, namespace());
                case "CLASSNAME" -> CimObjectPath.forClass(namespace(), e.required("NAME"));
                default -> throw invalid(name, "must be INSTANCENAME or CLASSNAME, is " + e.name());
            };
        } catch (CimXmlException x) {
            throw invalid(name, x.getMessage());
        }
    }

    CimInstance requiredInstance(String name) {
        XmlElement e = requiredContent(name);
        try {
            return decoder.instance(e);
        } catch (CimXmlException x) {
            throw invalid(name, x.getMessage());
        }
    }

    CimInstance requiredNamedInstance(String name) {
        XmlElement e = requiredContent(name);
        try {
            return decoder.namedInstance(e, namespace());
        } catch (CimXmlException x) {
            throw invalid(name, x.getMessage());
        }
    }

    XmlElement requiredContent(String name) {
        CimXmlRequest.Param p = request.param(name);
        if (p == null || p.content() == null) {
            throw missing(name);
        }
        return p.content();
    }

    CimXmlDecoder decoder() {
        return decoder;
    }

    private CimException missing(String name) {
        return new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, request.name() + " requires the parameter "
                + name);
    }

    private CimException invalid(String name, String why) {
        return new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "parameter " + name + ": " + why);
    }
}
