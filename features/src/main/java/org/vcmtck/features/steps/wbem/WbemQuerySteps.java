package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vcmtck.assertions.wbem.CimXmlInstance;
import org.vcmtck.assertions.wbem.CimXmlInstanceName;
import org.vcmtck.assertions.wbem.CimXmlResponse;

/**
 * ExecQuery (WBEM-OP-011, optional feature wbem-exec-query), sent raw so that the answer's structure (objects
 * with path) and the exact status codes are what is checked. The queried class is that of an instance the server
 * enumerates itself.
 */
public class WbemQuerySteps {

    private static final int QUERY_LANGUAGE_NOT_SUPPORTED = 14;
    private static final int INVALID_QUERY = 15;

    private final WbemContext wbem;
    private final WbemDiscovery discovery;

    public WbemQuerySteps(WbemContext wbem, WbemDiscovery discovery) {
        this.wbem = wbem;
        this.discovery = discovery;
    }

    @Then("a WQL query selecting an enumerated instance's class returns its instances as objects with path")
    public void wqlReturnsObjectsWithPath() {
        CimXmlInstanceName sample = discovery.instanceNames().get(0);
        String className = sample.className();
        CimXmlResponse answer = wbem.success("WBEM-OP-011", discovery.instanceNamespace(), "ExecQuery",
                query("WQL", "SELECT * FROM " + className));
        List<String> elements = answer.returnedElements();
        if (elements.isEmpty()) {
            throw new AssertionError("[WBEM-OP-011] ExecQuery SELECT * FROM " + className + " returned nothing, "
                    + "though " + sample + " exists");
        }
        if (elements.stream().anyMatch(e -> !e.equals("VALUE.OBJECTWITHPATH"))) {
            throw new AssertionError("[WBEM-OP-011] ExecQuery must return VALUE.OBJECTWITHPATH elements; it "
                    + "returned " + new TreeSet<>(elements));
        }
        Set<String> paths = new TreeSet<>();
        for (CimXmlInstance instance : answer.instances()) {
            CimXmlInstanceName path = instance.path().orElseThrow(() -> new AssertionError("[WBEM-OP-011] "
                    + "ExecQuery returned an instance of " + instance.className() + " without its path"));
            paths.add(path.identity());
        }
        if (!paths.contains(sample.identity())) {
            throw new AssertionError("[WBEM-OP-011] ExecQuery SELECT * FROM " + className + " returned " + paths
                    + ", without the enumerated " + sample);
        }
    }

    @Then("a query in the language {string} is refused as an unsupported query language")
    public void unsupportedLanguage(String language) {
        CimXmlResponse answer = wbem.answer("WBEM-OP-011", discovery.instanceNamespace(), "ExecQuery",
                query(language, "SELECT * FROM " + WbemDiscovery.ROOT_CLASS));
        WbemContext.expectErrorCode("WBEM-OP-011", "ExecQuery in the query language " + language, answer,
                QUERY_LANGUAGE_NOT_SUPPORTED);
    }

    @Then("a WQL query with a syntax error is refused as an invalid query")
    public void syntaxError() {
        discovery.instanceNames();
        CimXmlResponse answer = wbem.answer("WBEM-OP-011", discovery.instanceNamespace(), "ExecQuery",
                query("WQL", "SELECT FROM WHERE " + WbemDiscovery.ROOT_CLASS + " ="));
        WbemContext.expectErrorCode("WBEM-OP-011", "ExecQuery of a malformed WQL statement", answer, INVALID_QUERY);
    }

    private static String query(String language, String text) {
        return WbemRequests.value("QueryLanguage", language) + WbemRequests.value("Query", text);
    }
}
