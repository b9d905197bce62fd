package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.testng.SkipException;

/**
 * DSP1081 Virtual System Migration: the host's migration service and capabilities, and a migration of the virtual
 * system the suite defines to another host of the System Virtualization registration. The destination is named by
 * reference (MigrateVirtualSystemToSystem) when the capabilities list it, else by the host's Name
 * (MigrateVirtualSystemToHost). A virtual system that ends up on the destination is destroyed through the
 * destination's management service after the scenario.
 */
public class CimMigrationSteps {

    static final String MIGRATION = "Virtual System Migration";
    static final String SERVICE = "CIM_VirtualSystemMigrationService";
    static final String CAPABILITIES = "CIM_VirtualSystemMigrationCapabilities";
    static final String SETTING_DATA = "CIM_VirtualSystemMigrationSettingData";
    /** *MethodsSupported values: 2 MigrateToHost, 3 MigrateToSystem, 4 CheckToHost, 5 CheckToSystem. */
    private static final int MIGRATE_TO_HOST = 2;
    private static final int MIGRATE_TO_SYSTEM = 3;
    private static final int CHECK_TO_HOST = 4;
    private static final int CHECK_TO_SYSTEM = 5;
    /** DestinationHostFormatsSupported: 2 DNS name, 3 IPv4, 4 IPv6, with a sample of each the target cannot own. */
    private static final List<String> FORMAT_SAMPLES = List.of("", "", "unreachable.example.invalid", "192.0.2.1",
            "2001:db8::1");
    private static final Set<Long> RETURN_CODES = Set.of(0L, 1L, 2L, 3L, 4L, 4096L);
    private static final int INVALID_PARAMETER = 4;
    private static final int LIVE = 2;
    private static final Set<Integer> MIGRATING_OPERATING = Set.of(9, 10, 11);
    private static final int RELOCATING = 19;
    private static final int JOB_POLLS = 400;
    /**
     * An EmbeddedInstance parameter is a string on the wire; a client that reads the qualifier shows it as an
     * embedded object, so either type is the declared one.
     */
    private static final Set<Integer> EMBEDDED = Set.of(CIMDataType.STRING, CIMDataType.OBJECT);

    private final CimVirtualHost host;
    private final CimProfileContext cim;
    private CIMObjectPath service;
    private CIMObjectPath destination;
    private MethodResult answer;
    private Integer stateBefore;
    private CIMInstance duringMigration;

    public CimMigrationSteps(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
    }

    // ------------------------------------------------------------------ finding the service and destination

    @Given("the host's virtual system migration service is found through the Virtual System Migration registration")
    public void findService() {
        cim.centralInstances(MIGRATION);
        List<CIMObjectPath> services = hostedMigrationServices();
        if (services.isEmpty()) {
            throw new SkipException("the host hosts no " + SERVICE);
        }
        service = services.get(0);
    }

    @Then("the host hosts a CIM_VirtualSystemMigrationService through CIM_HostedService that the registration names as central instance")
    public void serviceIsCentral() {
        List<CIMObjectPath> services = hostedMigrationServices();
        if (services.isEmpty()) {
            throw cim.failure("the host " + host.host() + " hosts no " + SERVICE + " through CIM_HostedService");
        }
        Set<String> central = new HashSet<>();
        cim.centralInstances(MIGRATION).forEach(p -> central.add(CimProfileContext.identity(p)));
        if (services.stream().noneMatch(s -> central.contains(CimProfileContext.identity(s)))) {
            throw cim.failure("no migration service of the host " + services + " is a central instance of the \""
                    + MIGRATION + "\" registration " + central);
        }
    }

    @Given("another host of the System Virtualization registration as destination")
    public void findDestination() {
        String source = CimProfileContext.identity(host.host());
        destination = cim.centralInstances(CimVirtualHost.SYSTEM_VIRTUALIZATION).stream()
                .filter(p -> !CimProfileContext.identity(p).equals(source)).findFirst()
                .orElseThrow(() -> new SkipException("the target registers a single virtualization host: a"
                        + " migration needs a second one"));
    }

    // ------------------------------------------------------------------ MIG-002 signatures

