package org.vcmtck.simulator.wbem.cimxml;

import java.util.List;
import java.util.Map;

/**
 * The envelope of one simple CIM-XML request: message id and protocol version, whether the call is intrinsic
 * ({@code IMETHODCALL}) or extrinsic ({@code METHODCALL}), its name, the namespace, for extrinsic calls the target
 * ({@code LOCALCLASSPATH} or {@code LOCALINSTANCEPATH} element) and the parameters by name, still as XML (their
 * meaning depends on the operation, so {@link CimXmlDecoder} turns them into values on demand). Parameters given
 * twice are listed in {@code duplicateParams}: that is a CIM error (INVALID_PARAMETER), answered in the body.
 */
public record CimXmlRequest(String messageId, String protocolVersion, boolean intrinsic, String name,
                            String namespace, XmlElement target, Map<String, Param> params,
                            List<String> duplicateParams) {
    public CimXmlRequest {
        params = Map.copyOf(params);
        duplicateParams = List.copyOf(duplicateParams);
    }

    /**
     * One IPARAMVALUE/PARAMVALUE: its name as sent, PARAMTYPE and EmbeddedObject attributes (null when absent) and
     * its content element (null for an empty element, which means NULL).
     */
    public record Param(String name, String paramType, String embeddedObject, XmlElement content) {
    }

    /** The parameter's content, or null when absent or NULL; the name is matched case-insensitively. */
    public Param param(String paramName) {
        return params.get(paramName.toLowerCase(java.util.Locale.ROOT));
    }

    public List<String> paramNames() {
        return params.values().stream().map(Param::name).toList();
    }
}
