package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cimxml.CimXmlDecoder;
import org.vcmtck.simulator.wbem.cimxml.CimXmlException;
import org.vcmtck.simulator.wbem.cimxml.CimXmlRequest;
import org.vcmtck.simulator.wbem.cimxml.CimXmlWriter;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.query.QueryException;
import org.vcmtck.simulator.wbem.query.WqlEvaluator;
import org.vcmtck.simulator.wbem.query.WqlParser;
import org.vcmtck.simulator.wbem.query.WqlQuery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Routes a parsed request to its operation over a {@link CimData} and writes the response. Every CIM-level
 * failure becomes an ERROR element in an HTTP 200 answer: a {@link CimException} keeps its status; anything
 * unexpected is CIM_ERR_FAILED with its message (the client learns what broke, the server keeps running).
 */
public final class OperationDispatcher implements OperationProcessor {
    private static final String SHAPING = "PropertyList";

    private final CimXmlDecoder decoder = new CimXmlDecoder();
    private final CimXmlWriter writer;
    private final Lookup lookup;
    private final ClassOperations classes;
    private final InstanceOperations instances;
    private final AssociationOperations associations;
    private final PullOperations pulls;
    private final MethodOperations methods;

    /** @param host the host that full paths in answers name */
    public OperationDispatcher(CimData data, String host, Clock clock, int maxPullSessions) {
        this.lookup = new Lookup(data);
        this.writer = new CimXmlWriter(host);
        this.classes = new ClassOperations(lookup);
        this.instances = new InstanceOperations(lookup);
        this.associations = new AssociationOperations(lookup, instances);
        this.pulls = new PullOperations(lookup, instances, associations, new PullSessions(clock, maxPullSessions));
        this.methods = new MethodOperations(lookup, instances, decoder);
    }

    public OperationDispatcher(CimData data, String host) {
        this(data, host, Clock.systemUTC(), 1024);
    }

    @Override
    public byte[] process(CimXmlRequest request, String user) {
        try {
            if (!request.intrinsic()) {
                MethodOperations.Outcome o = methods.invoke(request);
                return writer.methodResponse(request.messageId(), request.name(), o.returnValue(), o.out());
            }
            IntrinsicResult r = intrinsic(request);
            return writer.imethodResponse(request.messageId(), request.name(), r.returnValue(), r.out());
        } catch (CimException e) {
            return writer.error(request.messageId(), request.name(), request.intrinsic(), e.status(),
                    e.status().name() + (e.description() == null ? "" : ": " + e.description()));
        } catch (CimXmlException e) {
            return writer.error(request.messageId(), request.name(), request.intrinsic(),
                    CimStatus.CIM_ERR_INVALID_PARAMETER, "CIM_ERR_INVALID_PARAMETER: " + e.getMessage());
        } catch (RuntimeException e) {
            return writer.error(request.messageId(), request.name(), request.intrinsic(), CimStatus.CIM_ERR_FAILED,
                    "CIM_ERR_FAILED: " + e);
        }
    }

