package org.vcmtck.simulator.wbem.providers.virt.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.EmbeddedSettings;
import org.vcmtck.simulator.wbem.providers.virt.InvalidSettingsException;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.MethodProvider;
import org.vcmtck.simulator.wbem.repository.ProviderContext;

/**
 * CIM_ResourcePoolConfigurationService, one per host (RA-010), over the model's child pools:
 * <ul>
 * <li>CreateChildResourcePool(ElementName, Settings[1], ParentPool[1]): the child's capacity is the RASD's
 * Reservation (else its VirtualQuantity) in the RASD's AllocationUnits; 0 + Pool, 5 Invalid Parameter,
 * 7 Incorrect ResourceType for the Pool, 8 Insufficient Resources;</li>
 * <li>DeleteResourcePool(Pool): 0, 6 In Use (allocations or child pools), 5 Invalid Parameter for an unknown or
 * primordial pool (RA-011: primordial pools cannot be deleted).</li>
 * </ul>
 * Every refusal changes nothing in the model.
 */
public final class PoolConfigurationService implements MethodProvider {
    public static final String CLASS = "CIM_ResourcePoolConfigurationService";
    static final String NAME = "ResourcePoolConfigurationService";
    static final int COMPLETED = 0;
    static final int NOT_SUPPORTED = 1;
    static final int INVALID_PARAMETER = 5;
    static final int IN_USE = 6;
    static final int INCORRECT_RESOURCE_TYPE = 7;
    static final int INSUFFICIENT_RESOURCES = 8;
    private static final Pattern BYTE_UNITS = Pattern.compile("byte(?:\\*2\\^(\\d{1,2}))?");

    private final CimRepository repository;
    private final VirtualizationPaths paths;
    private final Datacenter dc;
    private final EmbeddedSettings embedded;

    public PoolConfigurationService(CimRepository repository, VirtualizationPaths paths, Datacenter dc) {
        this.repository = repository;
        this.paths = paths;
        this.dc = dc;
        this.embedded = new EmbeddedSettings(repository, paths.namespace());
    }

    public CimObjectPath path(String hostId) {
        Map<String, CimValue> keys = new LinkedHashMap<>();
        keys.put("SystemCreationClassName", CimValue.of(VirtualizationPaths.COMPUTER_SYSTEM));
        keys.put("SystemName", CimValue.of(hostId));
        keys.put("CreationClassName", CimValue.of(CLASS));
        keys.put("Name", CimValue.of(NAME));
        return CimObjectPath.of(paths.namespace(), CLASS, keys);
    }

    public List<CimInstance> instances() {
        return dc.hosts().stream().map(h -> repository.complete(paths.namespace(), new CimInstance(CLASS, List.of(
                CimProperty.of("SystemCreationClassName", CimValue.of(VirtualizationPaths.COMPUTER_SYSTEM)),
                CimProperty.of("SystemName", CimValue.of(h.id())),
                CimProperty.of("CreationClassName", CimValue.of(CLASS)),
                CimProperty.of("Name", CimValue.of(NAME)),
                CimProperty.of("ElementName", CimValue.of("Resource pool configuration service of " + h.name())),
                CimProperty.of("Started", CimValue.of(true)),
                CimProperty.of("EnabledState", CimValue.uint16(2)))))).toList();
    }

