package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.testng.SkipException;
import org.vcmtck.features.steps.wbem.WbemClientSession;

/**
 * DSP1041 Resource Allocation: the RASDs of a virtual system the suite defines, the resource pools the
 * "Resource Allocation" registration leads to, their accounting, and the optional pool configuration service.
 */
public class CimResourceAllocationSteps {

    static final String RESOURCE_ALLOCATION = "Resource Allocation";
    private static final String POOL = "CIM_ResourcePool";
    private static final String POOL_SERVICE = "CIM_ResourcePoolConfigurationService";
    private static final String PASD = "CIM_ProcessorAllocationSettingData";
    private static final long MIB = 1L << 20;
    private static final int PROCESSOR = 3;
    private static final int MEMORY = 4;
    private static final int DISK_DRIVE = 17;
    private static final Set<Integer> STORAGE_POOL_TYPES = Set.of(17, 19, 31, 32);
    private static final Set<Integer> CONSUMER_VISIBILITY = Set.of(0, 2, 3, 4);
    private static final Set<Integer> MAPPING_BEHAVIOR = Set.of(0, 2, 3, 4, 5);
    private static final Pattern ARCHITECTURE = Pattern.compile("[^:\\s]+:[^:\\s]+");
    /** Bounded re-reads of a pool a job creates or deletes: a bound on work, not a timed assertion. */
    private static final int POLLS = 40;
    private static final int CIM_ERR_NOT_FOUND = 6;
    private static final int CIM_ERR_INVALID_CLASS = 5;
    private static final int CIM_ERR_INVALID_PARAMETER = 4;
    private static final String IMAGE = "file:///var/lib/vcmtck/vcmtck-suite-disk.img";

    private final CimVirtualHost host;
    private final CimProfileContext cim;
    private List<CIMObjectPath> registeredPools = List.of();
    private int processors;
    private long memoryMib;
    private Map<String, long[]> accountingBefore = Map.of();
    private CIMObjectPath poolService;
    private CIMObjectPath childPool;
    private int systemsBefore;

    public CimResourceAllocationSteps(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
    }

    // ------------------------------------------------------------------ givens

    @Given("the resource pools are found through the Resource Allocation registration")
    public void registeredPools() {
        registeredPools = cim.centralInstances(RESOURCE_ALLOCATION);
        if (registeredPools.isEmpty()) {
            throw cim.failure("the \"" + RESOURCE_ALLOCATION + "\" registration leads to no resource pool");
        }
    }

    @Given("the suite defined a virtual system with {int} processors and {int} MiB of memory")
    public void defineSized(int cpus, int mib) {
        processors = cpus;
        memoryMib = mib;
        requireDefined(host.define(ns -> new CIMInstance[]{rasd(ns, PROCESSOR, cpus, "count", Map.of()),
            rasd(ns, MEMORY, mib, "byte*2^20", Map.of())}));
    }

    @Given("the suite defined a virtual system with a disk backed by an image")
    public void defineWithDisk() {
        if (pools().stream().noneMatch(p -> STORAGE_POOL_TYPES.contains(CimVirtualHost.intValue(p,
                "ResourceType")))) {
            throw new SkipException("the target has no storage pool to back a disk");
        }
        MethodResult result = host.define(ns -> new CIMInstance[]{rasd(ns, PROCESSOR, 1, "count", Map.of()),
            rasd(ns, MEMORY, 512, "byte*2^20", Map.of()),
            rasd(ns, DISK_DRIVE, 1024, "byte*2^20", Map.of("HostResource", new String[]{IMAGE}))});
        if (!result.answered() || result.returnValue() != 0 && result.returnValue() != MethodResult.JOB_STARTED) {
            // the suite cannot know which images a target can use; a refusal leaves the check without subject
            throw new SkipException("the target did not define a disk backed by " + IMAGE + ": " + result);
        }
        host.system();
    }

