package org.vcmtck.simulator.wbem.server;

import io.javalin.http.Context;
import org.vcmtck.simulator.frontend.http.BasicAuthenticator;
import org.vcmtck.simulator.wbem.cimxml.CimXmlEnvelope;
import org.vcmtck.simulator.wbem.cimxml.CimXmlException;
import org.vcmtck.simulator.wbem.cimxml.CimXmlRequest;
import org.vcmtck.simulator.wbem.cimxml.CimXmlWriter;
import org.vcmtck.simulator.wbem.cim.CimStatus;

import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * The HTTP side of {@code POST /cimom}: authentication, the DSP0200 header rules, body limits and parsing, then
 * hands the request to an {@link OperationProcessor}. HTTP-level refusals carry a CIMError header; everything
 * after the envelope is accepted is answered 200 with {@code CIMOperation: MethodResponse}.
 */
public final class CimomEndpoint {
    public static final String PATH = "/cimom";
    public static final String XML = "application/xml; charset=\"utf-8\"";

    private final BasicAuthenticator auth;
    private final CimXmlEnvelope envelope;
    private final OperationProcessor processor;
    private final int maxBodyBytes;
    // only the error writer is used, which names no host
    private final CimXmlWriter denied = new CimXmlWriter("localhost");
    private volatile boolean shuttingDown;

    public CimomEndpoint(BasicAuthenticator auth, CimXmlEnvelope envelope, OperationProcessor processor,
                         int maxBodyBytes) {
        this.auth = auth;
        this.envelope = envelope;
        this.processor = processor;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void post(Context ctx) {
        handle(ctx, "");
    }

    /** The M-POST form (WBEM-HTTP-010): the same request with its CIM headers under the Man header's prefix. */
    public void mpost(Context ctx) {
        MPostHeaders form;
        try {
            form = MPostHeaders.of(ctx.header("Man"));
        } catch (HttpRejection r) {
            reject(ctx, r, "");
            return;
        }
        ctx.header("Ext", "");
        ctx.header("Man", MPostHeaders.MAPPING + "; ns=" + form.prefix().substring(0, 2));
        handle(ctx, form.prefix());
    }

    /** Requests arriving from now on are answered 503 (WBEM-HTTP-012); requests already accepted complete. */
    public void beginShutdown() {
        shuttingDown = true;
    }

    private void handle(Context ctx, String prefix) {
        try {
            if (shuttingDown) {
                ctx.header("Retry-After", "1");
                throw new HttpRejection(503, null, "the server is shutting down");
            }
            String user = authenticate(ctx);
            UnaryOperator<String> plain = ctx::header;
            UnaryOperator<String> header = prefix.isEmpty() ? plain : new MPostHeaders(prefix).lookup(plain);
            RequestRules.Headers headers = RequestRules.checkHeaders(header);
            byte[] body;
            try {
                body = BoundedBody.read(ctx.bodyInputStream(), ctx.req().getContentLengthLong(), maxBodyBytes);
            } catch (IOException e) {
                throw new HttpRejection(400, "request-not-well-formed", "cannot read the request body: "
                        + e.getMessage());
            }
            RequestRules.checkUtf8(body);
            CimXmlRequest request;
            try {
                request = envelope.read(body);
            } catch (CimXmlException e) {
                int status = switch (e.kind()) {
                    case UNSUPPORTED_CIM_VERSION, UNSUPPORTED_DTD_VERSION, UNSUPPORTED_PROTOCOL_VERSION -> 501;
                    default -> 400;
                };
                // a MULTIREQ without CIMBatch (CIMBatch itself is refused earlier) is a header mismatch
                String token = e.kind() == CimXmlException.Kind.MULTIPLE_REQUESTS ? "header-mismatch"
                        : e.kind().cimError();
                throw new HttpRejection(status, token, e.getMessage());
            }
            RequestRules.checkAgainst(headers, request);
            long started = System.nanoTime();
            byte[] answer = auth.isReadOnly(user) && AccessRules.changesState(request)
                    ? denied.error(request.messageId(), request.name(), request.intrinsic(),
                    CimStatus.CIM_ERR_ACCESS_DENIED, "CIM_ERR_ACCESS_DENIED: user " + user
                            + " is read-only and may not call " + request.name())
                    : processor.process(request, user);
            ctx.status(200);
            ctx.header(prefix + "CIMOperation", "MethodResponse");
            // optional (WBEM-HTTP-009): the time spent on the operation, in microseconds, as pywbem reads it
            ctx.header("WBEMServerResponseTime", Long.toString((System.nanoTime() - started) / 1000));
            ctx.contentType(XML);
            ctx.result(answer);
        } catch (HttpRejection r) {
            reject(ctx, r, prefix);
        }
    }

    /** Any other verb on /cimom. */
    public void notAllowed(Context ctx) {
        ctx.header("Allow", "POST");
        reject(ctx, new HttpRejection(405, null, ctx.method().name() + " is not allowed on " + PATH
                + "; CIM operations are POSTed"), "");
    }

    private String authenticate(Context ctx) {
        if (auth.isOpen()) {
            return null;
        }
        BasicAuthenticator.Outcome outcome = auth.check(ctx.header("Authorization"));
        if (outcome != BasicAuthenticator.Outcome.ACCEPTED) {
            ctx.header("WWW-Authenticate", BasicAuthenticator.CHALLENGE);
            // The JSR48 (SBLIM) client resends a challenged request on the same connection without reading the
            // 401's body, then takes that body for the next answer and sends the request a third time: a write
            // ran twice. Closing the connection after a challenge makes every client start the retry afresh.
            ctx.header("Connection", "close");
            throw new HttpRejection(401, null, outcome.message());
        }
        return auth.user(ctx.header("Authorization"));
    }

    private static void reject(Context ctx, HttpRejection r, String prefix) {
        ctx.status(r.status());
        if (r.cimError() != null) {
            ctx.header(prefix + "CIMError", r.cimError());
        }
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(r.getMessage());
    }
}
