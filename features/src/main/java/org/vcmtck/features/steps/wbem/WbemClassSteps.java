package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vcmtck.assertions.wbem.CimXmlClass;
import org.vcmtck.assertions.wbem.CimXmlProperty;
import org.vcmtck.assertions.wbem.CimXmlResponse;

/** Class operations and their flags (WBEM-OP-001, WBEM-OP-002, WBEM-OP-006) on classes the server names. */
public class WbemClassSteps {

    private final WbemContext wbem;
    private final WbemDiscovery discovery;

    public WbemClassSteps(WbemContext wbem, WbemDiscovery discovery) {
        this.wbem = wbem;
        this.discovery = discovery;
    }

    @Given("the WBEM server names a subclass of CIM_ManagedElement")
    public void theServerNamesASubclass() {
        wbem.world().evidence("subclass", discovery.subclass() + " in " + discovery.classNamespace());
    }

    @Then("a deep class name enumeration holds every class of the shallow one")
    public void deepHoldsShallow() {
        Set<String> shallow = lower(names(WbemDiscovery.ROOT_CLASS, false));
        Set<String> deep = lower(names(WbemDiscovery.ROOT_CLASS, true));
        if (!deep.containsAll(shallow)) {
            shallow.removeAll(deep);
            throw new AssertionError("[WBEM-OP-002] the deep enumeration of " + WbemDiscovery.ROOT_CLASS
                    + " lacks the direct subclasses " + shallow);
        }
        Set<String> grandchildren = lower(names(discovery.subclass(), true));
        if (!deep.containsAll(grandchildren)) {
            grandchildren.removeAll(deep);
            throw new AssertionError("[WBEM-OP-002] the deep enumeration of " + WbemDiscovery.ROOT_CLASS
                    + " lacks subclasses of " + discovery.subclass() + ": " + grandchildren);
        }
    }

    @Then("each class of a shallow class enumeration names CIM_ManagedElement as its superclass")
    public void shallowClassesAreDirectSubclasses() {
        CimXmlResponse classes = wbem.success("WBEM-OP-002", discovery.classNamespace(), "EnumerateClasses",
                WbemRequests.className(WbemDiscovery.ROOT_CLASS) + WbemRequests.flag("DeepInheritance", false));
        if (classes.classes().isEmpty()) {
            throw new AssertionError("[WBEM-OP-002] EnumerateClasses of " + WbemDiscovery.ROOT_CLASS
                    + " returned no CLASS though EnumerateClassNames named " + discovery.subclass());
        }
        for (CimXmlClass c : classes.classes()) {
            if (!c.superclass().orElse("").equalsIgnoreCase(WbemDiscovery.ROOT_CLASS)) {
                throw new AssertionError("[WBEM-OP-002] the shallow enumeration returned " + c.name()
                        + " whose superclass is " + c.superclass().orElse("(none)"));
            }
        }
    }

    @Then("reading the subclass returns it without class origins by default")
    public void getClassReturnsTheClass() {
        CimXmlClass c = getClass(WbemRequests.flag("LocalOnly", false));
        if (!c.name().equalsIgnoreCase(discovery.subclass())) {
            throw new AssertionError("[WBEM-OP-001] GetClass " + discovery.subclass() + " returned class " + c.name());
        }
        if (c.properties().stream().anyMatch(p -> p.classOrigin().isPresent())) {
            throw new AssertionError("[WBEM-OP-001] GetClass without IncludeClassOrigin (default false) returned "
                    + "CLASSORIGIN attributes");
        }
    }

    @Then("reading the subclass without qualifiers returns none, and with class origins names them")
    public void qualifierAndOriginFlags() {
        CimXmlClass bare = getClass(WbemRequests.flag("LocalOnly", false)
                + WbemRequests.flag("IncludeQualifiers", false));
        boolean anyQualifier = !bare.qualifiers().isEmpty()
                || bare.properties().stream().anyMatch(p -> !p.qualifiers().isEmpty());
        if (anyQualifier) {
            throw new AssertionError("[WBEM-OP-001] GetClass with IncludeQualifiers=false returned qualifiers");
        }
        CimXmlClass origins = getClass(WbemRequests.flag("LocalOnly", false)
                + WbemRequests.flag("IncludeClassOrigin", true));
        for (CimXmlProperty p : origins.properties()) {
            if (p.classOrigin().isEmpty()) {
                throw new AssertionError("[WBEM-OP-001] GetClass with IncludeClassOrigin=true returned property "
                        + p.name() + " without CLASSORIGIN");
            }
        }
    }

    @Then("reading the subclass with LocalOnly returns only the properties it defines itself")
    public void localOnly() {
        CimXmlClass local = getClass(WbemRequests.flag("LocalOnly", true));
        CimXmlClass all = getClass(WbemRequests.flag("LocalOnly", false));
        for (CimXmlProperty p : local.properties()) {
            if (p.propagated()) {
                throw new AssertionError("[WBEM-OP-001] GetClass with LocalOnly=true returned the inherited "
                        + "property " + p.name());
            }
        }
        CimXmlResponse root = wbem.success("WBEM-OP-001", discovery.classNamespace(), "GetClass",
                WbemRequests.className(WbemDiscovery.ROOT_CLASS) + WbemRequests.flag("LocalOnly", false));
        Set<String> inherited = lower(root.classes().get(0).propertyNames());
        Set<String> allNames = lower(all.propertyNames());
        if (!allNames.containsAll(inherited)) {
            inherited.removeAll(allNames);
            throw new AssertionError("[WBEM-OP-001] GetClass " + discovery.subclass() + " with LocalOnly=false lacks "
                    + "the properties it inherits from " + WbemDiscovery.ROOT_CLASS + ": " + inherited);
        }
    }

    @Then("reading the subclass with a property list returns only the listed properties")
    public void propertyList() {
        CimXmlClass all = getClass(WbemRequests.flag("LocalOnly", false));
        if (all.properties().isEmpty()) {
            throw new org.testng.SkipException(discovery.subclass() + " has no properties to select");
        }
        String chosen = all.properties().get(all.properties().size() - 1).name();
        CimXmlClass one = getClass(WbemRequests.flag("LocalOnly", false) + WbemRequests.propertyList(List.of(chosen)));
        if (!lower(one.propertyNames()).equals(lower(List.of(chosen)))) {
            throw new AssertionError("[WBEM-OP-006] GetClass with PropertyList [" + chosen + "] returned "
                    + one.propertyNames());
        }
        CimXmlClass none = getClass(WbemRequests.flag("LocalOnly", false) + WbemRequests.propertyList(List.of()));
        if (!none.properties().isEmpty()) {
            throw new AssertionError("[WBEM-OP-006] GetClass with an empty PropertyList returned "
                    + none.propertyNames());
        }
    }

    private CimXmlClass getClass(String flags) {
        CimXmlResponse response = wbem.success("WBEM-OP-001", discovery.classNamespace(), "GetClass",
                WbemRequests.className(discovery.subclass()) + flags);
        List<CimXmlClass> classes = response.classes();
        if (classes.size() != 1) {
            throw new AssertionError("[WBEM-OP-001] GetClass " + discovery.subclass() + " returned " + classes.size()
                    + " CLASS elements, not one");
        }
        return classes.get(0);
    }

    private List<String> names(String className, boolean deep) {
        return wbem.success("WBEM-OP-002", discovery.classNamespace(), "EnumerateClassNames",
                WbemRequests.className(className) + WbemRequests.flag("DeepInheritance", deep)).classNames();
    }

    static Set<String> lower(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
