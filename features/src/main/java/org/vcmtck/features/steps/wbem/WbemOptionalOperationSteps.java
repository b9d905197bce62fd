package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Then;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimStatusCodes;
import org.vcmtck.assertions.wbem.CimXmlInstanceName;
import org.vcmtck.assertions.wbem.CimXmlResponse;

/**
 * The operations DSP0200 lets a server leave out (WBEM-OP-012): when offered they must do what they say; when not,
 * the refusal is CIM_ERR_NOT_SUPPORTED. Sent raw, as the JSR48 client has no GetProperty.
 */
public class WbemOptionalOperationSteps {

    private final WbemContext wbem;
    private final WbemDiscovery discovery;

    public WbemOptionalOperationSteps(WbemContext wbem, WbemDiscovery discovery) {
        this.wbem = wbem;
        this.discovery = discovery;
    }

    @Then("GetProperty of an enumerated instance's key returns the key's value, or is refused as not supported")
    public void getPropertyOfKey() {
        CimXmlInstanceName name = discovery.keyedInstance().orElseThrow(() -> new SkipException(
                "no enumerated instance has a key"));
        Map.Entry<String, String> key = name.keys().entrySet().stream().filter(k -> !k.getKey().isEmpty())
                .findFirst().orElseThrow();
        CimXmlResponse answer = wbem.answer("WBEM-OP-012", discovery.instanceNamespace(), "GetProperty",
                WbemRequests.instanceName(name.className(), name.keys())
                        + WbemRequests.value("PropertyName", key.getKey()));
        if (WbemContext.readError("WBEM-OP-012", answer).isPresent()) {
            WbemContext.expectErrorCode("WBEM-OP-012", "GetProperty " + key.getKey(), answer,
                    CimStatusCodes.NOT_SUPPORTED);
            return;
        }
        if (!answer.returnedElements().equals(List.of("VALUE"))) {
            throw new AssertionError("[WBEM-OP-012] GetProperty " + key.getKey() + " of " + name
                    + " must return one VALUE; it returned " + answer.returnedElements());
        }
        String body = new String(wbem.last().body(), StandardCharsets.UTF_8);
        if (!body.contains("<VALUE>" + WbemRequests.escape(key.getValue()) + "</VALUE>")) {
            throw new AssertionError("[WBEM-OP-012] GetProperty " + key.getKey() + " of " + name
                    + " did not return the key's value " + key.getValue() + ": " + wbem.last().bodyText());
        }
    }

    @Then("EnumerateQualifiers declares the Key qualifier, or is refused as not supported")
    public void enumerateQualifiers() {
        String namespace = discovery.instanceNamespace();
        CimXmlResponse answer = wbem.answer("WBEM-OP-012", namespace, "EnumerateQualifiers", "");
        if (WbemContext.readError("WBEM-OP-012", answer).isPresent()) {
            WbemContext.expectErrorCode("WBEM-OP-012", "EnumerateQualifiers", answer, CimStatusCodes.NOT_SUPPORTED);
            return;
        }
        List<String> elements = answer.returnedElements();
        if (elements.isEmpty() || elements.stream().anyMatch(e -> !e.equals("QUALIFIER.DECLARATION"))) {
            throw new AssertionError("[WBEM-OP-012] EnumerateQualifiers in " + namespace + " must return "
                    + "QUALIFIER.DECLARATION elements (a CIM schema declares at least Key); it returned " + elements);
        }
        String body = new String(wbem.last().body(), StandardCharsets.UTF_8);
        if (!body.matches("(?s).*<QUALIFIER\\.DECLARATION[^>]*NAME=\"(?i:key)\".*")) {
            throw new AssertionError("[WBEM-OP-012] EnumerateQualifiers in " + namespace
                    + " does not declare the Key qualifier every CIM schema uses");
        }
    }
}