    @Given("the accounting of the resource pools is read")
    public void readAccounting() {
        accountingBefore = accounting();
    }

    @Given("the host's resource pool configuration service")
    public void poolService() {
        List<CIMObjectPath> services = cim.associatorNamesIfKnown(host.host(), "CIM_HostedService", POOL_SERVICE,
                "Antecedent", "Dependent");
        if (services.isEmpty()) {
            throw new SkipException("the host hosts no " + POOL_SERVICE);
        }
        poolService = services.get(0);
    }

    // ------------------------------------------------------------------ RASD checks

    @Then("every RASD of the virtual system has an InstanceID, a ResourceType and valid ConsumerVisibility and MappingBehavior values")
    public void rasdProperties() {
        List<CIMInstance> rasds = rasds();
        for (CIMInstance r : rasds) {
            Object id = r.getPropertyValue("InstanceID");
            if (!(id instanceof String s) || s.isBlank()) {
                throw cim.failure("a RASD of the virtual system has no InstanceID: " + r);
            }
            int type = CimVirtualHost.intValue(r, "ResourceType");
            if (type < 0) {
                throw cim.failure("RASD " + id + " has no ResourceType");
            }
            if (type == 1 && !(r.getPropertyValue("OtherResourceType") instanceof String)) {
                throw cim.failure("RASD " + id + " has ResourceType 1 (Other) but no OtherResourceType");
            }
            inSet(r, "ConsumerVisibility", CONSUMER_VISIBILITY);
            inSet(r, "MappingBehavior", MAPPING_BEHAVIOR);
        }
        for (int type : List.of(PROCESSOR, MEMORY)) {
            CIMInstance r = ofType(rasds, type);
            if (!(r.getPropertyValue("VirtualQuantity") instanceof Number)) {
                throw cim.failure("the RASD of ResourceType " + type + " shows no VirtualQuantity");
            }
        }
    }

    @Then("the ResourceType of every RASD and resource pool is a value of the CIM ValueMap, 3 for the processor and 4 for the memory")
    public void resourceTypes() {
        List<CIMInstance> rasds = rasds();
        for (CIMInstance r : rasds) {
            int type = CimVirtualHost.intValue(r, "ResourceType");
            if (!(type >= 1 && type <= 33 || type >= 0x8000 && type <= 0xFFFF)) {
                throw cim.failure("RASD " + r.getPropertyValue("InstanceID") + " has ResourceType " + type
                        + ", not a value of the RASD ValueMap");
            }
        }
        for (CIMInstance p : pools()) {
            int type = CimVirtualHost.intValue(p, "ResourceType");
            if (!(type >= 1 && type <= 35 || type >= 0x8000 && type <= 0xFFFF)) {
                throw cim.failure("pool " + p.getPropertyValue("InstanceID") + " has ResourceType " + type
                        + ", not a value of the pool ValueMap");
            }
        }
        ofType(rasds, PROCESSOR);
        ofType(rasds, MEMORY);
    }

    @Then("the AllocationUnits of every RASD and pool is a programmatic unit, and the memory RASD's units scale its VirtualQuantity to the memory asked for")
    public void allocationUnits() {
        List<CIMInstance> all = new ArrayList<>(rasds());
        all.addAll(pools());
        for (CIMInstance i : all) {
            Object units = i.getPropertyValue("AllocationUnits");
            if (units != null && !ProgrammaticUnits.valid(units.toString())) {
                throw cim.failure(i.getObjectPath().getObjectName() + " " + i.getPropertyValue("InstanceID")
                        + " has AllocationUnits '" + units + "', not a DSP0004 programmatic unit");
            }
        }
        long bytes = memoryBytes(ofType(rasds(), MEMORY));
        if (bytes != memoryMib * MIB) {
            throw cim.failure("the memory RASD shows " + bytes + " bytes; the suite asked for " + memoryMib + " MiB");
        }
    }

