package org.vcmtck.features.steps.cim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.testng.SkipException;

/**
 * The scenario's view of a DSP1042 virtualization host: the host found through the "System Virtualization"
 * registration, its virtual system management service, and the one virtual system the scenario defines (destroyed
 * after the scenario). Methods that start a job are followed until the job finishes.
 */
public final class CimVirtualHost {

    static final String SYSTEM_VIRTUALIZATION = "System Virtualization";
    static final String VSMS = "CIM_VirtualSystemManagementService";
    static final String VSSD = "CIM_VirtualSystemSettingData";
    static final String RASD = "CIM_ResourceAllocationSettingData";
    static final int PROCESSOR = 3;
    static final int MEMORY = 4;
    /** Polls of a job before giving up: a bound on work, not a timed assertion. */
    private static final int JOB_POLLS = 400;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final CimProfileContext cim;
    private CIMObjectPath host;
    private CIMObjectPath service;
    private CIMObjectPath system;
    private String systemName;
    private MethodResult defineResult;
    private final List<MethodResult> results = new ArrayList<>();
    private final List<Long> jobStates = new ArrayList<>();
    private final List<CIMObjectPath> jobs = new ArrayList<>();

    public CimVirtualHost(CimProfileContext cim) {
        this.cim = cim;
    }

    CimProfileContext cim() {
        return cim;
    }

    /** The host: the first central instance of the System Virtualization registration. */
    CIMObjectPath host() {
        if (host == null) {
            List<CIMObjectPath> central = cim.centralInstances(SYSTEM_VIRTUALIZATION);
            if (central.isEmpty()) {
                throw cim.failure("the \"" + SYSTEM_VIRTUALIZATION + "\" registration leads to no central instance");
            }
            host = central.get(0);
        }
        return host;
    }

    /** The services the host hosts through CIM_HostedService. */
    List<CIMObjectPath> services() {
        return cim.associatorNames(host(), "CIM_HostedService", VSMS, "Antecedent", "Dependent");
    }

    /** The host's management service; a host without one leaves the scenario not tested (SV-002 fails it). */
    CIMObjectPath service() {
        if (service == null) {
            List<CIMObjectPath> services = services();
            if (services.isEmpty()) {
                throw new SkipException("the host hosts no " + VSMS);
            }
            service = services.get(0);
        }
        return service;
    }

    /** The service's CIM_VirtualSystemManagementCapabilities. */
    List<CIMInstance> serviceCapabilities() {
        return cim.associators(service(), "CIM_ElementCapabilities", "CIM_VirtualSystemManagementCapabilities",
                "ManagedElement", "Capabilities");
    }

    /** The virtual systems the host hosts through CIM_HostedDependency. */
    List<CIMObjectPath> hostedSystems() {
        return cim.associatorNames(host(), "CIM_HostedDependency", "CIM_ComputerSystem", "Antecedent", "Dependent");
    }

    /** Defines a virtual system from an embedded VSSD with one processor and one memory RASD. */
    MethodResult define() {
        return define(ns -> new CIMInstance[]{rasd(ns, PROCESSOR, 1, "count"), rasd(ns, MEMORY, 256, "byte*2^20")});
    }

