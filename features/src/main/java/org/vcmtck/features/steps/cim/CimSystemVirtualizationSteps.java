package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.testng.SkipException;

/** DSP1042 System Virtualization: the host, its management service, pools and capabilities, define and destroy. */
public class CimSystemVirtualizationSteps {

    /** Return codes the schema's ValueMaps give DefineSystem (0–4, 4096) and DestroySystem (also 5). */
    private static final Set<Long> DEFINE_CODES = Set.of(0L, 1L, 2L, 3L, 4L, 4096L);
    private static final Set<Long> DESTROY_CODES = Set.of(0L, 1L, 2L, 3L, 4L, 5L, 4096L);
    private static final int CIM_ERR_INVALID_PARAMETER = 4;
    private static final int CIM_ERR_NOT_FOUND = 6;

    private final CimVirtualHost host;
    private final CimProfileContext cim;
    private MethodResult destroyed;
    private int systemsBefore;

    public CimSystemVirtualizationSteps(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
    }

    @Given("the virtualization host is found through its System Virtualization registration")
    public void theHost() {
        host.host();
    }

    @Then("every central instance of the System Virtualization registration is a CIM_ComputerSystem")
    public void centralInstancesAreComputerSystems() {
        List<CIMObjectPath> central = cim.centralInstances(CimVirtualHost.SYSTEM_VIRTUALIZATION);
        for (CIMObjectPath path : central) {
            // deep enumeration of CIM_ComputerSystem lists every instance of it and of its subclasses
            Set<String> systems = new HashSet<>();
            cim.instanceNames(path.getNamespace(), "CIM_ComputerSystem").forEach(p ->
                    systems.add(CimProfileContext.identity(p)));
            if (!systems.contains(CimProfileContext.identity(path))) {
                throw cim.failure("the central instance " + path + " is not an instance of CIM_ComputerSystem");
            }
        }
    }

    @Then("the host hosts exactly one virtual system management service through CIM_HostedService")
    public void oneService() {
        List<CIMObjectPath> services = host.services();
        if (services.size() != 1) {
            throw cim.failure("the host " + host.host() + " hosts " + services.size() + " "
                    + CimVirtualHost.VSMS + " through CIM_HostedService: " + services);
        }
    }

    @Then("every resource type of the host's pools has a primordial pool hosted through CIM_HostedResourcePool")
    public void primordialPools() {
        // a server that does not know CIM_HostedResourcePool hosts no pools: that fails, pools are not optional
        List<CIMInstance> pools = cim.associatorNamesIfKnown(host.host(), "CIM_HostedResourcePool",
                "CIM_ResourcePool", "GroupComponent", "PartComponent").stream().map(cim::instance).toList();
        if (pools.isEmpty()) {
            throw cim.failure("the host " + host.host() + " hosts no CIM_ResourcePool through CIM_HostedResourcePool");
        }
        Map<Integer, Boolean> primordialByType = new TreeMap<>();
        for (CIMInstance pool : pools) {
            int type = CimVirtualHost.intValue(pool, "ResourceType");
            boolean primordial = Boolean.TRUE.equals(pool.getPropertyValue("Primordial"));
            primordialByType.merge(type, primordial, Boolean::logicalOr);
        }
        primordialByType.forEach((type, primordial) -> {
            if (!primordial) {
                throw cim.failure("the host's pools of ResourceType " + type + " include no primordial pool "
                        + "(Primordial=true)");
            }
        });
    }

