package org.vcmtck.simulator.wbem.server;

import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.PasswordCredential;
import org.metricshub.wbem.javax.wbem.client.UserPrincipal;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.metricshub.wbem.javax.wbem.client.WBEMClientConstants;
import org.metricshub.wbem.javax.wbem.client.WBEMClientFactory;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import javax.security.auth.Subject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Interop proof: the JSR48 client (sblim-cim-client2 fork), a reading of CIM-XML nobody here wrote. */
public class Jsr48ClientInteropTest {
    private static final String NS = TestRepository.NS;
    private WbemTestServer server;
    private WBEMClient client;
    private URI url;

    @BeforeClass
    public void start() throws Exception {
        Path users = Files.createTempFile("users", ".yaml");
        Files.writeString(users, "users:\n  - name: alice\n    password: s3cret\n");
        server = new WbemTestServer(Map.of("users", users.toString()));
        url = URI.create(server.url());
        client = WBEMClientFactory.getClient(WBEMClientConstants.PROTOCOL_CIMXML);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("alice"));
        subject.getPrivateCredentials().add(new PasswordCredential("s3cret"));
        client.initialize(new CIMObjectPath(url.getScheme(), url.getHost(), Integer.toString(url.getPort()), NS,
                null, null), subject, new Locale[]{Locale.US});
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private CIMObjectPath path(String className, CIMProperty<?>... keys) {
        return new CIMObjectPath(url.getScheme(), url.getHost(), Integer.toString(url.getPort()), NS, className,
                keys);
    }

    private static <T> List<T> drain(CloseableIterator<T> it) {
        List<T> out = new ArrayList<>();
        while (it.hasNext()) {
            out.add(it.next());
        }
        it.close();
        return out;
    }

    @Test
    public void enumerateClassNames() throws Exception {
        List<String> names = drain(client.enumerateClassNames(path("Test_Element"), true)).stream()
                .map(CIMObjectPath::getObjectName).toList();
        assertThat(names).containsExactly("Test_Thing", "Test_BigThing");
    }

    @Test
    public void enumerateInstances() throws Exception {
        List<CIMInstance> all = drain(client.enumerateInstances(path("Test_Thing"), true, false, false, null));
        assertThat(all).extracting(i -> i.getPropertyValue("Name")).containsExactlyInAnyOrder("a", "b", "c");
        CIMInstance b = all.stream().filter(i -> "b".equals(i.getPropertyValue("Name"))).findFirst().orElseThrow();
        assertThat(b.getClassName()).isEqualTo("Test_BigThing");
        assertThat(b.getPropertyValue("Heavy")).isEqualTo(Boolean.TRUE);
    }

    @Test
    public void getInstanceAndNotFound() throws Exception {
        CIMInstance a = client.getInstance(path("Test_Thing",
                new CIMProperty<>("Name", CIMDataType.STRING_T, "a", true, false, null)), false, false, null);
        assertThat(a.getPropertyValue("Caption")).isEqualTo("first");
        assertThat(a.getPropertyValue("Size")).isEqualTo(new UnsignedInteger16(3));
        assertThat((Object[]) a.getPropertyValue("Tags")).containsExactly("x", "y");
        WBEMException missing = catchThrowableOfType(WBEMException.class, () -> client.getInstance(path("Test_Thing",
                new CIMProperty<>("Name", CIMDataType.STRING_T, "zz", true, false, null)), false, false, null));
        assertThat(missing.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND);
    }

    @Test
    public void invokeMethodWithInAndOutParameters() throws Exception {
        CIMArgument<?>[] in = {new CIMArgument<>("Value", CIMDataType.UINT16_T, new UnsignedInteger16(5))};
        CIMArgument<?>[] out = new CIMArgument<?>[1];
        Object ret = client.invokeMethod(path("Test_Thing",
                new CIMProperty<>("Name", CIMDataType.STRING_T, "c", true, false, null)), "Ping", in, out);
        assertThat(ret).isEqualTo(new UnsignedInteger32(0));
        assertThat(out[0].getName()).isEqualTo("Echo");
        assertThat(out[0].getValue()).isEqualTo("5|c|");
        WBEMException nope = catchThrowableOfType(WBEMException.class, () -> client.invokeMethod(path("Test_Thing",
                new CIMProperty<>("Name", CIMDataType.STRING_T, "c", true, false, null)), "Nope", in, out));
        assertThat(nope.getID()).isEqualTo(WBEMException.CIM_ERR_METHOD_NOT_FOUND);
    }

    /**
     * The client first sends a write without credentials, is challenged, and sends it again: the write must
     * happen once. (The 401 closes its connection, so the client's retry cannot be read against the 401's body.)
     */
    @Test
    public void aChallengedCreateRunsOnce() throws Exception {
        WBEMClient fresh = WBEMClientFactory.getClient(WBEMClientConstants.PROTOCOL_CIMXML);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("alice"));
        subject.getPrivateCredentials().add(new PasswordCredential("s3cret"));
        fresh.initialize(new CIMObjectPath(url.getScheme(), url.getHost(), Integer.toString(url.getPort()), NS,
                null, null), subject, new Locale[]{Locale.US});
        try {
            CIMProperty<?> key = new CIMProperty<>("Name", CIMDataType.STRING_T, "created-once", true, false, null);
            CIMObjectPath created = fresh.createInstance(new CIMInstance(path("Test_Thing", key),
                    new CIMProperty<?>[]{key}));
            assertThat(created.getKey("Name").getValue()).isEqualTo("created-once");
            WBEMException again = catchThrowableOfType(WBEMException.class, () -> client.createInstance(
                    new CIMInstance(path("Test_Thing", key), new CIMProperty<?>[]{key})));
            assertThat(again.getID()).isEqualTo(WBEMException.CIM_ERR_ALREADY_EXISTS);
        } finally {
            fresh.close();
            try {
                client.deleteInstance(path("Test_Thing", new CIMProperty<>("Name", CIMDataType.STRING_T,
                        "created-once", true, false, null)));
            } catch (WBEMException e) {
                // not created: the assertions above already say why
            }
        }
    }
}
