package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimParameter;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.cimxml.CimArgument;
import org.vcmtck.simulator.wbem.cimxml.CimXmlDecoder;
import org.vcmtck.simulator.wbem.cimxml.CimXmlException;
import org.vcmtck.simulator.wbem.cimxml.CimXmlRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * Extrinsic method calls: the target class must exist (5), define the method (17), and, for an instance target,
 * the instance must exist (6); each argument must be an IN parameter of the method (4) and is typed by its
 * declaration when the client sent no PARAMTYPE.
 */
final class MethodOperations {
    private final Lookup lookup;
    private final InstanceOperations instances;
    private final CimXmlDecoder decoder;

    MethodOperations(Lookup lookup, InstanceOperations instances, CimXmlDecoder decoder) {
        this.lookup = lookup;
        this.instances = instances;
        this.decoder = decoder;
    }

    record Outcome(CimValue returnValue, List<CimArgument> out) {
    }

    Outcome invoke(CimXmlRequest request) {
        String ns = request.namespace();
        if (!request.duplicateParams().isEmpty()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "parameter(s) given more than once: "
                    + String.join(", ", request.duplicateParams()));
        }
        lookup.namespace(ns);
        CimObjectPath target;
        try {
            target = decoder.reference(request.target()).withNamespace(ns);
        } catch (CimXmlException e) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "method target: " + e.getMessage());
        }
        CimClass cls = lookup.cimClass(ns, target.className(), CimStatus.CIM_ERR_INVALID_CLASS);
        CimMethod method = cls.method(request.name()).orElseThrow(() -> new CimException(
                CimStatus.CIM_ERR_METHOD_NOT_FOUND, "class " + cls.name() + " has no method " + request.name()));
        if (!target.isClassPath()) {
            target = instances.existing(ns, target).path();
        }
        List<CimArgument> in = new ArrayList<>();
        for (String name : request.paramNames()) {
            CimXmlRequest.Param p = request.param(name);
            CimParameter declared = method.parameter(name).orElseThrow(() -> new CimException(
                    CimStatus.CIM_ERR_INVALID_PARAMETER, "method " + method.name() + " has no parameter " + name));
            if (!declared.isIn()) {
                throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "parameter " + name + " of "
                        + method.name() + " is not an IN parameter");
            }
            in.add(typed(declared, decoder.argument(withDeclaredType(p, declared))));
        }
        CimData.MethodOutcome outcome = lookup.data().invoke(ns, target, method.name(), in);
        CimValue ret = outcome.returnValue();
        if (ret != null && !ret.type().equals(method.returnType()) && !ret.isNull()) {
            ret = CimValue.parse(method.returnType(), ret.asString());
        }
        return new Outcome(ret, outcome.out());
    }

    /** Without PARAMTYPE, the declaration types the value (embedded instances stay strings). */
    private static CimXmlRequest.Param withDeclaredType(CimXmlRequest.Param p, CimParameter declared) {
        if (p.paramType() != null) {
            return p;
        }
        boolean embedded = p.embeddedObject() != null || declared.qualifier("EmbeddedInstance").isPresent()
                || declared.hasTrueQualifier("EmbeddedObject");
        String type = embedded ? null : declared.type().base().cimName();
        return new CimXmlRequest.Param(p.name(), type, embedded ? "instance" : null, p.content());
    }

    private static CimArgument typed(CimParameter declared, CimArgument given) {
        CimValue v = given.value();
        CimType want = declared.type();
        if (v.type().equals(want)) {
            return new CimArgument(declared.name(), v, given.instances());
        }
        if (v.isNull()) {
            return new CimArgument(declared.name(), CimValue.nullOf(want), given.instances());
        }
        if (v.type().array() != want.array()) {
            throw new CimException(CimStatus.CIM_ERR_TYPE_MISMATCH, "parameter " + declared.name() + " is " + want
                    + ", the value is " + v.type());
        }
        CimValue retyped = want.array() ? CimValue.parseArray(want, v.texts())
                : want.base() == CimType.Base.REFERENCE ? CimValue.of(want, v.value())
                : CimValue.parse(want, v.asString());
        return new CimArgument(declared.name(), retyped, given.instances());
    }
}