    private IntrinsicResult intrinsic(CimXmlRequest q) {
        String op = q.name();
        return switch (op.toLowerCase(Locale.ROOT)) {
            case "getclass" -> classes.getClass(args(q, "ClassName", "LocalOnly", "IncludeQualifiers",
                    "IncludeClassOrigin", SHAPING));
            case "enumerateclasses" -> classes.enumerateClasses(args(q, "ClassName", "DeepInheritance", "LocalOnly",
                    "IncludeQualifiers", "IncludeClassOrigin"));
            case "enumerateclassnames" -> classes.enumerateClassNames(args(q, "ClassName", "DeepInheritance"));
            case "getinstance" -> instances.getInstance(args(q, "InstanceName", "LocalOnly", "IncludeQualifiers",
                    "IncludeClassOrigin", SHAPING));
            case "enumerateinstances" -> instances.enumerateInstances(args(q, "ClassName", "LocalOnly",
                    "DeepInheritance", "IncludeQualifiers", "IncludeClassOrigin", SHAPING));
            case "enumerateinstancenames" -> instances.enumerateInstanceNames(args(q, "ClassName"));
            case "createinstance" -> instances.createInstance(args(q, "NewInstance"));
            case "modifyinstance" -> instances.modifyInstance(args(q, "ModifiedInstance", "IncludeQualifiers",
                    SHAPING));
            case "deleteinstance" -> instances.deleteInstance(args(q, "InstanceName"));
            case "getproperty" -> instances.getProperty(args(q, "InstanceName", "PropertyName"));
            case "setproperty" -> instances.setProperty(args(q, "InstanceName", "PropertyName", "NewValue"));
            case "associators" -> associations.associators(args(q, "ObjectName", "AssocClass", "ResultClass", "Role",
                    "ResultRole", "IncludeQualifiers", "IncludeClassOrigin", SHAPING), false);
            case "associatornames" -> associations.associators(args(q, "ObjectName", "AssocClass", "ResultClass",
                    "Role", "ResultRole"), true);
            case "references" -> associations.references(args(q, "ObjectName", "ResultClass", "Role",
                    "IncludeQualifiers", "IncludeClassOrigin", SHAPING), false);
            case "referencenames" -> associations.references(args(q, "ObjectName", "ResultClass", "Role"), true);
            case "openenumerateinstances" -> pulls.openEnumerateInstances(args(q, "ClassName", "DeepInheritance",
                    "IncludeClassOrigin", SHAPING, "FilterQueryLanguage", "FilterQuery", "OperationTimeout",
                    "ContinueOnError", "MaxObjectCount", "LocalOnly", "IncludeQualifiers"), false);
            case "openenumerateinstancepaths" -> pulls.openEnumerateInstances(args(q, "ClassName",
                    "FilterQueryLanguage", "FilterQuery", "OperationTimeout", "ContinueOnError", "MaxObjectCount"),
                    true);
            case "openassociatorinstances" -> pulls.openAssociatorInstances(args(q, "InstanceName", "AssocClass",
                    "ResultClass", "Role", "ResultRole", "IncludeClassOrigin", SHAPING, "FilterQueryLanguage",
                    "FilterQuery", "OperationTimeout", "ContinueOnError", "MaxObjectCount"), false);
            case "openassociatorinstancepaths" -> pulls.openAssociatorInstances(args(q, "InstanceName",
                    "AssocClass", "ResultClass", "Role", "ResultRole", "FilterQueryLanguage", "FilterQuery",
                    "OperationTimeout", "ContinueOnError", "MaxObjectCount"), true);
            case "openreferenceinstances" -> pulls.openReferenceInstances(args(q, "InstanceName", "ResultClass",
                    "Role", "IncludeClassOrigin", SHAPING, "FilterQueryLanguage", "FilterQuery", "OperationTimeout",
                    "ContinueOnError", "MaxObjectCount"), false);
            case "openreferenceinstancepaths" -> pulls.openReferenceInstances(args(q, "InstanceName", "ResultClass",
                    "Role", "FilterQueryLanguage", "FilterQuery", "OperationTimeout", "ContinueOnError",
                    "MaxObjectCount"), true);
            case "pullinstanceswithpath" -> pulls.pull(args(q, "EnumerationContext", "MaxObjectCount"), false);
            case "pullinstancepaths" -> pulls.pull(args(q, "EnumerationContext", "MaxObjectCount"), true);
            case "closeenumeration" -> pulls.close(args(q, "EnumerationContext"));
            case "enumerationcount" -> pulls.count(args(q, "EnumerationContext"));
            case "execquery" -> execQuery(args(q, "QueryLanguage", "Query"));
            default -> throw new CimException(CimStatus.CIM_ERR_NOT_SUPPORTED, "intrinsic method " + op
                    + " is not supported by this server");
        };
    }

    /** ExecQuery with WQL (DMTF:CQL is recognised but refused as not supported); results are objects with path. */
    private IntrinsicResult execQuery(Args a) {
        String language = a.string("QueryLanguage");
        String text = a.string("Query");
        if (language == null || text == null) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "ExecQuery needs QueryLanguage and Query");
        }
        if (!language.equalsIgnoreCase("WQL")) {
            throw new CimException(CimStatus.CIM_ERR_QUERY_LANGUAGE_NOT_SUPPORTED, "query language " + language
                    + " is not supported (WQL is)");
        }
        String ns = a.namespace();
        lookup.namespace(ns);
        WqlQuery query;
        CimClass from;
        try {
            query = WqlParser.parse(text);
            from = lookup.data().cimClass(ns, query.className()).orElseThrow(() -> new QueryException(0,
                    "no class " + query.className() + " in " + ns));
            WqlEvaluator.checkAgainst(query, from);
        } catch (QueryException e) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_QUERY, e.getMessage());
        }
        WqlEvaluator evaluator = new WqlEvaluator((sub, sup) -> isSubclass(ns, sub, sup));
        List<CimInstance> found = new ArrayList<>();
        try {
            for (CimInstance i : lookup.data().instances(ns, from.name())) {
                if (evaluator.matches(query.where(), i)) {
                    found.add(Projection.instance(i, from, false, true, query.properties()));
                }
            }
        } catch (QueryException e) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_QUERY, e.getMessage());
        }
        return IntrinsicResult.of(w -> found.forEach(i -> w.objectWithPath(i, false, false)));
    }

    private boolean isSubclass(String ns, String sub, String sup) {
        CimClass c = lookup.data().cimClass(ns, sub).orElse(null);
        while (c != null) {
            if (c.name().equalsIgnoreCase(sup)) {
                return true;
            }
            c = c.superclass() == null ? null : lookup.data().cimClass(ns, c.superclass()).orElse(null);
        }
        return false;
    }

    private Args args(CimXmlRequest q, String... accepted) {
        return new Args(q, decoder, accepted);
    }
}
