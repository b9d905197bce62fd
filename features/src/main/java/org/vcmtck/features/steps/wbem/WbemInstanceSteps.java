package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimXmlInstance;
import org.vcmtck.assertions.wbem.CimXmlInstanceName;
import org.vcmtck.assertions.wbem.CimXmlResponse;

/** Instance operations (WBEM-OP-003..006) on the instances the server enumerates. */
public class WbemInstanceSteps {

    private final WbemContext wbem;
    private final WbemDiscovery discovery;

    public WbemInstanceSteps(WbemContext wbem, WbemDiscovery discovery) {
        this.wbem = wbem;
        this.discovery = discovery;
    }

    @Given("the WBEM server holds instances of CIM_ManagedElement")
    public void theServerHoldsInstances() {
        wbem.world().evidence("instances", discovery.instanceNames().size() + " in " + discovery.instanceNamespace());
    }

    @Then("enumerating the instances returns the paths that enumerating their names returns")
    public void instancesMatchNames() {
        CimXmlResponse response = wbem.success("WBEM-OP-004", discovery.instanceNamespace(), "EnumerateInstances",
                WbemRequests.className(WbemDiscovery.ROOT_CLASS) + WbemRequests.flag("LocalOnly", false));
        List<String> returned = response.returnedElements();
        if (returned.stream().anyMatch(e -> !e.equals("VALUE.NAMEDINSTANCE"))) {
            throw new AssertionError("[WBEM-OP-004] EnumerateInstances returned " + new TreeSet<>(returned)
                    + ", not only VALUE.NAMEDINSTANCE");
        }
        Set<String> fromInstances = new TreeSet<>();
        for (CimXmlInstance instance : response.instances()) {
            fromInstances.add(instance.path().orElseThrow(() -> new AssertionError("[WBEM-OP-004] an instance of "
                    + instance.className() + " came without its INSTANCENAME")).identity());
        }
        Set<String> fromNames = identities(discovery.instanceNames());
        if (!fromInstances.equals(fromNames)) {
            throw new AssertionError("[WBEM-OP-005] EnumerateInstanceNames returned " + fromNames
                    + " but EnumerateInstances " + fromInstances);
        }
    }

    @Then("reading an enumerated instance returns an instance of its class")
    public void getInstance() {
        CimXmlInstanceName name = discovery.instanceNames().get(0);
        CimXmlInstance instance = read(name, "");
        if (!instance.className().equalsIgnoreCase(name.className())) {
            throw new AssertionError("[WBEM-OP-003] GetInstance " + name + " returned an instance of "
                    + instance.className());
        }
    }

    @Then("reading an instance with a property list returns only the listed properties")
    public void propertyList() {
        CimXmlInstanceName name = discovery.instanceNames().get(0);
        CimXmlInstance full = read(name, WbemRequests.flag("LocalOnly", false));
        if (full.properties().isEmpty()) {
            throw new SkipException(name + " has no properties to select");
        }
        String chosen = full.properties().get(full.properties().size() - 1).name();
        CimXmlInstance one = read(name, WbemRequests.flag("LocalOnly", false)
                + WbemRequests.propertyList(List.of(chosen)));
        if (!WbemClassSteps.lower(one.propertyNames()).equals(WbemClassSteps.lower(List.of(chosen)))) {
            throw new AssertionError("[WBEM-OP-006] GetInstance " + name + " with PropertyList [" + chosen
                    + "] returned " + one.propertyNames());
        }
        CimXmlInstance none = read(name, WbemRequests.flag("LocalOnly", false) + WbemRequests.propertyList(List.of()));
        if (!none.properties().isEmpty()) {
            throw new AssertionError("[WBEM-OP-006] GetInstance " + name + " with an empty PropertyList returned "
                    + none.propertyNames());
        }
    }

    private CimXmlInstance read(CimXmlInstanceName name, String flags) {
        CimXmlResponse response = wbem.success("WBEM-OP-003", discovery.instanceNamespace(), "GetInstance",
                WbemRequests.instanceName(name.className(), name.keys()) + flags);
        List<CimXmlInstance> instances = response.instances();
        if (instances.size() != 1) {
            throw new AssertionError("[WBEM-OP-003] GetInstance " + name + " returned " + instances.size()
                    + " INSTANCE elements, not one");
        }
        return instances.get(0);
    }

    static Set<String> identities(List<CimXmlInstanceName> names) {
        Set<String> out = new TreeSet<>();
        names.forEach(n -> out.add(n.identity()));
        return out;
    }
}
