package org.vcmtck.simulator.frontend.http;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Builds the Jetty HTTPS connector a front end listens on instead of plain HTTP. */
public final class TlsConnectors {
    private TlsConnectors() {
    }

    public static ServerConnector https(Server server, HttpConfiguration base, ServerIdentity identity,
                                        String host, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(identity.keyStore());
        ssl.setKeyStorePassword(new String(identity.password()));
        ssl.setKeyManagerPassword(new String(identity.password()));
        HttpConfiguration https = new HttpConfiguration(base);
        // SNI host checking would refuse clients that dial an IP address; the certificate names it anyway
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false);
        https.addCustomizer(customizer);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
