package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimError;
import org.vcmtck.assertions.wbem.CimStatusCodes;
import org.vcmtck.assertions.wbem.CimXmlResponse;
import org.vcmtck.assertions.wbem.CimXmlResponseException;
import org.vcmtck.features.steps.wbem.WbemContext.Authentication;
import org.vcmtck.features.target.ReferenceTargetShutdown;
import org.vcmtck.features.target.ReferenceTargetTls;

/**
 * DSP0200 HTTP encapsulation beyond the basic rules of {@link WbemProtocolSteps}: the /cimom path, the Host
 * header, the response-time header, M-POST, trailers, the two-step header encoding and 503 while shutting down.
 * Each check starts from the same well-formed EnumerateClassNames request on the interop namespace.
 */
public class WbemHttpSteps {

    private static final String OPERATION = "EnumerateClassNames";
    private static final String MAN_URI = "http://www.dmtf.org/cim/mapping/http/v1.0";

    private final WbemContext wbem;
    private RawHttpExchange raw;
    private int shutdownStatus;

    public WbemHttpSteps(WbemContext wbem) {
        this.wbem = wbem;
    }

    @When("the client posts a well-formed request to the path \\/cimom of the WBEM server")
    public void theClientPostsToCimom() {
        URI target = URI.create(wbem.url());
        URI cimom = target.resolve("/cimom");
        String ns = wbem.interopNamespace();
        wbem.sendTo(cimom, "POST", WbemContext.intrinsicHeaders(OPERATION, ns), validBody(ns),
                Authentication.TARGET, OPERATION + " to " + cimom);
    }

    @When("the client sends a well-formed HTTP\\/1.1 request without a Host header")
    public void theClientSendsWithoutHost() {
        raw = sendRaw(false, "");
    }

    @When("the client sends a well-formed request that accepts trailers")
    public void theClientAcceptsTrailers() {
        raw = sendRaw(true, "TE: trailers\r\nConnection: TE, close\r\n");
    }

    @Then("the server refuses that request with HTTP 400")
    public void theRawRequestIsRefusedWith400() {
        if (raw.status() != 400) {
            throw new AssertionError("[" + wbem.requirements() + "] an HTTP/1.1 request without Host was answered "
                    + raw.status() + "; expected 400");
        }
    }