    @Then("the processor RASD's VirtualQuantity is the number of processors asked for, and the memory RASD's the memory asked for")
    public void virtualQuantity() {
        CIMInstance cpu = ofType(rasds(), PROCESSOR);
        long count = cpu.getPropertyValue("VirtualQuantity") instanceof Number n ? n.longValue() : -1;
        if (count != processors) {
            throw cim.failure("the processor RASD's VirtualQuantity is " + count + "; the suite asked for "
                    + processors + " processors");
        }
        long bytes = memoryBytes(ofType(rasds(), MEMORY));
        if (bytes != memoryMib * MIB) {
            throw cim.failure("the memory RASD's VirtualQuantity stands for " + bytes + " bytes; the suite asked for "
                    + memoryMib + " MiB");
        }
    }

    @Then("every HostResource of the virtual system's RASDs is a URI, and the disk's names the image it was given")
    public void hostResources() {
        boolean imageNamed = false;
        for (CIMInstance r : rasds()) {
            if (!(r.getPropertyValue("HostResource") instanceof String[] resources)) {
                continue;
            }
            for (String resource : resources) {
                try {
                    if (resource == null || !new URI(resource).isAbsolute()) {
                        throw cim.failure("RASD " + r.getPropertyValue("InstanceID") + " has HostResource '"
                                + resource + "', not an absolute URI");
                    }
                } catch (URISyntaxException e) {
                    throw cim.failure("RASD " + r.getPropertyValue("InstanceID") + " has HostResource '" + resource
                            + "', not a URI: " + e.getMessage());
                }
                imageNamed |= resource.endsWith("vcmtck-suite-disk.img");
            }
        }
        if (!imageNamed) {
            throw cim.failure("no HostResource of the virtual system names the disk image " + IMAGE);
        }
    }

    @Then("every PoolID a RASD of the virtual system shows names a resource pool")
    public void poolIds() {
        Set<String> known = new HashSet<>();
        pools().forEach(p -> {
            if (p.getPropertyValue("PoolID") instanceof String id) {
                known.add(id);
            }
        });
        int named = 0;
        for (CIMInstance r : rasds()) {
            if (r.getPropertyValue("PoolID") instanceof String id && !id.isEmpty()) {
                named++;
                if (!known.contains(id)) {
                    throw cim.failure("RASD " + r.getPropertyValue("InstanceID") + " names PoolID '" + id
                            + "', which no CIM_ResourcePool has; pools: " + known);
                }
            }
        }
        if (named == 0) {
            throw new SkipException("no RASD of the virtual system names its pool");
        }
    }

    @Then("the processor RASD, when it is a CIM_ProcessorAllocationSettingData, names its architecture and instruction set in the DMTF form")
    public void processorArchitecture() {
        CIMInstance cpu = ofType(rasds(), PROCESSOR);
        ProcessorSettingNames names = processorSettingNames(cpu.getObjectPath().getNamespace());
        if (!names.known() || !names.identities().contains(CimProfileContext.identity(cpu.getObjectPath()))) {
            throw new SkipException("the processor RASD is not a " + PASD);
        }
        Object architecture = cpu.getPropertyValue("ProcessorArchitecture");
        Object instructionSet = cpu.getPropertyValue("InstructionSet");
        if (architecture == null && instructionSet == null) {
            throw new SkipException("the processor RASD names neither ProcessorArchitecture nor InstructionSet");
        }
        if (architecture != null && !ARCHITECTURE.matcher(architecture.toString()).matches()) {
            throw cim.failure("ProcessorArchitecture '" + architecture + "' is not of the form org:architecture");
        }
        if (instructionSet != null && (architecture == null
                || !instructionSet.toString().startsWith(architecture + ":"))) {
            throw cim.failure("InstructionSet '" + instructionSet + "' is not a set of the architecture '"
                    + architecture + "' (form org:architecture:set)");
        }
    }

    // ------------------------------------------------------------------ pools