    @Then("the migration service's class declares MigrateVirtualSystemToHost, MigrateVirtualSystemToSystem, CheckVirtualSystemIsMigratableToHost and CheckVirtualSystemIsMigratableToSystem with their parameters")
    public void signatures() {
        CIMObjectPath classPath = cim.session().path(service.getNamespace(), SERVICE);
        CIMClass cls = cim.call("GetClass of " + SERVICE, c -> c.getClass(classPath, false, true, false, null));
        List<String> problems = new ArrayList<>();
        for (String method : List.of("MigrateVirtualSystemToHost", "MigrateVirtualSystemToSystem",
                "CheckVirtualSystemIsMigratableToHost", "CheckVirtualSystemIsMigratableToSystem")) {
            CIMMethod<?> m = cls.getMethod(method);
            if (m == null) {
                problems.add(method + " is not declared");
                continue;
            }
            boolean toHost = method.endsWith("ToHost");
            expect(problems, m, "ComputerSystem", CIMDataType.REFERENCE, false, false);
            expect(problems, m, toHost ? "DestinationHost" : "DestinationSystem",
                    toHost ? CIMDataType.STRING : CIMDataType.REFERENCE, false, false);
            expect(problems, m, "MigrationSettingData", EMBEDDED, false, false);
            expect(problems, m, "NewSystemSettingData", EMBEDDED, false, false);
            expect(problems, m, "NewResourceSettingData", EMBEDDED, true, false);
            if (method.startsWith("Migrate")) {
                expect(problems, m, "Job", CIMDataType.REFERENCE, false, true);
            } else {
                expect(problems, m, "IsMigratable", CIMDataType.BOOLEAN, false, true);
            }
        }
        if (!problems.isEmpty()) {
            throw cim.failure(SERVICE + " does not declare the DSP1081 signatures: " + problems);
        }
    }

    private static void expect(List<String> problems, CIMMethod<?> m, String name, int type, boolean array,
                               boolean out) {
        expect(problems, m, name, Set.of(type), array, out);
    }

    private static void expect(List<String> problems, CIMMethod<?> m, String name, Set<Integer> types,
                               boolean array, boolean out) {
        CIMParameter<?> p = null;
        for (CIMParameter<?> candidate : m.getParameters()) {
            if (candidate.getName().equalsIgnoreCase(name)) {
                p = candidate;
            }
        }
        if (p == null) {
            problems.add(m.getName() + " has no parameter " + name);
            return;
        }
        if (!types.contains(p.getDataType().getType()) || p.getDataType().isArray() != array) {
            problems.add(m.getName() + "." + name + " is " + p.getDataType());
        }
        if (out && !Boolean.TRUE.equals(p.getQualifierValue("Out"))) {
            problems.add(m.getName() + "." + name + " is not an output parameter");
        }
    }

    // ------------------------------------------------------------------ MIG-005 capabilities

    @Then("the migration capabilities list only migration methods 2 to 5 and destination host formats 2 to 4")
    public void capabilitiesValues() {
        CIMInstance caps = capabilities().orElseThrow(() -> cim.failure("the migration service " + service
                + " has no " + CAPABILITIES + " through CIM_ElementCapabilities"));
        Set<Integer> methods = methods(caps);
        if (methods.isEmpty() || !Set.of(2, 3, 4, 5).containsAll(methods)) {
            throw cim.failure("the migration capabilities list methods " + methods + "; expected values of 2..5");
        }
        Set<Integer> formats = codes(caps, "DestinationHostFormatsSupported");
        if (!Set.of(2, 3, 4).containsAll(formats)) {
            throw cim.failure("DestinationHostFormatsSupported is " + formats + "; expected values of 2..4");
        }
        if (formats.isEmpty() && (methods.contains(MIGRATE_TO_HOST) || methods.contains(CHECK_TO_HOST))) {
            throw cim.failure("the capabilities list a ToHost method but no DestinationHostFormatsSupported");
        }
    }

