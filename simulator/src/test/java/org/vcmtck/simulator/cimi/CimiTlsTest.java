package org.vcmtck.simulator.cimi;

import org.testng.annotations.Test;
import org.vcmtck.simulator.frontend.http.ServerIdentity;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class CimiTlsTest {

    private static HttpClient trusting(X509Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("cimi", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void selfSignedTlsServesHttpsToAClientTrustingItsCertificate() throws Exception {
        CimiFrontEnd frontEnd = new CimiFrontEnd();
        try {
            String cep = frontEnd.start(new Datacenter(1, DatacenterOptions.defaults()),
                    new FrontEndOptions(null, 0, Map.of("tls", "true"))).get(CimiFrontEnd.KIND);
            assertThat(cep).startsWith("https://");
            X509Certificate certificate = frontEnd.certificate().orElseThrow();
            HttpResponse<String> r = get(trusting(certificate), cep);
            assertThat(r.statusCode()).isEqualTo(200);
            // ids and hrefs are built on the https base too
            assertThat(r.body()).contains("\"baseURI\" : \"https://");
            assertThatThrownBy(() -> get(HttpClient.newHttpClient(), cep)).isInstanceOf(SSLHandshakeException.class);
        } finally {
            frontEnd.stop();
        }
    }

    @Test
    public void pkcs12KeystoreIsServed() throws Exception {
        ServerIdentity made = ServerIdentity.selfSigned(InetAddress.getLoopbackAddress(), Instant.now());
        Path p12 = Files.createTempFile("cimi", ".p12");
        char[] password = "changeit".toCharArray();
        KeyStore copy = KeyStore.getInstance("PKCS12");
        copy.load(null, null);
        copy.setKeyEntry("server", made.keyStore().getKey(ServerIdentity.ALIAS, made.password()), password,
                made.keyStore().getCertificateChain(ServerIdentity.ALIAS));
        try (OutputStream out = Files.newOutputStream(p12)) {
            copy.store(out, password);
        }
        CimiFrontEnd frontEnd = new CimiFrontEnd();
        try {
            String cep = frontEnd.start(new Datacenter(1, DatacenterOptions.defaults()), new FrontEndOptions(null, 0,
                    Map.of("tls", "true", "keystore", p12.toString(), "keystorePassword", "changeit")))
                    .get(CimiFrontEnd.KIND);
            assertThat(frontEnd.certificate()).hasValue(made.certificate());
            assertThat(get(trusting(made.certificate()), cep).statusCode()).isEqualTo(200);
        } finally {
            frontEnd.stop();
        }
    }

    @Test
    public void wrongKeystorePasswordRefusesToStart() throws Exception {
        ServerIdentity made = ServerIdentity.selfSigned(InetAddress.getLoopbackAddress(), Instant.now());
        Path p12 = Files.createTempFile("cimi", ".p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            made.keyStore().store(out, made.password());
        }
        CimiFrontEnd frontEnd = new CimiFrontEnd();
        assertThatThrownBy(() -> frontEnd.start(new Datacenter(1, DatacenterOptions.defaults()),
                new FrontEndOptions(null, 0, Map.of("tls", "true", "keystore", p12.toString(),
                        "keystorePassword", "wrong"))))
                .isInstanceOf(IOException.class).hasMessageContaining(p12.toString());
        frontEnd.stop();
    }

    @Test
    public void tlsSettingMustBeBoolean() {
        CimiFrontEnd frontEnd = new CimiFrontEnd();
        assertThatThrownBy(() -> frontEnd.start(new Datacenter(1, DatacenterOptions.defaults()),
                new FrontEndOptions(null, 0, Map.of("tls", "yes"))))
                .isInstanceOf(IOException.class).hasMessageContaining("cimi.tls");
        frontEnd.stop();
    }
}
