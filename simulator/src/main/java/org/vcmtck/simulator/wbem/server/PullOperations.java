package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.cimxml.CimArgument;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The pull operations (DSP0200 1.3): Open* find the whole result and hand out the first MaxObjectCount items
 * (default 0) with EnumerationContext and EndOfSequence; Pull* continue; CloseEnumeration ends a session. Items are
 * projected (PropertyList) as they are handed out, not when the enumeration opens.
 * FilterQuery is not supported (25), nor ContinueOnError (26); EnumerationCount answers CIM_ERR_NOT_SUPPORTED.
 */
final class PullOperations {
    static final long MAX_OBJECT_COUNT = 100_000;

    private final InstanceOperations instances;
    private final AssociationOperations associations;
    private final PullSessions sessions;
    private final Lookup lookup;

    PullOperations(Lookup lookup, InstanceOperations instances, AssociationOperations associations,
                   PullSessions sessions) {
        this.lookup = lookup;
        this.instances = instances;
        this.associations = associations;
        this.sessions = sessions;
    }

    IntrinsicResult openEnumerateInstances(Args a, boolean pathsOnly) {
        String name = a.requiredClassName("ClassName");
        boolean deep = a.bool("DeepInheritance", true);
        Common c = common(a, pathsOnly);
        String ns = a.namespace();
        lookup.namespace(ns);
        CimClass requested = lookup.cimClass(ns, name, CimStatus.CIM_ERR_INVALID_CLASS);
        List<CimInstance> found = lookup.data().instances(ns, name);
        return open(a, pathsOnly, found, i -> Projection.instance(i, requested, false, deep, c.propertyList), c);
    }

    IntrinsicResult openAssociatorInstances(Args a, boolean pathsOnly) {
        CimObjectPath object = a.requiredInstanceName("InstanceName");
        AssociationOperations.Filter f = new AssociationOperations.Filter(a.className("AssocClass"),
                a.className("ResultClass"), a.string("Role"), a.string("ResultRole"));
        Common c = common(a, pathsOnly);
        return open(a, pathsOnly, associations.associatorInstances(a.namespace(), object, f), shape(a, c), c);
    }

    IntrinsicResult openReferenceInstances(Args a, boolean pathsOnly) {
        CimObjectPath object = a.requiredInstanceName("InstanceName");
        AssociationOperations.Filter f = new AssociationOperations.Filter(null, a.className("ResultClass"),
                a.string("Role"), null);
        Common c = common(a, pathsOnly);
        return open(a, pathsOnly, associations.referenceInstances(a.namespace(), object, f), shape(a, c), c);
    }

    /** Each associated instance projected against its own class (PropertyList), when it is pulled. */
    private UnaryOperator<CimInstance> shape(Args a, Common c) {
        String ns = a.namespace();
        return i -> Projection.instance(i, lookup.cimClass(i.path().namespace() == null ? ns
                : i.path().namespace(), i.className(), CimStatus.CIM_ERR_INVALID_CLASS), false, true,
                c.propertyList);
    }

    /** The parameters every Open* shares. */
    private record Common(List<String> propertyList, boolean origin, long timeout, long max) {
    }

    private Common common(Args a, boolean pathsOnly) {
        String language = a.string("FilterQueryLanguage");
        String query = a.string("FilterQuery");
        if (language != null || query != null) {
            throw new CimException(CimStatus.CIM_ERR_FILTERED_ENUMERATION_NOT_SUPPORTED,
                    "filtered enumerations (FilterQuery/FilterQueryLanguage) are not supported");
        }
        if (a.bool("ContinueOnError", false)) {
            throw new CimException(CimStatus.CIM_ERR_CONTINUATION_ON_ERROR_NOT_SUPPORTED,
                    "ContinueOnError=true is not supported");
        }
        List<String> props = pathsOnly ? null : a.propertyList();
        boolean origin = !pathsOnly && a.bool("IncludeClassOrigin", false);
        long timeout = PullSessions.timeout(a.integer("OperationTimeout"));
        return new Common(props, origin, timeout, maxObjectCount(a, 0));
    }

    private static long maxObjectCount(Args a, long dflt) {
        Long max = a.integer("MaxObjectCount");
        if (max == null) {
            return dflt;
        }
        if (max > MAX_OBJECT_COUNT) {
            throw new CimException(CimStatus.CIM_ERR_SERVER_LIMITS_EXCEEDED, "MaxObjectCount " + max
                    + " is above this server's limit " + MAX_OBJECT_COUNT);
        }
        return max;
    }

    private IntrinsicResult open(Args a, boolean pathsOnly, List<CimInstance> items, UnaryOperator<CimInstance> shape,
                                 Common c) {
        lookup.namespace(a.namespace());
        PullSessions.Session s = new PullSessions.Session(a.namespace(), pathsOnly, items, shape, c.origin,
                c.timeout);
        String context = sessions.open(s);
        return batch(context, s, c.max);
    }

    IntrinsicResult pull(Args a, boolean pathsOnly) {
        String context = a.string("EnumerationContext");
        if (context == null) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "EnumerationContext is required");
        }
        if (a.raw("MaxObjectCount") == null || a.raw("MaxObjectCount").content() == null) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "MaxObjectCount is required for a pull");
        }
        long max = maxObjectCount(a, 0);
        PullSessions.Session s = sessions.use(context, a.namespace());
        if (s.pathsOnly != pathsOnly) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "this enumeration was opened for "
                    + (s.pathsOnly ? "paths (use PullInstancePaths)" : "instances (use PullInstancesWithPath)"));
        }
        return batch(context, s, max);
    }

    IntrinsicResult close(Args a) {
        String context = a.string("EnumerationContext");
        sessions.use(context, a.namespace());
        sessions.close(context);
        return IntrinsicResult.empty();
    }

    IntrinsicResult count(Args a) {
        String context = a.string("EnumerationContext");
        sessions.use(context, a.namespace());
        throw new CimException(CimStatus.CIM_ERR_NOT_SUPPORTED, "EnumerationCount is not supported");
    }

    private IntrinsicResult batch(String context, PullSessions.Session s, long max) {
        boolean origin = s.origin;
        List<CimInstance> items = sessions.next(context, s, max);
        boolean end = s.finished();
        List<CimArgument> out = List.of(
                CimArgument.of("EndOfSequence", CimValue.of(end)),
                CimArgument.of("EnumerationContext", CimValue.of(end ? "" : context)));
        boolean paths = s.pathsOnly;
        return new IntrinsicResult(w -> items.forEach(i -> {
            if (paths) {
                w.instancePath(i.path());
            } else {
                w.instanceWithPath(i, false, origin);
            }
        }), out);
    }
}