    @When("the suite names a destination host in a format the migration capabilities do not list")
    public void unsupportedFormat() {
        CIMInstance caps = capabilities().orElseThrow(() -> new SkipException("no migration capabilities"));
        Set<Integer> methods = methods(caps);
        Set<Integer> formats = codes(caps, "DestinationHostFormatsSupported");
        int unsupported = List.of(3, 4, 2).stream().filter(f -> !formats.contains(f)).findFirst()
                .orElseThrow(() -> new SkipException("the capabilities list every destination host format"));
        String method = methods.contains(MIGRATE_TO_HOST) ? "MigrateVirtualSystemToHost"
                : methods.contains(CHECK_TO_HOST) ? "CheckVirtualSystemIsMigratableToHost" : null;
        if (method == null) {
            throw new SkipException("the capabilities list no method that takes a DestinationHost");
        }
        CIMObjectPath system = host.system();
        answer = cim.invoke(service, method, systemArgument(system),
                new CIMArgument<>("DestinationHost", CIMDataType.STRING_T, FORMAT_SAMPLES.get(unsupported)));
        if (answer.answered() && answer.returnValue() == MethodResult.JOB_STARTED) {
            finishJob(answer);
        }
    }

    @Then("the answer is 4 Invalid Parameter and the original host still hosts the virtual system")
    public void invalidParameter() {
        if (!answer.answered() || answer.returnValue() != INVALID_PARAMETER) {
            throw cim.failure("a destination host in a format the capabilities do not list was answered " + answer
                    + "; expected 4 Invalid Parameter");
        }
        stillOnSource();
    }

    // ------------------------------------------------------------------ MIG-003 / MIG-004 / MIG-007 migrations

    @When("the suite migrates the virtual system to the destination")
    public void migrate() {
        answer = startMigration(null);
        if (answer.answered() && answer.returnValue() == MethodResult.JOB_STARTED) {
            finishJob(answer);
        }
    }

    @When("the suite migrates the virtual system to the destination with MigrationType {int} Live")
    public void migrateLive(int type) {
        answer = startMigration(migrationSettings(type));
        if (answer.answered() && answer.returnValue() == 1) {
            throw new SkipException("the target does not migrate an active system live (1 Not Supported)");
        }
        if (answer.answered() && answer.returnValue() == MethodResult.JOB_STARTED) {
            finishJob(answer);
        }
        requireMigrated();
    }

    @When("the suite migrates the virtual system to the destination, reading it while the job runs")
    public void migrateWatching() {
        answer = startMigration(null);
        requireMigrated();
        if (answer.returnValue() != MethodResult.JOB_STARTED) {
            throw new SkipException("the migration finished inside the call: there is no migrating phase to see");
        }
        CIMInstance seen = cim.instance(host.system());
        CIMObjectPath job = jobOf(answer);
        long state = CimVirtualHost.intValue(cim.instance(job), "JobState");
        if (state >= 7 && state <= 10) {
            throw new SkipException("the migration job had finished before the system could be read while it ran");
        }
        duringMigration = seen;
        finishJob(answer);
    }

    @Then("the migration answered a return code of the migration methods, and its job \\(if any) completed")
    public void migrationCompleted() {
        requireMigrated();
        if (answer.returnValue() == MethodResult.JOB_STARTED) {
            long state = CimVirtualHost.intValue(cim.instance(jobOf(answer)), "JobState");
            if (state != 7) {
                throw cim.failure("the migration job ended in JobState " + state + "; expected 7 Completed");
            }
        }
    }

    @Then("the destination host hosts the virtual system and the original host does not")
    public void movedToDestination() {
        String system = CimProfileContext.identity(host.system());
        if (hosted(destination).stream().noneMatch(p -> CimProfileContext.identity(p).equals(system))) {
            throw cim.failure("after the migration the destination " + destination + " does not host "
                    + host.system() + " through CIM_HostedDependency");
        }
        if (hosted(host.host()).stream().anyMatch(p -> CimProfileContext.identity(p).equals(system))) {
            throw cim.failure("after the migration the original host still hosts " + host.system());
        }
    }