    @Then("every resource pool shows its identity, type and accounting, with Reserved no more than Capacity")
    public void poolAccounting() {
        for (CIMInstance p : pools()) {
            Object id = p.getPropertyValue("InstanceID");
            for (String property : List.of("InstanceID", "PoolID", "Primordial", "ResourceType", "Capacity",
                    "Reserved")) {
                if (p.getPropertyValue(property) == null) {
                    throw cim.failure("pool " + id + " shows no " + property);
                }
            }
            long capacity = number(p, "Capacity");
            long reserved = number(p, "Reserved");
            if (reserved > capacity) {
                throw cim.failure("pool " + id + " has Reserved " + reserved + " above its Capacity " + capacity);
            }
            Object consumed = p.getPropertyValue("CurrentlyConsumedResource");
            Object max = p.getPropertyValue("MaxConsumableResource");
            if (consumed instanceof Number c && max instanceof Number m && c.longValue() > m.longValue()) {
                throw cim.failure("pool " + id + " has consumed " + c + " of at most " + m);
            }
        }
    }

    @Then("the memory pool the virtual system draws from reserves or consumes more than before")
    public void memoryPoolAccounts() {
        CIMInstance memory = ofType(rasds(), MEMORY);
        List<CIMInstance> candidates = new ArrayList<>();
        for (CIMInstance p : pools()) {
            boolean named = memory.getPropertyValue("PoolID") instanceof String id && id.equals(
                    p.getPropertyValue("PoolID"));
            boolean primordialMemory = !(memory.getPropertyValue("PoolID") instanceof String)
                    && CimVirtualHost.intValue(p, "ResourceType") == MEMORY
                    && Boolean.TRUE.equals(p.getPropertyValue("Primordial"));
            if (named || primordialMemory) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            throw cim.failure("no pool is named by the memory RASD's PoolID " + memory.getPropertyValue("PoolID"));
        }
        if (grew(candidates)) {
            return;
        }
        // some implementations take memory from the pool only when the system runs
        MethodResult started = host.requestState(2);
        if (started.answered() && (started.returnValue() == 0 || started.returnValue() == MethodResult.JOB_STARTED)
                && grew(pools().stream().filter(p -> candidates.stream().anyMatch(c -> same(c, p))).toList())) {
            return;
        }
        throw cim.failure("the memory pool " + candidates.get(0).getPropertyValue("InstanceID")
                + " shows the same Reserved and CurrentlyConsumedResource as before the definition");
    }

    @Then("every resource pool of the registration is hosted by one system through CIM_HostedResourcePool")
    public void hostedPools() {
        for (CIMObjectPath pool : registeredPools) {
            List<CIMObjectPath> hosts = cim.associatorNames(pool, "CIM_HostedResourcePool", null, "PartComponent",
                    "GroupComponent");
            if (hosts.size() != 1) {
                throw cim.failure("pool " + pool + " is hosted by " + hosts.size()
                        + " systems through CIM_HostedResourcePool; expected one");
            }
        }
    }

    // ------------------------------------------------------------------ pool configuration service

