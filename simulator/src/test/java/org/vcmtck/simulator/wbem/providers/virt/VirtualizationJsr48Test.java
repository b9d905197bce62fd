package org.vcmtck.simulator.wbem.providers.virt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.security.auth.Subject;

import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.client.PasswordCredential;
import org.metricshub.wbem.javax.wbem.client.UserPrincipal;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.metricshub.wbem.javax.wbem.client.WBEMClientConstants;
import org.metricshub.wbem.javax.wbem.client.WBEMClientFactory;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.frontend.FrontEnd;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.wbem.server.WbemFrontEnd;
import org.vcmtck.simulator.wbem.server.WbemFrontEndProvider;

/**
 * The DSP1042 / DSP1057 providers through the reference's own WBEM front end, driven by the JSR48 client (a
 * reading of CIM-XML, embedded instances included, that nobody here wrote).
 */
public class VirtualizationJsr48Test {
    private static final String VIRT = "root/virtualization";
    private static final String INTEROP = "root/interop";
    private final Datacenter dc = new Datacenter(11);
    private FrontEnd frontEnd;
    private WBEMClient client;
    private URI url;

    @BeforeClass
    public void start() throws Exception {
        dc.addHost(new HostSpec("host-j", 4, 16L << 30, List.of(new StorageVolume("v", 100L << 30)), List.of()));
        Path users = Files.createTempFile("users", ".yaml");
        Files.writeString(users, "users:\n  - name: bob\n    password: pw\n");
        frontEnd = new WbemFrontEndProvider().create();
        Map<String, String> endpoints = frontEnd.start(dc, new FrontEndOptions(null, 0,
                Map.of("users", users.toString())));
        url = URI.create(endpoints.get(WbemFrontEnd.KIND));
        client = WBEMClientFactory.getClient(WBEMClientConstants.PROTOCOL_CIMXML);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("bob"));
        subject.getPrivateCredentials().add(new PasswordCredential("pw"));
        client.initialize(new CIMObjectPath(url.getScheme(), url.getHost(), Integer.toString(url.getPort()), VIRT,
                null, null), subject, new Locale[]{Locale.US});
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        if (client != null) {
            client.close();
        }
        if (frontEnd != null) {
            frontEnd.stop();
        }
    }

    private CIMObjectPath classPath(String ns, String className) {
        return new CIMObjectPath(url.getScheme(), url.getHost(), Integer.toString(url.getPort()), ns, className,
                null);
    }

    private static <T> List<T> drain(CloseableIterator<T> it) {
        List<T> out = new ArrayList<>();
        while (it.hasNext()) {
            out.add(it.next());
        }
        it.close();
        return out;
    }

    private CIMObjectPath hostPath() throws Exception {
        return drain(client.enumerateInstanceNames(classPath(VIRT, "CIM_ComputerSystem"))).stream()
                .filter(p -> p.getKeyValue("Name").equals(dc.hosts().get(0).id())).findFirst().orElseThrow();
    }

    private List<String> hostedSystemNames() throws Exception {
        return drain(client.associatorNames(hostPath(), "CIM_HostedDependency", "CIM_ComputerSystem", null, null))
                .stream().map(p -> String.valueOf(p.getKeyValue("Name"))).toList();
    }

    private static CIMInstance settings(String className, CIMProperty<?>... props) {
        return new CIMInstance(new CIMObjectPath(null, null, null, VIRT, className, null), props);
    }

    private Object defineSystem(CIMInstance vssd, CIMInstance[] rasds, CIMArgument<?>[] out) throws Exception {
        CIMObjectPath vsms = drain(client.associatorNames(hostPath(), "CIM_HostedService",
                "CIM_VirtualSystemManagementService", null, null)).get(0);
        CIMArgument<?>[] in = {
                new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T, vssd),
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, rasds)};
        return client.invokeMethod(vsms, "DefineSystem", in, out);
    }

    @Test
    public void defineSystemThenStartIt() throws Exception {
        CIMInstance vssd = settings("CIM_VirtualSystemSettingData",
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, "jsr48-vm"));
        CIMInstance memory = settings("CIM_ResourceAllocationSettingData",
                new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(4)),
                new CIMProperty<>("AllocationUnits", CIMDataType.STRING_T, "byte*2^20"),
                new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64("512")));
        CIMArgument<?>[] out = new CIMArgument<?>[2];
        Object rc = defineSystem(vssd, new CIMInstance[]{memory}, out);
        assertThat(((UnsignedInteger32) rc).longValue()).isZero();
        CIMObjectPath created = (CIMObjectPath) java.util.Arrays.stream(out).filter(a -> a != null
                && a.getName().equalsIgnoreCase("ResultingSystem")).findFirst().orElseThrow().getValue();
        org.vcmtck.simulator.model.VirtualSystem model = dc.systems().stream()
                .filter(s -> s.name().equals("jsr48-vm")).findFirst().orElseThrow();
        String uuid = model.uuid();
        assertThat(created.getKeyValue("Name")).isEqualTo(uuid);
        assertThat(hostedSystemNames()).contains(uuid);
        assertThat(model.total(org.vcmtck.simulator.model.DeviceKind.MEMORY)).isEqualTo(512L << 20);

        CIMObjectPath vs = new CIMObjectPath(url.getScheme(), url.getHost(), Integer.toString(url.getPort()), VIRT,
                "CIM_ComputerSystem", created.getKeys());
        Object started = client.invokeMethod(vs, "RequestStateChange", new CIMArgument<?>[]{
                new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(2))},
                new CIMArgument<?>[1]);
        assertThat(((UnsignedInteger32) started).longValue()).isZero();
        assertThat(client.getInstance(vs, false, false, null).getPropertyValue("EnabledState"))
                .isEqualTo(new UnsignedInteger16(2));
    }

    @Test
    public void anEmbeddedInstanceOfTheWrongClassIsRefusedWithFour() throws Exception {
        int before = dc.systems().size();
        CIMInstance notAVssd = settings("CIM_ResourceAllocationSettingData",
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, "x"));
        Object rc = defineSystem(notAVssd, new CIMInstance[0], new CIMArgument<?>[2]);
        assertThat(((UnsignedInteger32) rc).longValue()).isEqualTo(4);
        assertThat(dc.systems()).hasSize(before);
    }

    @Test
    public void registrationLinksTraverseBothWays() throws Exception {
        List<CIMInstance> profiles = drain(client.enumerateInstances(classPath(INTEROP, "CIM_RegisteredProfile"),
                true, false, false, null));
        CIMInstance sv = profiles.stream().filter(p -> "System Virtualization".equals(
                p.getPropertyValue("RegisteredName"))).findFirst().orElseThrow();
        List<CIMObjectPath> central = drain(client.associatorNames(sv.getObjectPath(),
                "CIM_ElementConformsToProfile", null, null, null));
        assertThat(central).extracting(p -> String.valueOf(p.getKeyValue("Name")))
                .containsExactly(dc.hosts().get(0).id());
        List<CIMObjectPath> back = drain(client.associatorNames(hostPath(), "CIM_ElementConformsToProfile",
                null, null, null));
        assertThat(back).extracting(p -> String.valueOf(p.getKeyValue("InstanceID")))
                .containsExactly(VirtualizationProviders.SYSTEM_VIRTUALIZATION_ID);
        List<CIMObjectPath> referenced = drain(client.associatorNames(sv.getObjectPath(), "CIM_ReferencedProfile",
                null, "Dependent", "Antecedent"));
        // component profiles of other providers are referenced too
        assertThat(referenced).extracting(p -> String.valueOf(p.getKeyValue("InstanceID")))
                .contains(VirtualizationProviders.VIRTUAL_SYSTEM_ID);
    }

    @Test
    public void theHostsPrimordialPoolsAreReachedTheWayASuiteAsksForThem() throws Exception {
        // the SV-004 query: pools from the host through CIM_HostedResourcePool, then read one by one
        List<CIMObjectPath> names = drain(client.associatorNames(hostPath(), "CIM_HostedResourcePool",
                "CIM_ResourcePool", "GroupComponent", "PartComponent"));
        List<CIMInstance> pools = new ArrayList<>();
        for (CIMObjectPath name : names) {
            pools.add(client.getInstance(name, false, false, null));
        }
        assertThat(pools).allSatisfy(p -> assertThat(p.getPropertyValue("Primordial")).isEqualTo(Boolean.TRUE));
        assertThat(pools).extracting(p -> ((UnsignedInteger16) p.getPropertyValue("ResourceType")).intValue())
                .containsExactlyInAnyOrder(1, 3, 4, 10, 17);
        List<CIMObjectPath> back = drain(client.associatorNames(names.get(0), "CIM_HostedResourcePool",
                "CIM_ComputerSystem", "PartComponent", "GroupComponent"));
        assertThat(back).extracting(p -> String.valueOf(p.getKeyValue("Name")))
                .containsExactly(dc.hosts().get(0).id());
    }
}