    /** Defines a virtual system from an embedded VSSD and the RASDs built for the service's namespace. */
    MethodResult define(java.util.function.Function<String, CIMInstance[]> resourceSettings) {
        systemName = "vcmtck-" + ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet();
        String ns = service().getNamespace();
        List<CIMProperty<?>> settings = new ArrayList<>();
        settings.add(new CIMProperty<>("ElementName", CIMDataType.STRING_T, systemName));
        supportedTypes().stream().findFirst().ifPresent(type ->
                settings.add(new CIMProperty<>("VirtualSystemType", CIMDataType.STRING_T, type)));
        CIMInstance vssd = new CIMInstance(new CIMObjectPath(null, null, null, ns, VSSD, null),
                settings.toArray(CIMProperty<?>[]::new));
        CIMInstance[] rasds = resourceSettings.apply(ns);
        defineResult = record(cim.invoke(service(), "DefineSystem",
                new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T, vssd),
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, rasds)));
        if (!defineResult.answered()) {
            return defineResult;
        }
        Optional<CIMObjectPath> resulting = defineResult.reference("ResultingSystem");
        if (defineResult.returnValue() == MethodResult.JOB_STARTED) {
            CIMObjectPath job = finishJob(defineResult);
            if (resulting.isEmpty()) {
                resulting = cim.associatorNames(job, "CIM_AffectedJobElement", null, "AffectingElement",
                        "AffectedElement").stream().findFirst();
            }
        }
        resulting.ifPresent(path -> {
            system = cim.located(path, ns);
            CIMObjectPath defined = system;
            cim.afterScenario(() -> destroyQuietly(defined));
        });
        return defineResult;
    }

    /** The scenario's virtual system, defining it on first use; a failed definition fails the scenario. */
    CIMObjectPath system() {
        if (system == null) {
            if (defineResult == null) {
                define();
            }
            if (system == null) {
                throw cim.failure("DefineSystem named no resulting system: " + defineResult);
            }
        }
        return system;
    }

    String systemName() {
        return systemName;
    }

    Optional<MethodResult> defineResult() {
        return Optional.ofNullable(defineResult);
    }

    MethodResult destroy(CIMObjectPath target) {
        MethodResult result = record(cim.invoke(service(), "DestroySystem",
                new CIMArgument<>("AffectedSystem", new CIMDataType("CIM_ComputerSystem"), target)));
        if (result.answered() && result.returnValue() == MethodResult.JOB_STARTED) {
            finishJob(result);
        }
        return result;
    }

    /** An extrinsic method of the management service, recorded; a job it starts is followed until it finishes. */
    MethodResult invokeOnService(String method, CIMArgument<?>... in) {
        MethodResult result = record(cim.invoke(service(), method, in));
        if (result.answered() && result.returnValue() == MethodResult.JOB_STARTED) {
            finishJob(result);
        }
        return result;
    }

    /**
     * The VSMC method codes (SynchronousMethodsSupported and AsynchronousMethodsSupported together) of the
     * service's capabilities; 5 ModifyResourceSettings, 6 ModifySystemSettings, 7 RemoveResources, 10 AddResources.
     */
    java.util.Set<Integer> supportedMethods() {
        java.util.Set<Integer> methods = new java.util.TreeSet<>();
        for (CIMInstance capabilities : serviceCapabilities()) {
            for (String list : List.of("SynchronousMethodsSupported", "AsynchronousMethodsSupported")) {
                if (capabilities.getPropertyValue(list) instanceof Object[] values) {
                    for (Object value : values) {
                        methods.add(((Number) value).intValue());
                    }
                }
            }
        }
        return methods;
    }

    MethodResult requestState(int requested) {
        MethodResult result = record(cim.invoke(system(), "RequestStateChange",
                new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(requested))));
        if (result.answered() && result.returnValue() == MethodResult.JOB_STARTED) {
            finishJob(result);
        }
        return result;
    }

    CIMInstance systemInstance() {
        return cim.instance(system());
    }

    int enabledState() {
        return intValue(systemInstance(), "EnabledState");
    }

    /** Every method result of the scenario, in order. */
    List<MethodResult> results() {
        return results;
    }

    /** Every JobState seen while following jobs. */
    List<Long> jobStates() {
        return jobStates;
    }

    List<CIMObjectPath> jobs() {
        return jobs;
    }

    /** The virtual system types the service's capabilities list (none if no capabilities). */
    List<String> supportedTypes() {
        List<String> types = new ArrayList<>();
        for (CIMInstance capabilities : serviceCapabilities()) {
            if (capabilities.getPropertyValue("VirtualSystemTypesSupported") instanceof String[] values) {
                types.addAll(List.of(values));
            }
        }
        return types;
    }

    static int intValue(CIMInstance instance, String property) {
        Object value = instance.getPropertyValue(property);
        return value instanceof Number n ? n.intValue() : -1;
    }

    private MethodResult record(MethodResult result) {
        results.add(result);
        return result;
    }

    /** Follows the job a method started until it finishes; it must be a CIM_ConcreteJob. */
    private CIMObjectPath finishJob(MethodResult result) {
        CIMObjectPath job = result.reference("Job").map(p -> cim.located(p, service().getNamespace()))
                .orElseThrow(() -> cim.failure(result.method() + " returned 4096 without a Job reference"));
        jobs.add(job);
        for (int poll = 0; poll < JOB_POLLS; poll++) {
            CIMInstance instance = cim.instance(job);
            long state = intValue(instance, "JobState");
            jobStates.add(state);
            if (state >= 7 && state <= 10) {
                return job;
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

    private void destroyQuietly(CIMObjectPath target) {
        if (cim.tryInstance(target).succeeded()) {
            MethodResult result = destroy(target);
            if (!result.answered() || (result.returnValue() != 0 && result.returnValue() != 4096)) {
                cim.world().evidence("cleanup", "the suite could not destroy " + target + ": " + result);
            }
        }
    }

    private static CIMInstance rasd(String ns, int resourceType, long quantity, String units) {
        return new CIMInstance(new CIMObjectPath(null, null, null, ns, RASD, null), new CIMProperty<?>[]{
                new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(resourceType)),
                new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T,
                        new UnsignedInteger64(Long.toString(quantity))),
                new CIMProperty<>("AllocationUnits", CIMDataType.STRING_T, units)});
    }
}
