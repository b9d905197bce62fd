package org.vcmtck.features.steps.cim;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.testng.SkipException;
import org.vcmtck.features.steps.World;
import org.vcmtck.features.steps.wbem.WbemClientSession;
import org.vcmtck.profiles.target.Endpoints;

/**
 * Finds a CIM profile's central instances the way a management tool does (the profile's CIM_RegisteredProfile by
 * RegisteredName in the interop namespace, then CIM_ElementConformsToProfile), and walks associations from there
 * with the JSR48 client. Failures name the scenario's requirement ids. Virtual systems the scenario defines are
 * destroyed after it, before the client session closes.
 */
public final class CimProfileContext {

    static final String REGISTERED_PROFILE = "CIM_RegisteredProfile";
    private static final int CIM_ERR_INVALID_PARAMETER = 4;

    private final World world;
    private final WbemClientSession session;
    private final List<Runnable> cleanups = new ArrayList<>();
    private String requirements = "DSP1042";

    public CimProfileContext(World world, WbemClientSession session) {
        this.world = world;
        this.session = session;
    }

    @Before
    public void rememberRequirements(Scenario scenario) {
        List<String> ids = scenario.getSourceTagNames().stream().map(t -> t.substring(1))
                .filter(t -> t.startsWith("SV-") || t.startsWith("VS-") || t.startsWith("DEV-")
                        || t.startsWith("RA-") || t.startsWith("AC-") || t.startsWith("MIG-")
                        || t.startsWith("VES-")).sorted().toList();
        requirements = ids.isEmpty() ? "DSP1042" : String.join(", ", ids);
    }

    /** Runs before the client session's own cleanup (higher order runs first), which closes the client. */
    @After(order = 20000)
    public void cleanUp() {
        for (int i = cleanups.size() - 1; i >= 0; i--) {
            try {
                cleanups.get(i).run();
            } catch (RuntimeException | AssertionError e) {
                world.evidence("cleanup failed", String.valueOf(e.getMessage()));
            }
        }
        cleanups.clear();
    }

    /** Something to undo on the target after the scenario. */
    void afterScenario(Runnable cleanup) {
        cleanups.add(cleanup);
    }

    String requirements() {
        return requirements;
    }

    World world() {
        return world;
    }

    AssertionError failure(String message) {
        return new AssertionError("[" + requirements + "] " + message);
    }

    /** The central instances of the registered profile named exactly {@code registeredName}; none → not tested. */
    List<CIMObjectPath> centralInstances(String registeredName) {
        String interop = world.session().endpoint("interopNamespace").orElse(Endpoints.DEFAULT_INTEROP_NAMESPACE);
        List<CIMInstance> profiles = call("EnumerateInstances of " + REGISTERED_PROFILE, c ->
                WbemClientSession.drain(c.enumerateInstances(session.path(interop, REGISTERED_PROFILE), true, false,
                        false, null)));
        List<CIMObjectPath> central = new ArrayList<>();
        boolean registered = false;
        for (CIMInstance profile : profiles) {
            if (!registeredName.equals(profile.getPropertyValue("RegisteredName"))) {
                continue;
            }
            registered = true;
            central.addAll(associatorNames(located(profile.getObjectPath(), interop), "CIM_ElementConformsToProfile",
                    null, "ConformantStandard", "ManagedElement"));
        }
        if (!registered) {
            throw new SkipException("the target registers no \"" + registeredName + "\" profile");
        }
        return central;
    }

    List<CIMObjectPath> associatorNames(CIMObjectPath from, String assocClass, String resultClass, String role,
                                        String resultRole) {
        List<CIMObjectPath> names = call("AssociatorNames of " + from + " through " + assocClass, c ->
                WbemClientSession.drain(c.associatorNames(from, assocClass, resultClass, role, resultRole)));
        return names.stream().map(p -> located(p, from.getNamespace())).toList();
    }

