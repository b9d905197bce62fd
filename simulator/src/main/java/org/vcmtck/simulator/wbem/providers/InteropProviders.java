package org.vcmtck.simulator.wbem.providers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.MethodProvider;
import org.vcmtck.simulator.wbem.repository.ProviderContext;

/**
 * DSP1033 Profile Registration in the interop namespace, computed from a {@link ProfileRegistry} and the
 * repository on every request: the CIM_ObjectManager, a CIM_Namespace per served namespace with
 * CIM_NamespaceInManager, a CIM_RegisteredProfile per registered profile, CIM_ElementConformsToProfile to
 * each profile's central instances, CIM_ReferencedProfile between profiles, and GetCentralInstances().
 * ElementConformsToProfile is also served in each namespace holding a central instance, so traversal works from
 * both ends (it crosses namespaces).
 */
public final class InteropProviders {
    public static final String PROFILE_REGISTRATION_ID = "DSP1033-ProfileRegistration-1.0.0";
    static final String OBJECT_MANAGER = "CIM_ObjectManager";
    static final String NAMESPACE = "CIM_Namespace";
    static final String NAMESPACE_IN_MANAGER = "CIM_NamespaceInManager";
    static final String REGISTERED_PROFILE = "CIM_RegisteredProfile";
    static final String CONFORMS = "CIM_ElementConformsToProfile";
    static final String REFERENCED_PROFILE = "CIM_ReferencedProfile";
    private static final String SYSTEM_CLASS = "CIM_ComputerSystem";
    /** AdvertiseTypes: the reference announces itself through no SLP or WS-Identify, hence 2 Not Advertised. */
    private static final int NOT_ADVERTISED = 2;
    /** CIM_Namespace.ClassType 2 = CIM. */
    private static final int CLASS_TYPE_CIM = 2;

    private final CimRepository repository;
    private final String interop;
    private final String systemName;
    private final ProfileRegistry registry;

    /**
     * @param systemName the hosting system's name (the ObjectManager's SystemName key)
     */
    public InteropProviders(CimRepository repository, String interopNamespace, String systemName,
                            ProfileRegistry registry) {
        this.repository = repository;
        this.interop = repository.canonicalNamespace(interopNamespace);
        this.systemName = systemName;
        this.registry = registry;
    }

    /** Registers the providers and DSP1033 itself (the ObjectManager is its central instance). */
    public ProfileRegistry install() {
        registry.register(ProfileRegistration.dmtf(PROFILE_REGISTRATION_ID, "Profile Registration", "1.0.0",
                () -> List.of(objectManagerPath()), List.of()));
        repository.registerInstanceProvider(interop, OBJECT_MANAGER, new ComputedInstances(ctx ->
                List.of(objectManager())));
        repository.registerInstanceProvider(interop, NAMESPACE, new ComputedInstances(ctx -> namespaces()));
        repository.registerInstanceProvider(interop, NAMESPACE_IN_MANAGER, new ComputedInstances(ctx ->
                namespacesInManager()));
        repository.registerInstanceProvider(interop, REGISTERED_PROFILE, new ComputedInstances(ctx ->
                registry.all().stream().map(this::registeredProfile).toList()));
        repository.registerInstanceProvider(interop, REFERENCED_PROFILE, new ComputedInstances(ctx ->
                referencedProfiles()));
        for (String ns : repository.namespaces()) {
            repository.registerInstanceProvider(ns, CONFORMS, new ComputedInstances(this::conformance));
        }
        repository.registerMethodProvider(interop, REGISTERED_PROFILE, this::getCentralInstances);
        repository.registerMethodProvider(interop, OBJECT_MANAGER, InteropProviders::serviceControl);
        return registry;
    }

    public String interopNamespace() {
        return interop;
    }

    public CimObjectPath objectManagerPath() {
        return objectManager().path();
    }

    private CimInstance objectManager() {
        return complete(interop, new CimInstance(OBJECT_MANAGER, List.of(
                str("SystemCreationClassName", SYSTEM_CLASS),
                str("SystemName", systemName),
                str("CreationClassName", OBJECT_MANAGER),
                str("Name", "VCM-TCK:reference-cimom"),
                str("ElementName", "VCM-TCK reference CIM object manager"),
                str("Description", "The WBEM server of the VCM-TCK reference simulator"),
                CimProperty.of("Started", CimValue.of(true)),
                CimProperty.of("EnabledState", CimValue.uint16(2)))));
    }

    private List<CimInstance> namespaces() {
        CimObjectPath om = objectManagerPath();
        List<CimInstance> out = new ArrayList<>();
        for (String ns : repository.namespaces()) {
            out.add(complete(interop, new CimInstance(NAMESPACE, List.of(
                    str("SystemCreationClassName", SYSTEM_CLASS),
                    str("SystemName", systemName),
                    str("ObjectManagerCreationClassName", OBJECT_MANAGER),
                    str("ObjectManagerName", om.key("Name").asString()),
                    str("CreationClassName", NAMESPACE),
                    str("Name", ns),
                    CimProperty.of("ClassInfo", CimValue.uint16(0)),
                    CimProperty.of("ClassType", CimValue.uint16(CLASS_TYPE_CIM)),
                    str("ClassTypeVersion", "2.49.0")))));
        }
        return out;
    }

