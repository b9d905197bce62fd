package org.vcmtck.features.steps.wbem;

import java.util.List;
import java.util.Optional;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimXmlInstanceName;
import org.vcmtck.assertions.wbem.CimXmlResponse;

/**
 * What the scenarios work on, learnt from the server itself: the root class every CIM schema has and one of its
 * subclasses, and the instances a namespace holds. Nothing vendor-specific is assumed; what is absent skips.
 */
public final class WbemDiscovery {

    /** The root of the CIM schema's managed elements, present in any server implementing a CIM profile. */
    static final String ROOT_CLASS = "CIM_ManagedElement";

    private final WbemContext wbem;
    private String classNamespace;
    private String subclass;
    private String instanceNamespace;
    private List<CimXmlInstanceName> instanceNames;

    public WbemDiscovery(WbemContext wbem) {
        this.wbem = wbem;
    }

    /** The namespace holding CIM_ManagedElement with at least one subclass, and that subclass. */
    String subclass() {
        if (subclass == null) {
            for (String ns : List.of(wbem.virtualizationNamespace(), wbem.interopNamespace())) {
                CimXmlResponse names = wbem.answer("WBEM-OP-002", ns, "EnumerateClassNames",
                        WbemRequests.className(ROOT_CLASS) + WbemRequests.flag("DeepInheritance", false));
                if (WbemContext.readError("WBEM-OP-002", names).isEmpty() && !names.classNames().isEmpty()) {
                    classNamespace = ns;
                    subclass = names.classNames().get(0);
                    break;
                }
            }
            if (subclass == null) {
                throw new SkipException("neither namespace has a subclass of " + ROOT_CLASS);
            }
        }
        return subclass;
    }

    String classNamespace() {
        subclass();
        return classNamespace;
    }

    /** The instance names of CIM_ManagedElement (deep) in the first namespace holding any. */
    List<CimXmlInstanceName> instanceNames() {
        if (instanceNames == null) {
            for (String ns : List.of(wbem.virtualizationNamespace(), wbem.interopNamespace())) {
                CimXmlResponse names = wbem.answer("WBEM-OP-005", ns, "EnumerateInstanceNames",
                        WbemRequests.className(ROOT_CLASS));
                if (WbemContext.readError("WBEM-OP-005", names).isEmpty() && !names.instanceNames().isEmpty()) {
                    instanceNamespace = ns;
                    instanceNames = names.instanceNames();
                    break;
                }
            }
            if (instanceNames == null) {
                throw new SkipException("neither namespace holds an instance of " + ROOT_CLASS);
            }
        }
        return instanceNames;
    }

    String instanceNamespace() {
        instanceNames();
        return instanceNamespace;
    }

    /** An instance name with a key of which the server is asked for an instance that cannot exist. */
    Optional<CimXmlInstanceName> keyedInstance() {
        return instanceNames().stream().filter(n -> n.keys().keySet().stream().anyMatch(k -> !k.isEmpty()))
                .findFirst();
    }
}
