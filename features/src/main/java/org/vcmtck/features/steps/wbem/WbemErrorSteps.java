package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimXmlInstanceName;
import org.vcmtck.assertions.wbem.CimXmlResponse;
import org.vcmtck.features.steps.wbem.WbemContext.Authentication;

/** CIM status codes for what does not exist or is asked wrongly (WBEM-OP-*, WBEM-XML-007, WBEM-ERR-*). */
public class WbemErrorSteps {

    /** A name no schema defines; the vendor prefix is the suite's own. */
    private static final String UNKNOWN = "VCMTCK_NoSuchThing";

    private final WbemContext wbem;
    private final WbemDiscovery discovery;
    private CimXmlResponse answer;
    private String asked;

    public WbemErrorSteps(WbemContext wbem, WbemDiscovery discovery) {
        this.wbem = wbem;
        this.discovery = discovery;
    }

    @When("^the client asks for (.+)$")
    public void theClientAsksFor(String what) {
        asked = what;
        String interop = wbem.interopNamespace();
        answer = switch (what) {
            case "a class of an unknown name" -> wbem.answer(wbem.requirements(), interop, "GetClass",
                    WbemRequests.className(UNKNOWN));
            case "the subclass names of an unknown class" -> wbem.answer(wbem.requirements(), interop,
                    "EnumerateClassNames", WbemRequests.className(UNKNOWN));
            case "a class in an unknown namespace" -> wbem.answer(wbem.requirements(), "vcmtck/nowhere",
                    "GetClass", WbemRequests.className(WbemDiscovery.ROOT_CLASS));
            case "an instance of an unknown class" -> wbem.answer(wbem.requirements(), interop, "GetInstance",
                    WbemRequests.instanceName(UNKNOWN, Map.of("Name", "x")));
            case "an instance without naming it" -> wbem.answer(wbem.requirements(), interop, "GetInstance", "");
            case "an unknown intrinsic operation" -> wbem.answer(wbem.requirements(), interop, "VcmtckNoSuchOperation",
                    "");
            case "an unknown instance of a known class" -> {
                CimXmlInstanceName name = discovery.keyedInstance()
                        .orElseThrow(() -> new SkipException("no enumerated instance has a named key"));
                Map<String, String> keys = new LinkedHashMap<>(name.keys());
                String key = keys.keySet().stream().filter(k -> !k.isEmpty()).findFirst().orElseThrow();
                keys.put(key, keys.get(key) + "-vcmtck-absent");
                yield wbem.answer(wbem.requirements(), discovery.instanceNamespace(), "GetInstance",
                        WbemRequests.instanceName(name.className(), keys));
            }
            case "an unknown method of a known class" -> unknownMethod();
            default -> throw new IllegalArgumentException("unknown request: " + what);
        };
    }

    @Then("the server answers with CIM status {int}")
    public void theServerAnswersWith(int code) {
        WbemContext.expectErrorCode(wbem.requirements(), asked, answer, code);
    }

    private CimXmlResponse unknownMethod() {
        String ns = discovery.classNamespace();
        String cls = discovery.subclass();
        Map<String, String> headers = new LinkedHashMap<>(WbemContext.intrinsicHeaders("VcmtckNoSuchMethod", ns));
        headers.put("CIMObject", ns + ":" + cls);
        WbemExchange exchange = wbem.send("POST", headers, WbemRequests.extrinsicOnClass(WbemContext.nextId(), ns,
                cls, "VcmtckNoSuchMethod").getBytes(StandardCharsets.UTF_8), Authentication.TARGET,
                "VcmtckNoSuchMethod on " + cls);
        if (exchange.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + ": a well-formed "
                    + "method call must be answered 200: " + exchange.bodyText());
        }
        return exchange.response(wbem.requirements());
    }
}