    private List<CimInstance> namespacesInManager() {
        CimObjectPath om = objectManagerPath();
        List<CimInstance> out = new ArrayList<>();
        for (CimInstance ns : namespaces()) {
            out.add(complete(interop, new CimInstance(NAMESPACE_IN_MANAGER, List.of(
                    CimProperty.reference("Antecedent", OBJECT_MANAGER, om),
                    CimProperty.reference("Dependent", NAMESPACE, ns.path())))));
        }
        return out;
    }

    private CimInstance registeredProfile(ProfileRegistration p) {
        List<CimProperty> props = new ArrayList<>(List.of(
                str("InstanceID", p.instanceId()),
                CimProperty.of("RegisteredOrganization", CimValue.uint16(p.organization())),
                str("RegisteredName", p.name()),
                str("RegisteredVersion", p.version()),
                CimProperty.of("AdvertiseTypes", CimValue.of(CimType.arrayOf(CimType.Base.UINT16),
                        List.of(NOT_ADVERTISED))),
                str("ElementName", p.name() + " " + p.version())));
        if (p.otherOrganization() != null) {
            props.add(str("OtherRegisteredOrganization", p.otherOrganization()));
        }
        return complete(interop, new CimInstance(REGISTERED_PROFILE, props));
    }

    private CimObjectPath profilePath(ProfileRegistration p) {
        return CimObjectPath.of(interop, REGISTERED_PROFILE, Map.of("InstanceID", CimValue.of(p.instanceId())));
    }

    private List<CimInstance> referencedProfiles() {
        List<CimInstance> out = new ArrayList<>();
        for (ProfileRegistration dependent : registry.all()) {
            for (String id : dependent.referencedIds()) {
                registry.find(id).ifPresent(antecedent -> out.add(complete(interop, new CimInstance(
                        REFERENCED_PROFILE, List.of(
                        CimProperty.reference("Antecedent", REGISTERED_PROFILE, profilePath(antecedent)),
                        CimProperty.reference("Dependent", REGISTERED_PROFILE, profilePath(dependent)))))));
            }
        }
        return out;
    }

    /** In the interop namespace every conformance; elsewhere those whose central instance lives there. */
    private List<CimInstance> conformance(ProviderContext ctx) {
        List<CimInstance> out = new ArrayList<>();
        boolean isInterop = ctx.namespace().equalsIgnoreCase(interop);
        for (ProfileRegistration p : registry.all()) {
            for (CimObjectPath central : p.centralInstances().get()) {
                if (!isInterop && (central.namespace() == null
                        || !central.namespace().equalsIgnoreCase(ctx.namespace()))) {
                    continue;
                }
                out.add(complete(ctx.namespace(), new CimInstance(CONFORMS, List.of(
                        CimProperty.reference("ConformantStandard", REGISTERED_PROFILE, profilePath(p)),
                        CimProperty.reference("ManagedElement", central.className(), central)))));
            }
        }
        return out;
    }

    /** DSP1033's optional GetCentralInstances(): 0 and the same set ElementConformsToProfile links. */
    private MethodProvider.MethodResult getCentralInstances(ProviderContext ctx, CimObjectPath target,
                                                           org.vcmtck.simulator.wbem.cim.CimMethod method,
                                                           Map<String, CimValue> in) {
        if (!method.name().equalsIgnoreCase("GetCentralInstances") || target.isClassPath()) {
            throw new CimException(CimStatus.CIM_ERR_METHOD_NOT_AVAILABLE, "no provider for " + method.name()
                    + " on " + target);
        }
        CimValue id = target.key("InstanceID");
        ProfileRegistration p = registry.find(id == null ? null : id.asString()).orElseThrow(() ->
                new CimException(CimStatus.CIM_ERR_NOT_FOUND, "no registered profile " + target));
        Map<String, CimValue> out = new LinkedHashMap<>();
        out.put("CentralInstances", CimValue.of(CimType.arrayOf(CimType.Base.REFERENCE),
                new ArrayList<Object>(p.centralInstances().get())));
        return new MethodProvider.MethodResult(CimValue.of(CimType.of(CimType.Base.UINT8), 0), out);
    }

    /**
     * CIM_Service control on the ObjectManager: StartService answers 0 (it runs while the simulator does),
     * StopService 1 Not Supported (it stops only with the simulator).
     */
    private static MethodProvider.MethodResult serviceControl(ProviderContext ctx, CimObjectPath target,
                                                              org.vcmtck.simulator.wbem.cim.CimMethod method,
                                                              Map<String, CimValue> in) {
        return switch (method.name().toLowerCase(java.util.Locale.ROOT)) {
            case "startservice" -> MethodProvider.MethodResult.of(CimValue.uint32(0));
            case "stopservice" -> MethodProvider.MethodResult.of(CimValue.uint32(1));
            default -> throw new CimException(CimStatus.CIM_ERR_METHOD_NOT_AVAILABLE, "no provider for "
                    + method.name() + " on " + target.className());
        };
    }

    private CimInstance complete(String ns, CimInstance given) {
        return repository.complete(ns, given);
    }

    private static CimProperty str(String name, String value) {
        return CimProperty.of(name, CimValue.of(value));
    }
}