    @Then("the service's capabilities state the virtual system types and the synchronous and asynchronous methods")
    public void capabilities() {
        List<CIMInstance> capabilities = host.serviceCapabilities();
        if (capabilities.size() != 1) {
            throw cim.failure("the service " + host.service() + " has " + capabilities.size()
                    + " CIM_VirtualSystemManagementCapabilities through CIM_ElementCapabilities");
        }
        CIMInstance caps = capabilities.get(0);
        if (!(caps.getPropertyValue("VirtualSystemTypesSupported") instanceof String[] types) || types.length == 0) {
            throw cim.failure("VirtualSystemTypesSupported of " + caps.getObjectPath() + " lists no type");
        }
        Object sync = caps.getPropertyValue("SynchronousMethodsSupported");
        Object async = caps.getPropertyValue("AsynchronousMethodsSupported");
        if (sync == null && async == null) {
            throw cim.failure("the capabilities state neither SynchronousMethodsSupported nor "
                    + "AsynchronousMethodsSupported");
        }
        for (Object array : new Object[]{sync, async}) {
            if (array instanceof Object[] values) {
                for (Object value : values) {
                    int method = ((Number) value).intValue();
                    if (!(method >= 2 && method <= 10) && !(method >= 32767 && method <= 65535)) {
                        throw cim.failure("the capabilities list method " + method
                                + ", outside the ValueMap (2–10, 32767–65535)");
                    }
                }
            }
        }
    }

    @Then("the host can be read by its keys CreationClassName and Name and names itself in ElementName")
    public void hostIdentity() {
        CIMObjectPath path = host.host();
        Set<String> keys = new HashSet<>();
        for (CIMProperty<?> key : path.getKeys()) {
            keys.add(key.getName().toLowerCase());
        }
        if (!keys.equals(Set.of("creationclassname", "name"))) {
            throw cim.failure("the host is named by keys " + keys + "; expected CreationClassName and Name");
        }
        Object elementName = cim.instance(path).getPropertyValue("ElementName");
        if (!(elementName instanceof String s) || s.isBlank()) {
            throw cim.failure("the host " + path + " has no ElementName");
        }
    }

    @When("the suite defines a virtual system from an embedded VSSD and processor and memory RASDs")
    public void define() {
        systemsBefore = host.hostedSystems().size();
        host.define();
    }

    @Then("DefineSystem accepted the embedded instances, returning 0 or 4096")
    public void defineAccepted() {
        MethodResult result = host.defineResult().orElseThrow();
        if (!result.answered() || (result.returnValue() != 0 && result.returnValue() != 4096)) {
            throw cim.failure("DefineSystem with an embedded VSSD and RASDs was not accepted: " + result);
        }
    }

    @Then("the new virtual system can be read")
    public void newSystemReadable() {
        defineAccepted();
        CIMObjectPath system = host.system();
        if (!cim.tryInstance(system).succeeded()) {
            throw cim.failure("DefineSystem reported " + system + ", which cannot be read: "
                    + cim.tryInstance(system).message());
        }
    }

    @Then("the new virtual system is hosted by the host through CIM_HostedDependency")
    public void hostedDependency() {
        String system = CimProfileContext.identity(host.system());
        if (host.hostedSystems().stream().map(CimProfileContext::identity).noneMatch(system::equals)) {
            throw cim.failure("the new virtual system " + host.system() + " is not among the systems the host hosts "
                    + "through CIM_HostedDependency");
        }
    }

    @Then("the new virtual system is defined and inactive, with EnabledState 3")
    public void definedInactive() {
        int state = host.enabledState();
        if (state != 3) {
            throw cim.failure("the new virtual system has EnabledState " + state + "; a defined system is 3 "
                    + "(Disabled)");
        }
    }

    @When("the suite destroys the virtual system")
    public void destroy() {
        destroyed = host.destroy(host.system());
    }

    @Then("DestroySystem succeeded and the virtual system is gone")
    public void gone() {
        if (!destroyed.answered() || (destroyed.returnValue() != 0 && destroyed.returnValue() != 4096)) {
            throw cim.failure("DestroySystem of " + host.system() + " failed: " + destroyed);
        }
        int status = cim.tryInstance(host.system()).statusCode();
        if (status != CIM_ERR_NOT_FOUND) {
            throw cim.failure("after DestroySystem, GetInstance of " + host.system() + " answered status " + status
                    + "; expected CIM_ERR_NOT_FOUND (6)");
        }
        String system = CimProfileContext.identity(host.system());
        if (host.hostedSystems().stream().map(CimProfileContext::identity).anyMatch(system::equals)) {
            throw cim.failure("after DestroySystem the host still hosts " + host.system());
        }
        if (host.hostedSystems().size() != systemsBefore) {
            throw cim.failure("the host hosted " + systemsBefore + " systems before the scenario and "
                    + host.hostedSystems().size() + " after DestroySystem");
        }
    }