    @Then("the virtual system read during the migration showed OperatingStatus Migrating or OperationalStatus Relocating")
    public void migratingStatus() {
        Object operating = duringMigration.getPropertyValue("OperatingStatus");
        boolean migrating = operating instanceof Number n && MIGRATING_OPERATING.contains(n.intValue());
        if (duringMigration.getPropertyValue("OperationalStatus") instanceof Object[] values) {
            for (Object v : values) {
                migrating |= v instanceof Number n && n.intValue() == RELOCATING;
            }
        }
        if (!migrating) {
            throw cim.failure("while its migration job ran the virtual system showed OperatingStatus " + operating
                    + " and OperationalStatus " + java.util.Arrays.toString((Object[]) duringMigration
                    .getPropertyValue("OperationalStatus")) + "; expected 9/10/11 Migrating or 19 Relocating");
        }
    }

    // ------------------------------------------------------------------ MIG-006 check

    @When("the suite checks whether the virtual system is migratable to the destination")
    public void check() {
        Set<Integer> methods = capabilities().map(CimMigrationSteps::methods).orElse(Set.of());
        CIMObjectPath system = host.system();
        stateBefore = host.enabledState();
        if (methods.contains(CHECK_TO_SYSTEM)) {
            answer = cim.invoke(service, "CheckVirtualSystemIsMigratableToSystem", systemArgument(system),
                    new CIMArgument<>("DestinationSystem", new CIMDataType("CIM_System"), destination));
        } else if (methods.contains(CHECK_TO_HOST)) {
            answer = cim.invoke(service, "CheckVirtualSystemIsMigratableToHost", systemArgument(system),
                    new CIMArgument<>("DestinationHost", CIMDataType.STRING_T, hostName(destination)));
        } else {
            throw new SkipException("the migration capabilities list no CheckVirtualSystemIsMigratable* method");
        }
        registerCleanup();
    }

    @Then("the check answered 0 with IsMigratable true or false")
    public void checkAnswered() {
        if (!answer.answered() || answer.returnValue() != 0 || !(answer.outputs().get("IsMigratable")
                instanceof Boolean)) {
            throw cim.failure("the check answered " + answer + "; expected 0 and an IsMigratable boolean");
        }
    }

    @Then("the original host still hosts the virtual system and its EnabledState is unchanged")
    public void unchanged() {
        stillOnSource();
        int now = host.enabledState();
        if (stateBefore != null && now != stateBefore) {
            throw cim.failure("the virtual system's EnabledState went from " + stateBefore + " to " + now);
        }
    }

    // ------------------------------------------------------------------ helpers

    private List<CIMObjectPath> hostedMigrationServices() {
        return cim.associatorNamesIfKnown(host.host(), "CIM_HostedService", SERVICE, "Antecedent", "Dependent");
    }

    private Optional<CIMInstance> capabilities() {
        return cim.associators(service, "CIM_ElementCapabilities", CAPABILITIES, "ManagedElement", "Capabilities")
                .stream().findFirst();
    }

    private static Set<Integer> methods(CIMInstance caps) {
        Set<Integer> methods = new HashSet<>(codes(caps, "SynchronousMethodsSupported"));
        methods.addAll(codes(caps, "AsynchronousMethodsSupported"));
        return methods;
    }

    private static Set<Integer> codes(CIMInstance caps, String property) {
        Set<Integer> out = new HashSet<>();
        if (caps.getPropertyValue(property) instanceof Object[] values) {
            for (Object v : values) {
                out.add(((Number) v).intValue());
            }
        }
        return out;
    }

    /** Starts the migration by reference when the capabilities list it, else by the destination's Name. */
    private MethodResult startMigration(CIMInstance settings) {
        Set<Integer> methods = capabilities().map(CimMigrationSteps::methods).orElse(Set.of());
        CIMObjectPath system = host.system();
        List<CIMArgument<?>> in = new ArrayList<>(List.of(systemArgument(system)));
        String method;
        if (methods.contains(MIGRATE_TO_SYSTEM)) {
            method = "MigrateVirtualSystemToSystem";
            in.add(new CIMArgument<>("DestinationSystem", new CIMDataType("CIM_System"), destination));
        } else if (methods.contains(MIGRATE_TO_HOST)) {
            method = "MigrateVirtualSystemToHost";
            in.add(new CIMArgument<>("DestinationHost", CIMDataType.STRING_T, hostName(destination)));
        } else {
            throw new SkipException("the migration capabilities list no MigrateVirtualSystemTo* method");
        }
        if (settings != null) {
            in.add(new CIMArgument<>("MigrationSettingData", CIMDataType.OBJECT_T, settings));
        }
        registerCleanup();
        return cim.invoke(service, method, in.toArray(CIMArgument<?>[]::new));
    }