    @When("the suite creates a child pool of 1024 MiB from the host's primordial memory pool")
    public void createChildPool() {
        CIMInstance parent = pools().stream().filter(p -> CimVirtualHost.intValue(p, "ResourceType") == MEMORY
                && Boolean.TRUE.equals(p.getPropertyValue("Primordial"))).findFirst()
                .orElseThrow(() -> new SkipException("the target has no primordial memory pool"));
        String ns = poolService.getNamespace();
        CIMInstance settings = rasd(ns, MEMORY, 1024, "byte*2^20", Map.of("Reservation", 1024L));
        MethodResult result = cim.invoke(poolService, "CreateChildResourcePool",
                new CIMArgument<>("ElementName", CIMDataType.STRING_T, "vcmtck-child-" + ProcessHandle.current().pid()),
                new CIMArgument<>("Settings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[]{settings}),
                new CIMArgument<>("ParentPool", new CIMDataType(POOL, 0), new CIMObjectPath[]{parent.getObjectPath()}));
        if (result.answered() && result.returnValue() == 1) {
            throw new SkipException("the service does not support CreateChildResourcePool");
        }
        if (!result.answered() || result.returnValue() != 0 && result.returnValue() != MethodResult.JOB_STARTED) {
            throw cim.failure("CreateChildResourcePool of 1024 MiB from " + parent.getObjectPath() + ": " + result);
        }
        childPool = result.reference("Pool").map(p -> cim.located(p, ns))
                .orElseThrow(() -> cim.failure("CreateChildResourcePool returned no Pool: " + result));
        CIMObjectPath created = childPool;
        cim.afterScenario(() -> deletePool(created));
        CIMInstance child = awaitPool(created, true);
        if (!Boolean.FALSE.equals(child.getPropertyValue("Primordial"))
                || CimVirtualHost.intValue(child, "ResourceType") != MEMORY) {
            throw cim.failure("the child pool is not a non-primordial memory pool: " + child);
        }
    }

    @When("the suite defines a virtual system drawing its memory from the child pool")
    public void defineFromChild() {
        Object poolId = cim.instance(childPool).getPropertyValue("PoolID");
        if (!(poolId instanceof String id)) {
            throw cim.failure("the child pool shows no PoolID");
        }
        requireDefined(host.define(ns -> new CIMInstance[]{rasd(ns, PROCESSOR, 1, "count", Map.of()),
            rasd(ns, MEMORY, 256, "byte*2^20", Map.of("PoolID", id))}));
    }

    @Then("deleting the child pool is refused as in use")
    public void deleteInUse() {
        MethodResult result = deletePool(childPool);
        if (!result.answered() || result.returnValue() != 6) {
            throw cim.failure("DeleteResourcePool of a pool a virtual system draws from must answer 6 (In Use): "
                    + result);
        }
        cim.instance(childPool);
    }

    @When("the suite destroys the virtual system drawing from the child pool")
    public void destroyDrawing() {
        MethodResult result = host.destroy(host.system());
        if (!result.answered() || result.returnValue() != 0 && result.returnValue() != MethodResult.JOB_STARTED) {
            throw cim.failure("DestroySystem of the suite's virtual system: " + result);
        }
    }

    @Then("deleting the child pool succeeds and the pool is gone")
    public void deleteEmpty() {
        MethodResult result = deletePool(childPool);
        if (!result.answered() || result.returnValue() != 0 && result.returnValue() != MethodResult.JOB_STARTED) {
            throw cim.failure("DeleteResourcePool of an empty child pool: " + result);
        }
        awaitPool(childPool, false);
    }

    @Then("deleting a primordial pool is refused and the pool remains")
    public void deletePrimordial() {
        CIMInstance primordial = pools().stream().filter(p -> Boolean.TRUE.equals(p.getPropertyValue("Primordial")))
                .findFirst().orElseThrow(() -> new SkipException("the host shows no primordial pool"));
        MethodResult result = deletePool(primordial.getObjectPath());
        boolean refused = result.answered() ? result.returnValue() != 0 && result.returnValue()
                != MethodResult.JOB_STARTED : result.statusCode() != 0;
        if (!refused) {
            throw cim.failure("DeleteResourcePool of the primordial pool " + primordial.getObjectPath()
                    + " was accepted: " + result);
        }
        if (!cim.tryInstance(primordial.getObjectPath()).succeeded()) {
            throw cim.failure("the primordial pool " + primordial.getObjectPath() + " is gone after a refused delete");
        }
    }

    // ------------------------------------------------------------------ RA-012

    @When("the suite defines a virtual system whose memory Reservation exceeds its {word}")
    public void defineOutOfBounds(String bound) {
        systemsBefore = host.hostedSystems().size();
        Map<String, Object> extra = bound.equals("Limit") ? Map.of("Reservation", 512L, "Limit", 256L)
                : Map.of("Reservation", 1024L);
        host.define(ns -> new CIMInstance[]{rasd(ns, PROCESSOR, 1, "count", Map.of()),
            rasd(ns, MEMORY, 512, "byte*2^20", extra)});
    }

    @Then("DefineSystem refuses the memory setting and the host hosts no new virtual system")
    public void refusedOutOfBounds() {
        MethodResult result = host.defineResult().orElseThrow();
        boolean refused = result.answered() ? result.returnValue() != 0 && result.returnValue()
                != MethodResult.JOB_STARTED : result.statusCode() == CIM_ERR_INVALID_PARAMETER;
        if (!refused) {
            throw cim.failure("DefineSystem accepted a memory RASD whose Reservation is out of its bounds: " + result);
        }
        int after = host.hostedSystems().size();
        if (after != systemsBefore) {
            throw cim.failure("the host hosts " + after + " virtual systems after the refused definition; "
                    + systemsBefore + " before");
        }
    }

    // ------------------------------------------------------------------ helpers

    private void requireDefined(MethodResult result) {
        if (!result.answered() || result.returnValue() != 0 && result.returnValue() != MethodResult.JOB_STARTED) {
            throw cim.failure("DefineSystem refused the suite's virtual system: " + result);
        }
        host.system();
    }

    /** The RASDs the system's VSSD aggregates (the system's current configuration, DSP1057). */
    private List<CIMInstance> rasds() {
        List<CIMObjectPath> vssds = cim.associatorNames(host.system(), "CIM_SettingsDefineState",
                CimVirtualHost.VSSD, "ManagedElement", "SettingData");
        if (vssds.isEmpty()) {
            throw cim.failure("the virtual system has no VSSD through CIM_SettingsDefineState");
        }
        List<CIMInstance> rasds = cim.associators(vssds.get(0), "CIM_VirtualSystemSettingDataComponent", null,
                "GroupComponent", "PartComponent");
        if (rasds.isEmpty()) {
            throw cim.failure("the virtual system's VSSD aggregates no RASD");
        }
        return rasds;
    }

    private CIMInstance ofType(List<CIMInstance> rasds, int type) {
        return rasds.stream().filter(r -> CimVirtualHost.intValue(r, "ResourceType") == type).findFirst()
                .orElseThrow(() -> cim.failure("the virtual system shows no RASD of ResourceType " + type));
    }

    /** The host's pools through CIM_HostedResourcePool, read one by one. */
    private List<CIMInstance> pools() {
        return cim.associators(host.host(), "CIM_HostedResourcePool", POOL, "GroupComponent", "PartComponent");
    }

    /** Pool identity → {Reserved, CurrentlyConsumedResource} (-1 when not shown). */
    private Map<String, long[]> accounting() {
        Map<String, long[]> out = new HashMap<>();
        for (CIMInstance p : pools()) {
            out.put(CimProfileContext.identity(p.getObjectPath()), new long[]{optional(p, "Reserved"),
                optional(p, "CurrentlyConsumedResource")});
        }
        return out;
    }

    private boolean grew(List<CIMInstance> pools) {
        for (CIMInstance p : pools) {
            long[] before = accountingBefore.get(CimProfileContext.identity(p.getObjectPath()));
            if (before == null) {
                continue;
            }
            if (optional(p, "Reserved") > before[0] || optional(p, "CurrentlyConsumedResource") > before[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(CIMInstance a, CIMInstance b) {
        return CimProfileContext.identity(a.getObjectPath()).equals(CimProfileContext.identity(b.getObjectPath()));
    }

    /** Memory bytes of a RASD: VirtualQuantity in VirtualQuantityUnits when byte-based, else in AllocationUnits. */
    private long memoryBytes(CIMInstance memory) {
        long quantity = number(memory, "VirtualQuantity");
        Optional<Long> factor = ByteUnits.factor(String.valueOf(memory.getPropertyValue("VirtualQuantityUnits")))
                .or(() -> ByteUnits.factor(String.valueOf(memory.getPropertyValue("AllocationUnits"))));
        if (factor.isEmpty()) {
            throw cim.failure("the memory RASD states its quantity in no byte-based unit (AllocationUnits "
                    + memory.getPropertyValue("AllocationUnits") + ", VirtualQuantityUnits "
                    + memory.getPropertyValue("VirtualQuantityUnits") + ")");
        }
        return quantity * factor.get();
    }

    private void inSet(CIMInstance r, String property, Set<Integer> allowed) {
        Object value = r.getPropertyValue(property);
        if (value != null && !(value instanceof Number n && allowed.contains(n.intValue()))) {
            throw cim.failure("RASD " + r.getPropertyValue("InstanceID") + " has " + property + " " + value
                    + ", not one of " + allowed);
        }
    }

    private long number(CIMInstance i, String property) {
        if (i.getPropertyValue(property) instanceof Number n) {
            return n.longValue();
        }
        throw cim.failure(i.getObjectPath().getObjectName() + " " + i.getPropertyValue("InstanceID") + " shows no "
                + property);
    }

    private static long optional(CIMInstance i, String property) {
        return i.getPropertyValue(property) instanceof Number n ? n.longValue() : -1;
    }

    private record ProcessorSettingNames(boolean known, Set<String> identities) {
    }

    /** The instance names of CIM_ProcessorAllocationSettingData; a server without the class knows none. */
    private ProcessorSettingNames processorSettingNames(String namespace) {
        var outcome = cim.session().run(c -> WbemClientSession.drain(
                c.enumerateInstanceNames(cim.session().path(namespace, PASD))));
        if (outcome.statusCode() == CIM_ERR_INVALID_CLASS || outcome.statusCode() == CIM_ERR_NOT_FOUND) {
            return new ProcessorSettingNames(false, Set.of());
        }
        Set<String> identities = new HashSet<>();
        outcome.orFail(cim.requirements(), "EnumerateInstanceNames of " + PASD)
                .forEach(p -> identities.add(CimProfileContext.identity(p)));
        return new ProcessorSettingNames(true, identities);
    }

    private MethodResult deletePool(CIMObjectPath pool) {
        return cim.invoke(poolService, "DeleteResourcePool", new CIMArgument<>("Pool", new CIMDataType(POOL), pool));
    }

    /** Reads the pool until it exists ({@code present}) or is gone; a job may still be making or removing it. */
    private CIMInstance awaitPool(CIMObjectPath pool, boolean present) {
        for (int poll = 0; poll < POLLS; poll++) {
            var outcome = cim.tryInstance(pool);
            if (outcome.succeeded() == present) {
                return present ? outcome.value() : null;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + pool, e);
            }
        }
        throw cim.failure("the pool " + pool + (present ? " cannot be read" : " still exists") + " after "
                + POLLS + " reads");
    }

    private static CIMInstance rasd(String ns, int resourceType, long quantity, String units,
                                    Map<String, Object> extra) {
        List<CIMProperty<?>> props = new ArrayList<>(List.of(
                new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(resourceType)),
                new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64(Long.toString(quantity))),
                new CIMProperty<>("AllocationUnits", CIMDataType.STRING_T, units)));
        extra.forEach((name, value) -> {
            if (value instanceof Long l) {
                props.add(new CIMProperty<>(name, CIMDataType.UINT64_T, new UnsignedInteger64(Long.toString(l))));
            } else if (value instanceof String[] texts) {
                props.add(new CIMProperty<>(name, CIMDataType.STRING_ARRAY_T, texts));
            } else {
                props.add(new CIMProperty<>(name, CIMDataType.STRING_T, value.toString()));
            }
        });
        return new CIMInstance(new CIMObjectPath(null, null, null, ns, CimVirtualHost.RASD, null),
                props.toArray(CIMProperty<?>[]::new));
    }
}