    @Override
    public MethodResult invoke(ProviderContext ctx, CimObjectPath target, CimMethod method,
                               Map<String, CimValue> in) {
        if (target.isClassPath()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, method.name()
                    + " is not static: invoke it on a " + CLASS + " instance");
        }
        CimValue system = target.key("SystemName");
        Host host = system == null ? null : dc.hosts().stream().filter(h -> h.id().equals(system.asString()))
                .findFirst().orElse(null);
        if (host == null) {
            throw new CimException(CimStatus.CIM_ERR_NOT_FOUND, "no " + CLASS + " " + target);
        }
        try {
            return switch (method.name().toLowerCase(Locale.ROOT)) {
                case "createchildresourcepool" -> createChild(host, in);
                case "deleteresourcepool" -> delete(host, in);
                case "requeststatechange", "stopservice" -> rc(NOT_SUPPORTED);
                case "startservice" -> rc(COMPLETED);
                default -> throw new CimException(CimStatus.CIM_ERR_METHOD_NOT_AVAILABLE, "no provider for "
                        + method.name() + " on " + target.className());
            };
        } catch (InvalidSettingsException e) {
            return rc(INVALID_PARAMETER);
        }
    }

    private MethodResult createChild(Host host, Map<String, CimValue> in) {
        CimValue nameValue = arg(in, "ElementName");
        String name = nameValue == null || nameValue.isNull() ? null : nameValue.asString();
        if (name == null || name.isBlank()) {
            return rc(INVALID_PARAMETER);
        }
        CimValue parents = arg(in, "ParentPool");
        if (parents == null || parents.isNull() || parents.asList().size() != 1
                || !(parents.asList().get(0) instanceof CimObjectPath parentPath)) {
            return rc(INVALID_PARAMETER);
        }
        ResourcePool parent = poolOnHost(host, parentPath);
        CimValue settings = arg(in, "Settings");
        List<String> texts = settings == null || settings.isNull() ? List.of() : settings.texts();
        if (parent == null || texts.size() != 1) {
            return rc(INVALID_PARAMETER);
        }
        CimInstance rasd = embedded.decode("Settings[0]", texts.get(0), AllocationClasses.RASD);
        RasdBounds.check("Settings[0]", rasd);
        Long type = RasdBounds.number("Settings[0]", rasd, "ResourceType");
        if (type != null && type != parent.type().cimCode()) {
            return rc(INCORRECT_RESOURCE_TYPE);
        }
        Long amount = RasdBounds.number("Settings[0]", rasd, "Reservation");
        if (amount == null) {
            amount = RasdBounds.number("Settings[0]", rasd, "VirtualQuantity");
        }
        long factor = unitFactor(parent, rasd.value("AllocationUnits"));
        if (amount == null || amount <= 0 || factor <= 0 || amount > Long.MAX_VALUE / factor) {
            return rc(INVALID_PARAMETER);
        }
        ResourcePool child;
        try {
            child = dc.createChildPool(parent.id(), name, amount * factor, 1.0);
        } catch (ModelException e) {
            return rc(e.kind() == ErrorKind.INSUFFICIENT_CAPACITY ? INSUFFICIENT_RESOURCES : INVALID_PARAMETER);
        }
        return new MethodResult(CimValue.uint32(COMPLETED), Map.of("Pool", CimValue.of(paths.pool(child.id()))));
    }

    private MethodResult delete(Host host, Map<String, CimValue> in) {
        CimValue ref = arg(in, "Pool");
        ResourcePool pool = ref == null || ref.isNull() ? null : poolOnHost(host, ref.asPath());
        if (pool == null || pool.primordial()) {
            return rc(INVALID_PARAMETER);
        }
        try {
            dc.deletePool(pool.id());
        } catch (ModelException e) {
            return rc(e.kind() == ErrorKind.IN_USE ? IN_USE : INVALID_PARAMETER);
        }
        return rc(COMPLETED);
    }

    /** The model pool a CIM_ResourcePool path names, if it belongs to {@code host}. */
    private ResourcePool poolOnHost(Host host, CimObjectPath path) {
        CimValue id = path.key("InstanceID");
        String prefix = VirtualizationPaths.poolId("");
        if (id == null || id.isNull() || !id.asString().startsWith(prefix)) {
            return null;
        }
        String modelId = id.asString().substring(prefix.length());
        return dc.pools().stream().filter(p -> p.id().equals(modelId) && p.hostId().equals(host.id())).findFirst()
                .orElse(null);
    }

    /** The RASD's AllocationUnits as a multiple of the pool's unit; absent means the pool's unit; 0 if foreign. */
    private static long unitFactor(ResourcePool pool, CimValue units) {
        if (units == null || units.isNull()) {
            return 1;
        }
        String u = units.asString().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (u.equals(pool.unit())) {
            return 1;
        }
        Matcher m = BYTE_UNITS.matcher(u);
        if (pool.unit().equals("byte") && m.matches()) {
            int shift = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            return shift <= 40 ? 1L << shift : 0;
        }
        return 0;
    }

    private static CimValue arg(Map<String, CimValue> in, String name) {
        for (Map.Entry<String, CimValue> e : in.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static MethodResult rc(int code) {
        return MethodResult.of(CimValue.uint32(code));
    }
}