    private void requireMigrated() {
        if (!answer.answered() || !RETURN_CODES.contains(answer.returnValue())) {
            throw cim.failure("the migration answered " + answer + "; expected one of " + RETURN_CODES);
        }
        if (answer.returnValue() != 0 && answer.returnValue() != MethodResult.JOB_STARTED) {
            throw cim.failure("the migration of a defined system to another host was refused: " + answer);
        }
    }

    private CIMInstance migrationSettings(int type) {
        return new CIMInstance(new CIMObjectPath(null, null, null, service.getNamespace(), SETTING_DATA, null),
                new CIMProperty<?>[]{new CIMProperty<>("MigrationType", CIMDataType.UINT16_T,
                        new UnsignedInteger16(type))});
    }

    private static CIMArgument<?> systemArgument(CIMObjectPath system) {
        return new CIMArgument<>("ComputerSystem", new CIMDataType("CIM_ComputerSystem"), system);
    }

    /** The destination's Name, the name a management tool shows for a host. */
    private String hostName(CIMObjectPath hostPath) {
        Object name = cim.instance(hostPath).getPropertyValue("Name");
        return name == null ? "" : name.toString();
    }

    private List<CIMObjectPath> hosted(CIMObjectPath hostPath) {
        return cim.associatorNames(hostPath, "CIM_HostedDependency", "CIM_ComputerSystem", "Antecedent",
                "Dependent");
    }

    private void stillOnSource() {
        String system = CimProfileContext.identity(host.system());
        if (hosted(host.host()).stream().noneMatch(p -> CimProfileContext.identity(p).equals(system))) {
            throw cim.failure("the original host no longer hosts " + host.system());
        }
    }

    private CIMObjectPath jobOf(MethodResult result) {
        return result.reference("Job").map(p -> cim.located(p, service.getNamespace()))
                .orElseThrow(() -> cim.failure(result.method() + " returned 4096 without a Job reference"));
    }

    /** Follows a job until it finishes; a bound on polls, not a timed assertion. */
    private void finishJob(MethodResult result) {
        CIMObjectPath job = jobOf(result);
        for (int poll = 0; poll < JOB_POLLS; poll++) {
            long state = CimVirtualHost.intValue(cim.instance(job), "JobState");
            if (state >= 7 && state <= 10) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while following " + job, e);
            }
        }
        throw cim.failure("the job " + job + " of " + result.method() + " did not finish after " + JOB_POLLS
                + " polls");
    }

    /**
     * A system that ended up on the destination is destroyed through the destination's management service (the
     * original host's service no longer owns it); one still on the original host is left to the definer's cleanup.
     */
    private void registerCleanup() {
        if (destination == null) {
            return;
        }
        CIMObjectPath system = host.system();
        CIMObjectPath target = destination;
        cim.afterScenario(() -> {
            String id = CimProfileContext.identity(system);
            if (!cim.tryInstance(system).succeeded()
                    || hosted(target).stream().noneMatch(p -> CimProfileContext.identity(p).equals(id))) {
                return;
            }
            List<CIMObjectPath> services = cim.associatorNames(target, "CIM_HostedService", CimVirtualHost.VSMS,
                    "Antecedent", "Dependent");
            if (services.isEmpty()) {
                cim.world().evidence("cleanup", "the destination hosts no management service to destroy " + system);
                return;
            }
            MethodResult destroyed = cim.invoke(services.get(0), "DestroySystem",
                    new CIMArgument<>("AffectedSystem", new CIMDataType("CIM_ComputerSystem"), system));
            if (destroyed.answered() && destroyed.returnValue() == MethodResult.JOB_STARTED) {
                finishJob(destroyed);
            }
        });
    }
}
