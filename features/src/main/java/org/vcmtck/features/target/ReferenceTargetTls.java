package org.vcmtck.features.target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.vcmtck.simulator.launcher.LaunchException;
import org.vcmtck.simulator.launcher.Launcher;
import org.vcmtck.simulator.launcher.RunningReference;

/**
 * WBEM-HTTP-008 for the built-in reference: the run's own reference serves plain HTTP on loopback so that every
 * check can read its traffic, so whether the reference can carry Basic credentials over TLS is asked of a private,
 * throw-away copy started with {@code wbem.tls=true} and a users file. Its certificate is self-signed and made for
 * this copy, which this process started on loopback, so it is trusted without a trust store.
 */
public final class ReferenceTargetTls {

    private ReferenceTargetTls() {
    }

    /** What the private TLS reference did: the URL it announced and the status of an authenticated request. */
    public record Outcome(String url, int status) {
    }

    public static Outcome authenticatedRequestOverTls(byte[] body, Map<String, String> headers)
            throws ReferenceTargetShutdown.NoReference {
        try (ReferenceUsers users = ReferenceUsers.create()) {
            RunningReference running;
            try {
                running = Launcher.start(new String[]{"--seed", "1", "--hosts", "1", "--vms", "1",
                    "--frontend-setting", "wbem.tls=true", "--frontend-setting", "wbem.users=" + users.file()});
            } catch (LaunchException e) {
                throw new ReferenceTargetShutdown.NoReference("a private TLS reference could not be started: "
                        + e.getMessage());
            }
            try (running) {
                String url = running.endpoints().get("wbem");
                if (url == null) {
                    throw new ReferenceTargetShutdown.NoReference("the private reference serves no WBEM endpoint");
                }
                HttpClient client = HttpClient.newBuilder().sslContext(trustingThisCopy())
                        .connectTimeout(Duration.ofSeconds(10)).build();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                headers.forEach(request::header);
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((users.credentials()
                        .user() + ":" + users.credentials().password()).getBytes(StandardCharsets.UTF_8)));
                try {
                    return new Outcome(url, client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode());
                } catch (IOException e) {
                    return new Outcome(url, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Outcome(url, -1);
                }
            }
        }
    }

    private static SSLContext trustingThisCopy() {
        TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // no client certificates are presented
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the server is the private copy this process just started on loopback
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{any}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the platform offers no TLS: " + e.getMessage(), e);
        }
    }
}
