package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimXmlResponse;
import org.vcmtck.features.steps.wbem.WbemContext.Authentication;

/**
 * HTTP framing, extension headers, authentication and message structure (DSP0200 clauses on HTTP encapsulation,
 * extension headers and security; DSP0201 message elements), checked with raw requests: each variation breaks
 * exactly one rule of an otherwise valid EnumerateClassNames request on the interop namespace.
 */
public class WbemProtocolSteps {

    private static final String OPERATION = "EnumerateClassNames";

    private final WbemContext wbem;
    private String sentId;

    public WbemProtocolSteps(WbemContext wbem) {
        this.wbem = wbem;
    }

    @Given("the target gives credentials for the WBEM server")
    public void theTargetGivesCredentials() {
        if (wbem.credentials().isEmpty()) {
            throw new SkipException("the target gives no WBEM credentials, so the server is taken not to require "
                    + "authentication");
        }
    }

    @Given("the WBEM server answers a well-formed request")
    public void theServerAnswersAWellFormedRequest() {
        // without this control a server that is down or refuses everything would pass the refusal checks
        WbemExchange exchange = sendValid(WbemContext.nextId());
        if (exchange.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] the control request " + exchange.summary()
                    + " was not answered 200: " + exchange.bodyText());
        }
    }

    @When("the client sends a well-formed request with message id {string}")
    public void theClientSendsAWellFormedRequest(String id) {
        sentId = id;
        sendValid(id);
    }

    @When("^the client sends a request (.+)$")
    public void theClientSendsARequest(String variation) {
        String ns = wbem.interopNamespace();
        Map<String, String> headers = new java.util.LinkedHashMap<>(WbemContext.intrinsicHeaders(OPERATION, ns));
        String valid = WbemRequests.intrinsic(WbemContext.nextId(), ns, OPERATION, "");
        byte[] body = valid.getBytes(StandardCharsets.UTF_8);
        String method = "POST";
        Authentication auth = Authentication.TARGET;
        switch (variation) {
            case "with the GET method" -> {
                method = "GET";
                body = null;
            }
            case "with Content-Type text/plain" -> headers.put("Content-Type", "text/plain; charset=utf-8");
            case "with bytes that are not UTF-8" -> {
                byte[] bad = Arrays.copyOf(body, body.length + 1);
                int at = valid.indexOf("<SIMPLEREQ>");
                System.arraycopy(body, at, bad, at + 1, body.length - at);
                bad[at] = (byte) 0xFF;
                body = bad;
            }
            case "with CIMOperation Foo" -> headers.put("CIMOperation", "Foo");
            case "without a CIMOperation header" -> headers.remove("CIMOperation");
            case "whose CIMMethod names another operation" -> headers.put("CIMMethod", "GetClass");
            case "whose CIMObject names another namespace" -> headers.put("CIMObject", ns + "x/vcmtck");
            case "with a CIMBatch header" -> headers.put("CIMBatch", "CIMBatch");
            case "with truncated XML" -> body = Arrays.copyOf(body, body.length - 20);
            case "with DTDVERSION 9.0" -> body = valid.replace("DTDVERSION=\"2.0\"", "DTDVERSION=\"9.0\"")
                    .getBytes(StandardCharsets.UTF_8);
            case "with CIMProtocolVersion 2.0" -> {
                headers.put("CIMProtocolVersion", "2.0");
            }
            case "without credentials" -> auth = Authentication.NONE;
            case "with a wrong password" -> auth = Authentication.WRONG;
            default -> throw new IllegalArgumentException("unknown request variation: " + variation);
        }
        wbem.send(method, headers, body, auth, OPERATION + " " + variation);
    }

    @Then("the server refuses it with HTTP {int} or {int}")
    public void theServerRefusesWithEither(int one, int other) {
        WbemExchange exchange = wbem.last();
        if (exchange.status() != one && exchange.status() != other) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + "; expected HTTP "
                    + one + " or " + other);
        }
    }

    @Then("the server refuses it with HTTP {int} and CIMError {string}")
    public void theServerRefusesWith(int status, String token) {
        WbemExchange exchange = wbem.last();
        if (exchange.status() != status) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + "; expected HTTP "
                    + status + " with CIMError " + token);
        }
        String actual = exchange.header("CIMError").orElseThrow(() -> new AssertionError("[" + wbem.requirements()
                + "] " + exchange.summary() + " carries no CIMError header; expected " + token));
        if (!actual.strip().equalsIgnoreCase(token)) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + "; expected CIMError "
                    + token);
        }
    }

    @Then("the server refuses it with HTTP 401 and an authentication challenge")
    public void theServerRefusesWith401() {
        WbemExchange exchange = wbem.last();
        if (exchange.status() != 401) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + "; expected 401");
        }
        String challenge = exchange.header("WWW-Authenticate").orElseThrow(() -> new AssertionError("["
                + wbem.requirements() + "] the 401 carries no WWW-Authenticate header"));
        if (!challenge.strip().toLowerCase(java.util.Locale.ROOT).startsWith("basic")
                && !challenge.toLowerCase(java.util.Locale.ROOT).contains("basic")) {
            throw new AssertionError("[" + wbem.requirements() + "] WWW-Authenticate '" + challenge
                    + "' does not offer the Basic scheme");
        }
    }

    @Then("the server answers HTTP 200 with CIMOperation MethodResponse and an XML content type")
    public void theServerAnswersAMethodResponse() {
        WbemExchange exchange = wbem.last();
        if (exchange.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + "; expected 200");
        }
        String operation = exchange.header("CIMOperation").orElse("(missing)");
        if (!operation.strip().equalsIgnoreCase("MethodResponse")) {
            throw new AssertionError("[" + wbem.requirements() + "] the response's CIMOperation header is "
                    + operation + ", not MethodResponse");
        }
        String type = exchange.header("Content-Type").orElse("(missing)").toLowerCase(java.util.Locale.ROOT);
        String media = type.split(";")[0].strip();
        if (!media.equals("application/xml") && !media.equals("text/xml")) {
            throw new AssertionError("[" + wbem.requirements() + "] the response's Content-Type is " + type
                    + ", not application/xml or text/xml");
        }
        if (type.contains("charset") && !type.replace("\"", "").contains("charset=utf-8")) {
            throw new AssertionError("[" + wbem.requirements() + "] the response's charset is not UTF-8: " + type);
        }
        if (exchange.header("CIMMethod").isPresent()) {
            throw new AssertionError("[" + wbem.requirements() + "] the response carries a CIMMethod header, "
                    + "which responses must not");
        }
    }

    @Then("the response message repeats the id, has protocol version 1.0 and names the operation")
    public void theResponseMessageIsWellFormed() {
        CimXmlResponse response = wbem.last().response(wbem.requirements());
        if (!response.messageId().orElse("").equals(sentId)) {
            throw new AssertionError("[WBEM-XML-003] the response MESSAGE ID is " + response.messageId()
                    .orElse("(missing)") + ", the request's was " + sentId);
        }
        if (!response.protocolVersion().orElse("").startsWith("1.")) {
            throw new AssertionError("[WBEM-XML-002] the response MESSAGE PROTOCOLVERSION is "
                    + response.protocolVersion().orElse("(missing)"));
        }
        if (response.cimVersion().isEmpty() || response.dtdVersion().isEmpty()) {
            throw new AssertionError("[WBEM-XML-001] the response CIM element lacks CIMVERSION or DTDVERSION");
        }
        if (!response.responseElement().equals("IMETHODRESPONSE")
                || !response.responseName().orElse("").equalsIgnoreCase(OPERATION)) {
            throw new AssertionError("[WBEM-XML-009] the response is " + response.responseElement() + " NAME="
                    + response.responseName().orElse("(missing)") + "; expected IMETHODRESPONSE " + OPERATION);
        }
    }

    private WbemExchange sendValid(String id) {
        String ns = wbem.interopNamespace();
        return wbem.send("POST", WbemContext.intrinsicHeaders(OPERATION, ns),
                WbemRequests.intrinsic(id, ns, OPERATION, "").getBytes(StandardCharsets.UTF_8),
                Authentication.TARGET, OPERATION + " in " + ns);
    }
}