    /**
     * Like {@link #associatorNames}, but a server that does not know the association class (DSP0200 answers
     * CIM_ERR_INVALID_PARAMETER) shows no such associations: the subject is absent rather than broken.
     */
    List<CIMObjectPath> associatorNamesIfKnown(CIMObjectPath from, String assocClass, String resultClass,
                                               String role, String resultRole) {
        WbemClientSession.Outcome<List<CIMObjectPath>> outcome = session.run(c -> WbemClientSession.drain(
                c.associatorNames(from, assocClass, resultClass, role, resultRole)));
        if (outcome.statusCode() == CIM_ERR_INVALID_PARAMETER) {
            return List.of();
        }
        return outcome.orFail(requirements, "AssociatorNames of " + from + " through " + assocClass).stream()
                .map(p -> located(p, from.getNamespace())).toList();
    }

    List<CIMInstance> associators(CIMObjectPath from, String assocClass, String resultClass, String role,
                                  String resultRole) {
        return associatorNames(from, assocClass, resultClass, role, resultRole).stream().map(this::instance).toList();
    }

    List<CIMInstance> references(CIMObjectPath from, String assocClass, String role) {
        return call("References of " + from + " through " + assocClass, c ->
                WbemClientSession.drain(c.referenceInstances(from, assocClass, role, false, null)));
    }

    CIMInstance instance(CIMObjectPath path) {
        CIMInstance instance = call("GetInstance of " + path, c -> c.getInstance(path, false, false, null));
        return new CIMInstance(located(path, path.getNamespace()), instance.getProperties());
    }

    /** GetInstance that may fail: the outcome carries the CIM status code. */
    WbemClientSession.Outcome<CIMInstance> tryInstance(CIMObjectPath path) {
        return session.run(c -> c.getInstance(path, false, false, null));
    }

    List<CIMObjectPath> instanceNames(String namespace, String className) {
        return call("EnumerateInstanceNames of " + className, c ->
                WbemClientSession.drain(c.enumerateInstanceNames(session.path(namespace, className))));
    }

    /** An extrinsic method call: its return value and output parameters, or the CIM status it failed with. */
    MethodResult invoke(CIMObjectPath target, String method, CIMArgument<?>... in) {
        CIMArgument<?>[] out = new CIMArgument<?>[8];
        WbemClientSession.Outcome<Object> outcome = session.run(c -> c.invokeMethod(target, method, in, out));
        Map<String, Object> outputs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CIMArgument<?> argument : out) {
            if (argument != null) {
                outputs.put(argument.getName(), argument.getValue());
            }
        }
        long rc = outcome.value() instanceof Number n ? n.longValue() : -1;
        MethodResult result = new MethodResult(method, rc, outputs, outcome.statusCode(), outcome.message());
        world.evidence("CIM " + method, result.toString());
        return result;
    }

    /** A path as returned by the server, on this target (host and port) and in {@code fallbackNamespace} if none. */
    CIMObjectPath located(CIMObjectPath path, String fallbackNamespace) {
        String namespace = path.getNamespace() == null || path.getNamespace().isEmpty() ? fallbackNamespace
                : path.getNamespace();
        return session.path(namespace, path.getObjectName(), path.getKeys());
    }

    /** The same instance whatever host or namespace spelling: class (case-insensitive) and key values. */
    static String identity(CIMObjectPath path) {
        Map<String, String> keys = new TreeMap<>();
        for (CIMProperty<?> key : path.getKeys()) {
            Object value = key.getValue();
            keys.put(key.getName().toLowerCase(Locale.ROOT),
                    value instanceof CIMObjectPath ref ? identity(ref) : String.valueOf(value));
        }
        return path.getObjectName().toLowerCase(Locale.ROOT) + keys;
    }

    <T> T call(String what, WbemClientSession.ClientCall<T> call) {
        return session.run(call).orFail(requirements, what);
    }

    WbemClientSession session() {
        return session;
    }
}
