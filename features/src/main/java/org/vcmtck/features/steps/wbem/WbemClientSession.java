package org.vcmtck.features.steps.wbem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.security.auth.Subject;
import io.cucumber.java.After;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.PasswordCredential;
import org.metricshub.wbem.javax.wbem.client.UserPrincipal;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.metricshub.wbem.javax.wbem.client.WBEMClientConstants;
import org.metricshub.wbem.javax.wbem.client.WBEMClientFactory;
import org.vcmtck.profiles.target.Credentials;

/**
 * A JSR48 WBEM client opened on the scenario's target with its credentials, for operations whose wire form is
 * not what a scenario checks (the client is a second, independent reading of CIM-XML). Opened on first use,
 * closed after the scenario. Failures become {@link Outcome}s carrying the CIM status code, so steps assert on
 * the code rather than on exception types. Instances the scenario creates are remembered and deleted afterwards.
 */
public final class WbemClientSession {

    private final WbemContext wbem;
    private final List<CIMObjectPath> created = new ArrayList<>();
    private WBEMClient client;

    public WbemClientSession(WbemContext wbem) {
        this.wbem = wbem;
    }

    /** What an operation returned, or the CIM status code it failed with. */
    public record Outcome<T>(T value, int statusCode, String message) {

        static <T> Outcome<T> of(T value) {
            return new Outcome<>(value, 0, "");
        }

        public boolean succeeded() {
            return statusCode == 0;
        }

        public T orFail(String requirement, String what) {
            if (!succeeded()) {
                throw new AssertionError("[" + requirement + "] " + what + " failed with CIM status " + statusCode
                        + ": " + message);
            }
            return value;
        }
    }

    /** An operation of the client that may throw a WBEMException. */
    @FunctionalInterface
    public interface ClientCall<T> {
        T call(WBEMClient client) throws WBEMException;
    }

    /** Runs the call; a WBEMException becomes its status code (the DSP0200 code the server sent). */
    public <T> Outcome<T> run(ClientCall<T> call) {
        try {
            return Outcome.of(call.call(client()));
        } catch (WBEMException e) {
            return new Outcome<>(null, e.getID(), String.valueOf(e.getMessage()));
        }
    }

    /** Drains an iterator the client returned (closing it). */
    public static <T> List<T> drain(CloseableIterator<T> it) throws WBEMException {
        List<T> out = new ArrayList<>();
        try {
            while (it.hasNext()) {
                out.add(it.next());
            }
            WBEMException failure = it.getWBEMException();
            if (failure != null) {
                throw failure;
            }
        } catch (RuntimeException e) {
            if (e.getCause() instanceof WBEMException w) {
                throw w;
            }
            throw e;
        } finally {
            it.close();
        }
        return out;
    }

    /** A path in the namespace on this target (host and port as the target names them). */
    public CIMObjectPath path(String namespace, String className, CIMProperty<?>... keys) {
        URI url = URI.create(wbem.url());
        return new CIMObjectPath(url.getScheme(), url.getHost(), Integer.toString(url.getPort()), namespace,
                className, keys);
    }

    /** Remembers an instance the scenario created, to delete after the scenario. */
    public void createdByScenario(CIMObjectPath path) {
        created.add(path);
    }

    /** The instance is deleted by the scenario itself; nothing is left to clean up. */
    public void deletedByScenario(CIMObjectPath path) {
        created.removeIf(p -> p.equals(path));
    }

    @After
    public void close() {
        if (client == null) {
            return;
        }
        try {
            for (CIMObjectPath path : created) {
                try {
                    client.deleteInstance(path);
                } catch (WBEMException e) {
                    // already gone (the scenario deleted it, or the server expired it): nothing is left behind
                }
            }
            created.clear();
        } finally {
            client.close();
            client = null;
        }
    }

    private WBEMClient client() throws WBEMException {
        if (client == null) {
            URI url = URI.create(wbem.url());
            WBEMClient opened = WBEMClientFactory.getClient(WBEMClientConstants.PROTOCOL_CIMXML);
            // the suite reports through its own output; the client's console and file logs stay off
            opened.setProperty("sblim.wbem.logConsoleLevel", "OFF");
            opened.setProperty("sblim.wbem.logFileLevel", "OFF");
            // plain POST: M-POST has scenarios of its own (raw), and one transport keeps failures easy to read
            opened.setProperty("sblim.wbem.httpMPOST", "false");
            Subject subject = new Subject();
            Optional<Credentials> credentials = wbem.credentials();
            credentials.ifPresent(c -> {
                subject.getPrincipals().add(new UserPrincipal(c.user()));
                subject.getPrivateCredentials().add(new PasswordCredential(c.password()));
                // Basic credentials on the first request: after a 401 carrying a body this client misreads the
                // next response on the connection and resends the request, which would run a write twice
                opened.setProperty("sblim.wbem.httpWwwAuthenticateInfo", "Basic realm=\"cimom\"");
            });
            opened.initialize(new CIMObjectPath(url.getScheme(), url.getHost(), Integer.toString(url.getPort()),
                    wbem.interopNamespace(), null, null), subject, new Locale[]{Locale.US});
            client = opened;
        }
        return client;
    }
}
