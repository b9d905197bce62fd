package org.vcmtck.features.steps.wbem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimError;
import org.vcmtck.assertions.wbem.CimStatusCodes;
import org.vcmtck.assertions.wbem.CimXmlResponse;
import org.vcmtck.assertions.wbem.CimXmlResponseException;
import org.vcmtck.features.steps.World;
import org.vcmtck.profiles.target.Credentials;
import org.vcmtck.profiles.target.Endpoints;

/**
 * Per-scenario state of the WBEM steps: where the server is, its namespaces and credentials (from the target
 * session, as the built-in reference announces them or a target file gives them), and the last exchange. Requests
 * are sent as raw HTTP so that headers and status codes a WBEM client would hide can be checked.
 */
public final class WbemContext {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger IDS = new AtomicInteger(1000);

    /** How a request authenticates. */
    enum Authentication { TARGET, NONE, WRONG }

    private final World world;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private WbemExchange last;
    private String requirements = "DSP0200";

    public WbemContext(World world) {
        this.world = world;
    }

    @Before
    public void rememberRequirements(Scenario scenario) {
        // failures cite the requirement ids the scenario is tagged with, so the report can trace them
        List<String> ids = scenario.getSourceTagNames().stream().map(t -> t.substring(1))
                .filter(t -> t.startsWith("WBEM-")).sorted().toList();
        requirements = ids.isEmpty() ? "DSP0200" : String.join(", ", ids);
    }

    /** The scenario's requirement ids, for failure messages. */
    String requirements() {
        return requirements;
    }

    World world() {
        return world;
    }

    String url() {
        return world.session().endpoint("wbem").orElseThrow(() -> new SkipException("the target has no WBEM endpoint"));
    }

    String interopNamespace() {
        return world.session().endpoint("interopNamespace").orElse(Endpoints.DEFAULT_INTEROP_NAMESPACE);
    }

    String virtualizationNamespace() {
        return world.session().endpoint("virtualizationNamespace")
                .orElse(Endpoints.DEFAULT_VIRTUALIZATION_NAMESPACE);
    }

    Optional<Credentials> credentials() {
        return Optional.ofNullable(world.session().target().credentials().get("wbem"));
    }

    static String nextId() {
        return Integer.toString(IDS.incrementAndGet());
    }

    WbemExchange last() {
        if (last == null) {
            throw new IllegalStateException("no request was sent to the WBEM server in this scenario yet");
        }
        return last;
    }

    /** The standard headers of a simple intrinsic request on a namespace (WBEM-HDR-001/004/005). */
    static Map<String, String> intrinsicHeaders(String operation, String namespace) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/xml; charset=\"utf-8\"");
        headers.put("CIMOperation", "MethodCall");
        headers.put("CIMMethod", operation);
        headers.put("CIMObject", namespace);
        return headers;
    }

    /** Sends a well-formed intrinsic call with the target's credentials. */
    WbemExchange call(String namespace, String operation, String params) {
        return send("POST", intrinsicHeaders(operation, namespace),
                WbemRequests.intrinsic(nextId(), namespace, operation, params).getBytes(StandardCharsets.UTF_8),
                Authentication.TARGET, operation + " in " + namespace);
    }

    /** Sends a well-formed intrinsic call and reads the CIM-XML answer, which must not be an HTTP refusal. */
    CimXmlResponse answer(String requirement, String namespace, String operation, String params) {
        WbemExchange exchange = call(namespace, operation, params);
        if (exchange.status() != 200) {
            throw new AssertionError("[" + requirement + "] " + exchange.summary() + ": a well-formed request must "
                    + "be answered 200: " + exchange.bodyText());
        }
        return exchange.response(requirement);
    }

    /** Like {@link #answer}, but an ERROR answer fails the requirement too. */
    CimXmlResponse success(String requirement, String namespace, String operation, String params) {
        CimXmlResponse response = answer(requirement, namespace, operation, params);
        Optional<CimError> error = readError(requirement, response);
        if (error.isPresent()) {
            throw new AssertionError("[" + requirement + "] " + operation + " in " + namespace + " failed: "
                    + error.get());
        }
        return response;
    }

    static Optional<CimError> readError(String requirement, CimXmlResponse response) {
        try {
            return response.error();
        } catch (CimXmlResponseException e) {
            throw new AssertionError("[" + requirement + "] " + e.getMessage());
        }
    }

    WbemExchange send(String method, Map<String, String> headers, byte[] body, Authentication auth,
                      String operation) {
        return sendTo(URI.create(url()), method, headers, body, auth, operation);
    }

    /** Like {@link #send}, to another URL of the server (e.g. a path other than the target's). */
    WbemExchange sendTo(URI url, String method, Map<String, String> headers, byte[] body, Authentication auth,
                        String operation) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT);
        headers.forEach(request::header);
        authorization(auth).ifPresent(value -> request.header("Authorization", value));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> lower = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
            last = new WbemExchange(operation, response.statusCode(), lower, response.body());
            world.evidence("WBEM " + operation, last.summary() + "\n\n" + last.bodyText());
            return last;
        } catch (IOException e) {
            throw new AssertionError("the WBEM server " + url() + " could not be reached for " + operation + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the WBEM server", e);
        }
    }

    private Optional<String> authorization(Authentication auth) {
        Optional<Credentials> credentials = credentials();
        return switch (auth) {
            case NONE -> Optional.empty();
            case TARGET -> credentials.map(c -> basic(c.user(), c.password()));
            case WRONG -> Optional.of(basic(credentials.map(Credentials::user).orElse("vcmtck"),
                    "wrong-" + nextId()));
        };
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The answer must be an ERROR with the code; any code must be one DSP0200 defines (WBEM-ERR-001). */
    static void expectErrorCode(String requirement, String what, CimXmlResponse response, int code) {
        CimError error = readError(requirement, response).orElseThrow(() -> new AssertionError("[" + requirement
                + "] " + what + " succeeded; expected ERROR " + CimStatusCodes.describe(code)));
        if (!CimStatusCodes.isDefined(error.code())) {
            throw new AssertionError("[WBEM-ERR-001] " + what + " answered " + error);
        }
        if (error.code() != code) {
            throw new AssertionError("[" + requirement + "] " + what + " answered " + error + "; expected "
                    + CimStatusCodes.describe(code));
        }
    }
}