    @Then("the answer is a complete CIM-XML response and any CIMStatusCode trailer is a defined status code")
    public void theAnswerIsCompleteWithDefinedTrailers() {
        if (raw.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] a well-formed request accepting trailers was "
                    + "answered " + raw.status());
        }
        try {
            CimXmlResponse response = CimXmlResponse.parse(raw.body());
            if (!response.responseName().orElse("").equalsIgnoreCase(OPERATION)) {
                throw new AssertionError("[" + wbem.requirements() + "] the answer names "
                        + response.responseName().orElse("(nothing)") + ", not " + OPERATION);
            }
        } catch (CimXmlResponseException e) {
            throw new AssertionError("[" + wbem.requirements() + "] the answer to a request accepting trailers is "
                    + "not a complete CIM-XML response: " + e.getMessage());
        }
        Optional<String> code = Optional.ofNullable(raw.trailers().get("cimstatuscode"));
        if (code.isPresent()) {
            int value;
            try {
                value = Integer.parseInt(code.get().strip());
            } catch (NumberFormatException e) {
                throw new AssertionError("[" + wbem.requirements() + "] the CIMStatusCode trailer '" + code.get()
                        + "' is not a number");
            }
            if (value != 0 && !CimStatusCodes.isDefined(value)) {
                throw new AssertionError("[" + wbem.requirements() + "] the CIMStatusCode trailer " + value
                        + " is not a DSP0200 status code");
            }
        }
    }

    @Then("a WBEMServerResponseTime header, if the answer has one, is a whole number of microseconds")
    public void theResponseTimeIsAWholeNumber() {
        WbemExchange exchange = wbem.last();
        if (exchange.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + "; expected 200");
        }
        Optional<String> time = exchange.header("WBEMServerResponseTime");
        if (time.isPresent() && !time.get().strip().matches("[0-9]{1,19}")) {
            throw new AssertionError("[" + wbem.requirements() + "] WBEMServerResponseTime '" + time.get()
                    + "' is not a whole number of microseconds");
        }
    }

    @When("the client sends the well-formed request as M-POST with the CIM mapping and prefix {int}")
    public void theClientSendsMPost(int prefix) {
        String ns = wbem.interopNamespace();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/xml; charset=\"utf-8\"");
        headers.put("Man", MAN_URI + "; ns=" + prefix);
        WbemContext.intrinsicHeaders(OPERATION, ns).forEach((name, value) -> {
            if (name.startsWith("CIM")) {
                headers.put(prefix + "-" + name, value);
            }
        });
        wbem.send("M-POST", headers, validBody(ns), Authentication.TARGET, OPERATION + " as M-POST");
    }

    @Then("the server processes it as it processes POST, or refuses it so that the client falls back to POST")
    public void theMPostIsProcessedOrFallsBack() {
        WbemExchange exchange = wbem.last();
        int status = exchange.status();
        if (status == 405 || status == 501 || status == 510) {
            String ns = wbem.interopNamespace();
            WbemExchange fallback = wbem.send("POST", WbemContext.intrinsicHeaders(OPERATION, ns), validBody(ns),
                    Authentication.TARGET, OPERATION + " as POST after M-POST was refused");
            if (fallback.status() != 200) {
                throw new AssertionError("[" + wbem.requirements() + "] M-POST was refused with " + status
                        + " and the plain POST a client falls back to was answered " + fallback.summary());
            }
            return;
        }
        if (status != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + "; an M-POST is "
                    + "either processed (200) or refused with 405, 501 or 510 so that the client retries with POST");
        }
        boolean methodResponse = exchange.headers().entrySet().stream()
                .filter(h -> h.getKey().equals("cimoperation") || h.getKey().matches("[0-9]{2}-cimoperation"))
                .flatMap(h -> h.getValue().stream()).anyMatch(v -> v.strip().equalsIgnoreCase("MethodResponse"));
        if (!methodResponse) {
            throw new AssertionError("[" + wbem.requirements() + "] the 200 answer to M-POST carries no "
                    + "CIMOperation: MethodResponse header (plain or with its prefix)");
        }
        CimXmlResponse response = exchange.response(wbem.requirements());
        Optional<CimError> error = WbemContext.readError(wbem.requirements(), response);
        if (error.isPresent() || !response.responseName().orElse("").equalsIgnoreCase(OPERATION)) {
            throw new AssertionError("[" + wbem.requirements() + "] the M-POST " + OPERATION + " was not processed "
                    + "as its POST form is: " + error.map(CimError::toString)
                    .orElse("the answer names " + response.responseName().orElse("(nothing)")));
        }
    }

    @When("the client percent-encodes every character of the CIMMethod and CIMObject headers")
    public void theClientPercentEncodesEverything() {
        String ns = wbem.interopNamespace();
        Map<String, String> headers = new LinkedHashMap<>(WbemContext.intrinsicHeaders(OPERATION, ns));
        headers.put("CIMMethod", encodeAll(OPERATION));
        headers.put("CIMObject", encodeAll(ns));
        wbem.send("POST", headers, validBody(ns), Authentication.TARGET, OPERATION + " with encoded headers");
    }

    @When("the client names a namespace with a non-ASCII name, its CIMObject header encoded in two steps")
    public void theClientNamesANonAsciiNamespace() {
        String ns = wbem.interopNamespace() + "/vcmtck-\u00e9t\u00e9-\u6e2c";
        Map<String, String> headers = new LinkedHashMap<>(WbemContext.intrinsicHeaders(OPERATION, ns));
        headers.put("CIMObject", encodeAll(ns));
        wbem.send("POST", headers, validBody(ns), Authentication.TARGET, OPERATION + " in " + ns);
    }

    @When("the client sends a CIMObject header whose escapes do not decode to UTF-8")
    public void theClientSendsAnUndecodableObject() {
        String ns = wbem.interopNamespace();
        Map<String, String> headers = new LinkedHashMap<>(WbemContext.intrinsicHeaders(OPERATION, ns));
        // a lone continuation byte: no UTF-8 decoder may accept it
        headers.put("CIMObject", ns + "%80");
        wbem.send("POST", headers, validBody(ns), Authentication.TARGET, OPERATION + " with CIMObject " + ns
                + "%80");
    }

    @Then("the server answers it at the HTTP level with 200, not with a header mismatch")
    public void theServerAnswers200() {
        WbemExchange exchange = wbem.last();
        if (exchange.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + "; a header encoded in "
                    + "two steps must be decoded before it is compared");
        }
        exchange.response(wbem.requirements());
    }

    @When("a private copy of the built-in reference is sent requests while it shuts down")
    public void aPrivateReferenceShutsDown() {
        try {
            shutdownStatus = ReferenceTargetShutdown.firstRefusalWhileShuttingDown(validBody("root/interop"),
                    WbemContext.intrinsicHeaders(OPERATION, "root/interop"));
        } catch (ReferenceTargetShutdown.NoReference e) {
            throw new SkipException(e.getMessage());
        }
    }

    @Then("the first request it does not serve is answered 503")
    public void theFirstRefusalIs503() {
        if (shutdownStatus != 503) {
            throw new AssertionError("[" + wbem.requirements() + "] while shutting down the server answered "
                    + (shutdownStatus < 0 ? "by closing the connection" : "HTTP " + shutdownStatus)
                    + "; expected 503");
        }
    }

    @Then("the server that takes the credentials is served over HTTPS")
    public void theServerTakingCredentialsIsServedOverTls() {
        String ns = wbem.interopNamespace();
        if (wbem.world().session().target().isBuiltInReference()) {
            ReferenceTargetTls.Outcome outcome;
            try {
                outcome = ReferenceTargetTls.authenticatedRequestOverTls(validBody(ns),
                        WbemContext.intrinsicHeaders(OPERATION, ns));
            } catch (ReferenceTargetShutdown.NoReference e) {
                throw new SkipException(e.getMessage());
            }
            wbem.world().evidence("WBEM private TLS reference", outcome.url() + " → HTTP " + outcome.status());
            if (!outcome.url().startsWith("https://") || outcome.status() != 200) {
                throw new AssertionError("[" + wbem.requirements() + "] the reference started with wbem.tls=true "
                        + "announced " + outcome.url() + " and answered an authenticated request with "
                        + (outcome.status() < 0 ? "no answer" : "HTTP " + outcome.status()));
            }
            return;
        }
        URI url = URI.create(wbem.url());
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            throw new AssertionError("[" + wbem.requirements() + "] the target sends Basic credentials to " + url
                    + ", which is not HTTPS");
        }
        WbemExchange exchange = wbem.call(ns, OPERATION, "");
        if (exchange.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + " over HTTPS");
        }
    }

    private RawHttpExchange sendRaw(boolean withHost, String extraFields) {
        URI url = URI.create(wbem.url());
        if (!"http".equalsIgnoreCase(url.getScheme())) {
            throw new SkipException("the raw-socket check runs over plain HTTP; the target's WBEM URL is " + url);
        }
        String ns = wbem.interopNamespace();
        byte[] body = validBody(ns);
        StringBuilder head = new StringBuilder("POST " + (url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + " HTTP/1.1\r\n");
        if (withHost) {
            head.append("Host: ").append(url.getHost()).append(':').append(url.getPort()).append("\r\n");
        }
        WbemContext.intrinsicHeaders(OPERATION, ns).forEach((k, v) -> head.append(k).append(": ").append(v)
                .append("\r\n"));
        wbem.credentials().ifPresent(c -> head.append("Authorization: Basic ").append(Base64.getEncoder()
                .encodeToString((c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8))).append("\r\n"));
        head.append(extraFields);
        if (!extraFields.contains("Connection:")) {
            head.append("Connection: close\r\n");
        }
        head.append("Content-Length: ").append(body.length);
        try {
            RawHttpExchange exchange = RawHttpExchange.send(url, head.toString(), body);
            wbem.world().evidence("WBEM raw " + OPERATION, "HTTP " + exchange.status() + " " + exchange.headers()
                    + " trailers " + exchange.trailers());
            return exchange;
        } catch (IOException e) {
            throw new AssertionError("[" + wbem.requirements() + "] the WBEM server " + url + " did not answer a raw "
                    + "HTTP/1.1 request: " + e.getMessage(), e);
        }
    }

    private static byte[] validBody(String ns) {
        return WbemRequests.intrinsic(WbemContext.nextId(), ns, OPERATION, "").getBytes(StandardCharsets.UTF_8);
    }

    /** The two-step form with every byte escaped, which a server must decode as it decodes the minimal form. */
    static String encodeAll(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }
}
