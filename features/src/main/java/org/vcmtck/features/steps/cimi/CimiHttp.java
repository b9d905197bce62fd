package org.vcmtck.features.steps.cimi;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.features.steps.World;
import org.vcmtck.profiles.target.Credentials;
import org.vcmtck.profiles.target.Target;

/**
 * Talks HTTP to the target's CIMI provider: one REST Assured request per call, to URLs taken from the provider's
 * own representations, with the target's credentials and TLS settings; every exchange is attached as evidence.
 */
public final class CimiHttp {

    /** Bodies longer than this are cut in the evidence; the report needs an excerpt, not a dump. */
    private static final int EVIDENCE_BODY_CHARS = 4000;

    private final World world;

    public CimiHttp(World world) {
        this.world = world;
    }

    public CimiExchange get(String url, CimiFormat accept) {
        return send(Method.GET, url, accept, null, null, true);
    }

    /** Which credentials a request carries: the target's, none, or deliberately wrong ones (CIMI-HTTP-008 401). */
    public enum Authentication { TARGET, NONE, WRONG }

    /** A GET or POST sent with the given authentication instead of the target's credentials. */
    public CimiExchange sendAs(Authentication authentication, String method, String url, CimiFormat accept,
                               String body) {
        return send(Method.valueOf(method), url, accept, body == null ? null : accept.mediaType(), body, true,
                Map.of(), authentication);
    }

    /** A GET repeated while waiting for a state: only the caller knows which answer is worth attaching. */
    public CimiExchange poll(String url, CimiFormat accept) {
        return send(Method.GET, url, accept, null, null, false);
    }

    public void attach(CimiExchange exchange) {
        world.evidence(exchange.summary(), evidence(exchange, null, null, Map.of()));
    }

    public CimiExchange delete(String url, CimiFormat accept) {
        return send(Method.DELETE, url, accept, null, null, true);
    }

    public CimiExchange post(String url, CimiFormat accept, String contentType, String body) {
        return send(Method.POST, url, accept, contentType, body, true);
    }

    /** A PUT, optionally conditional: {@code ifMatch} (when not null) is sent as If-Match (CIMI-HTTP-015). */
    public CimiExchange put(String url, CimiFormat accept, String body, String ifMatch) {
        return send(Method.PUT, url, accept, accept.mediaType(), body, true,
                ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    /** Any verb with an Accept header that need not be a CIMI format, to provoke 405 and 406. */
    public CimiExchange request(String method, String url, String acceptHeader, CimiFormat readAs) {
        return send(Method.valueOf(method), url, readAs, null, null, true, Map.of("Accept", acceptHeader));
    }

    private CimiExchange send(Method method, String url, CimiFormat accept, String contentType, String body,
                              boolean attach) {
        return send(method, url, accept, contentType, body, attach, Map.of());
    }

    private CimiExchange send(Method method, String url, CimiFormat accept, String contentType, String body,
                              boolean attach, Map<String, String> extraHeaders) {
        return send(method, url, accept, contentType, body, attach, extraHeaders, Authentication.TARGET);
    }

    private CimiExchange send(Method method, String url, CimiFormat accept, String contentType, String body,
                              boolean attach, Map<String, String> extraHeaders, Authentication authentication) {
        Target target = world.session().target();
        RequestSpecification request = RestAssured.given()
                .config(RestAssuredConfig.config()
                        // the checks must see exactly the Content-Type they chose, without an added charset
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false))
                        // a redirect is an answer of its own; following it would hide the provider's status
                        .redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .urlEncodingEnabled(false)
                .header("Accept", extraHeaders.getOrDefault("Accept", accept.mediaType()));
        extraHeaders.forEach((name, value) -> {
            if (!"Accept".equals(name)) {
                request.header(name, value);
            }
        });
        Optional<Credentials> credentials = Optional.ofNullable(target.credentials().get("cimi"));
        switch (authentication) {
            case TARGET -> credentials.ifPresent(c -> request.auth().preemptive().basic(c.user(), c.password()));
            // the right user with a password that cannot be its own: only the password is wrong
            case WRONG -> credentials.ifPresent(c -> request.auth().preemptive().basic(c.user(),
                    c.password() + "-not-the-password"));
            case NONE -> { }
        }
        if (target.tls().insecure()) {
            request.relaxedHTTPSValidation();
        }
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        Response response = request.request(method, url);
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.merge(header.getName(), header.getValue(), (a, b) -> a + ", " + b);
        }
        CimiExchange exchange = new CimiExchange(method.name(), url, accept, response.getStatusCode(), headers,
                response.getBody().asString());
        if (attach) {
            world.evidence(exchange.summary(), evidence(exchange, contentType, body, extraHeaders));
        }
        return exchange;
    }

    private static String evidence(CimiExchange exchange, String contentType, String requestBody,
                                   Map<String, String> extraHeaders) {
        StringBuilder text = new StringBuilder();
        text.append(exchange.method()).append(' ').append(exchange.url()).append('\n')
                .append("Accept: ").append(extraHeaders.getOrDefault("Accept", exchange.requested().mediaType()))
                .append('\n');
        extraHeaders.forEach((name, value) -> {
            if (!"Accept".equals(name)) {
                text.append(name).append(": ").append(value).append('\n');
            }
        });
        if (requestBody != null) {
            text.append("Content-Type: ").append(contentType).append('\n').append(excerpt(requestBody)).append('\n');
        }
        text.append("\n→ ").append(exchange.status()).append('\n');
        exchange.headers().forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.append('\n').append(excerpt(exchange.body())).toString();
    }

    private static String excerpt(String body) {
        return body.length() <= EVIDENCE_BODY_CHARS ? body
                : body.substring(0, EVIDENCE_BODY_CHARS) + "\n… (" + body.length() + " characters in all)";
    }
}