    @Then("every DefineSystem and DestroySystem answer is a return code of the method's ValueMap")
    public void returnCodes() {
        for (MethodResult result : host.results()) {
            if (!result.answered()) {
                throw cim.failure(result.toString());
            }
            Set<Long> allowed = result.method().equals("DefineSystem") ? DEFINE_CODES : DESTROY_CODES;
            long rc = result.returnValue();
            if (!allowed.contains(rc) && !(rc >= 32768 && rc <= 65535)) {
                throw cim.failure(result.method() + " returned " + rc + ", which its ValueMap does not define");
            }
        }
    }

    @Then("a job that DefineSystem or DestroySystem started is a CIM_ConcreteJob that completed")
    public void jobs() {
        if (host.jobs().isEmpty()) {
            throw new SkipException("every method completed synchronously; no job to check");
        }
        for (CIMObjectPath job : host.jobs()) {
            Set<String> concrete = new HashSet<>();
            cim.instanceNames(job.getNamespace(), "CIM_ConcreteJob").forEach(p ->
                    concrete.add(CimProfileContext.identity(p)));
            if (!concrete.contains(CimProfileContext.identity(job))) {
                throw cim.failure("the Job " + job + " is not a CIM_ConcreteJob");
            }
            int state = CimVirtualHost.intValue(cim.instance(job), "JobState");
            if (state != 7) {
                throw cim.failure("the job " + job + " ended in JobState " + state + "; expected 7 (Completed)");
            }
        }
    }

    @Then("every JobState seen is one of the ValueMap")
    public void jobStates() {
        if (host.jobStates().isEmpty()) {
            throw new SkipException("every method completed synchronously; no job to check");
        }
        for (long state : host.jobStates()) {
            if (!(state >= 2 && state <= 12) && !(state >= 32768 && state <= 65535)) {
                throw cim.failure("a job showed JobState " + state + ", outside the ValueMap (2–12, 32768–65535)");
            }
        }
    }

    @When("the suite asks to destroy a virtual system that does not exist")
    public void destroyMissing() {
        systemsBefore = host.hostedSystems().size();
        CIMObjectPath service = host.service();
        CIMObjectPath missing = new CIMObjectPath(service.getScheme(), service.getHost(), service.getPort(),
                service.getNamespace(), "CIM_ComputerSystem", new CIMProperty<?>[]{
                        new CIMProperty<>("CreationClassName", CIMDataType.STRING_T, "CIM_ComputerSystem", true,
                                false, null),
                        new CIMProperty<>("Name", CIMDataType.STRING_T, "vcmtck-no-such-system", true, false,
                                null)});
        destroyed = cim.invoke(service, "DestroySystem",
                new CIMArgument<>("AffectedSystem", new CIMDataType("CIM_ComputerSystem"), missing));
    }

    @Then("the request is refused as invalid and the host's virtual systems are unchanged")
    public void refused() {
        boolean refused = destroyed.answered() ? destroyed.returnValue() == 4
                : destroyed.statusCode() == CIM_ERR_INVALID_PARAMETER || destroyed.statusCode() == CIM_ERR_NOT_FOUND;
        if (!refused) {
            throw cim.failure("DestroySystem of a system that does not exist answered " + destroyed
                    + "; expected return code 4 or CIM_ERR_INVALID_PARAMETER / CIM_ERR_NOT_FOUND");
        }
        int after = host.hostedSystems().size();
        if (after != systemsBefore) {
            throw cim.failure("the refused request changed the number of hosted systems from " + systemsBefore
                    + " to " + after);
        }
    }
}
