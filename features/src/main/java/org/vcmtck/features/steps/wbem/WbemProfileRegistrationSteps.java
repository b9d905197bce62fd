package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimError;
import org.vcmtck.assertions.wbem.CimStatusCodes;
import org.vcmtck.assertions.wbem.CimXmlInstance;
import org.vcmtck.assertions.wbem.CimXmlInstanceName;
import org.vcmtck.assertions.wbem.CimXmlInstancePath;
import org.vcmtck.assertions.wbem.CimXmlProperty;
import org.vcmtck.assertions.wbem.CimXmlResponse;
import org.vcmtck.features.target.InteropRegistrations;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Standard;

/**
 * DSP1033 Profile Registration (PR-001..013): the CIM_RegisteredProfile instances of the interop namespace, their
 * properties, and the associations that lead from them to central instances and to the profiles they reference.
 * Profiles are identified by RegisteredOrganization, RegisteredName and RegisteredVersion only; InstanceIDs are
 * used as opaque keys, never parsed (PR-007).
 */
public class WbemProfileRegistrationSteps {

    static final String REGISTERED_PROFILE = "CIM_RegisteredProfile";
    static final String CONFORMS = "CIM_ElementConformsToProfile";
    static final String REFERENCED = "CIM_ReferencedProfile";
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Set<String> ADVERTISE_TYPES = Set.of("1", "2", "3", "4");
    private static final int METHOD_NOT_AVAILABLE = 16;
    private static final String DMTF = "2";
    private static final String OTHER = "1";
    /** Pairs the digest states (DSP1042 references DSP1057): referencing RegisteredName → referenced ones. */
    private static final Map<String, List<String>> KNOWN_REFERENCES = Map.of(
            "System Virtualization", List.of("Virtual System"));

    private final WbemContext wbem;
    private String interop;
    private List<CimXmlInstance> profiles;
    private Map<String, List<CimXmlInstancePath>> conformance;
    private Map<String, List<CimXmlInstancePath>> referencedBy;

    public WbemProfileRegistrationSteps(WbemContext wbem) {
        this.wbem = wbem;
    }

    @Given("the interop namespace lists the registered profiles")
    public void listTheRegisteredProfiles() {
        List<String> problems = new ArrayList<>();
        for (String ns : InteropRegistrations.candidateNamespaces(Optional.of(wbem.interopNamespace()))) {
            CimXmlResponse response = wbem.answer("PR-001", ns, "EnumerateInstances",
                    WbemRequests.className(REGISTERED_PROFILE) + WbemRequests.flag("DeepInheritance", true)
                            + WbemRequests.flag("LocalOnly", false));
            Optional<CimError> error = WbemContext.readError("PR-001", response);
            if (error.isPresent()) {
                problems.add(ns + ": " + error.get());
                continue;
            }
            interop = ns;
            profiles = response.instances();
            wbem.world().evidence("registered profiles in " + ns, String.join("\n",
                    profiles.stream().map(WbemProfileRegistrationSteps::describe).toList()));
            return;
        }
        throw new AssertionError("[PR-001] no interop namespace answers EnumerateInstances " + REGISTERED_PROFILE
                + ": " + String.join("; ", problems));
    }

    @Then("the interop namespace holds at least one registered profile, each readable by its path")
    public void eachProfileIsReadable() {
        if (profiles.isEmpty()) {
            throw new AssertionError("[PR-001] the interop namespace " + interop + " holds no " + REGISTERED_PROFILE
                    + ": every profile the target implements must be registered there");
        }
        CimXmlResponse names = wbem.success("PR-001", interop, "EnumerateInstanceNames",
                WbemRequests.className(REGISTERED_PROFILE));
        Set<String> fromNames = WbemInstanceSteps.identities(names.instanceNames());
        for (CimXmlInstance profile : profiles) {
            CimXmlInstanceName path = path(profile);
            if (!fromNames.contains(path.identity())) {
                throw new AssertionError("[PR-001] " + path + " is enumerated as an instance but not by name in "
                        + interop);
            }
            CimXmlResponse read = wbem.success("PR-001", interop, "GetInstance",
                    RegistrationRequests.getInstance(path));
            if (read.instances().size() != 1) {
                throw new AssertionError("[PR-001] GetInstance " + path + " in " + interop + " returned "
                        + read.instances().size() + " instances");
            }
        }
    }

    @Then("every registered profile has RegisteredOrganization, RegisteredName, RegisteredVersion and "
            + "AdvertiseTypes, and is named by InstanceID alone")
    public void requiredProperties() {
        for (CimXmlInstance profile : registered()) {
            for (String property : List.of("RegisteredOrganization", "RegisteredName", "RegisteredVersion",
                    "AdvertiseTypes")) {
                if (value(profile, property).filter(v -> !v.isBlank()).isEmpty()) {
                    throw new AssertionError("[PR-002] " + describe(profile) + " has no " + property);
                }
            }
            Set<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            keys.addAll(path(profile).keys().keySet());
            if (!keys.equals(new TreeSet<>(Set.of("InstanceID")))) {
                throw new AssertionError("[PR-002] " + describe(profile) + " is named by " + keys
                        + ", not by its key InstanceID alone");
            }
        }
    }

    @Then("every registered DMTF profile the catalogue knows has RegisteredOrganization 2 and every profile of "
            + "another organization names it")
    public void organizations() {
        int known = 0;
        for (CimXmlInstance profile : registered()) {
            String organization = value(profile, "RegisteredOrganization").orElse("");
            if (catalogueNames().containsKey(name(profile))) {
                known++;
                if (!organization.equals(DMTF)) {
                    throw new AssertionError("[PR-003] " + describe(profile) + " is a DMTF profile but has "
                            + "RegisteredOrganization " + organization + ", not 2 (DMTF)");
                }
            }
            if (organization.equals(OTHER)
                    && value(profile, "OtherRegisteredOrganization").filter(v -> !v.isBlank()).isEmpty()) {
                throw new AssertionError("[PR-003] " + describe(profile) + " has RegisteredOrganization 1 (Other) "
                        + "but no OtherRegisteredOrganization");
            }
        }
        if (known == 0) {
            throw new SkipException("no registered profile is a DMTF profile of the catalogue");
        }
    }

    @Then("every registered profile that names a profile of the catalogue spells its RegisteredName exactly")
    public void exactNames() {
        Map<String, String> loose = new LinkedHashMap<>();
        catalogueNames().forEach((name, id) -> loose.put(loosely(name), name));
        int exact = 0;
        for (CimXmlInstance profile : registered()) {
            String name = name(profile);
            if (catalogueNames().containsKey(name)) {
                exact++;
                continue;
            }
            String meant = loose.get(loosely(name));
            if (meant != null) {
                throw new AssertionError("[PR-004] " + describe(profile) + " has RegisteredName '" + name
                        + "'; profile " + catalogueNames().get(meant) + " is registered as '" + meant + "' exactly");
            }
        }
        if (exact == 0) {
            throw new SkipException("no registered profile names a profile of the catalogue");
        }
    }

    @Then("every RegisteredVersion is a version M.m.u")
    public void versions() {
        for (CimXmlInstance profile : registered()) {
            String version = value(profile, "RegisteredVersion").orElse("").strip();
            if (!VERSION.matcher(version).matches()) {
                throw new AssertionError("[PR-005] " + describe(profile) + " has RegisteredVersion '" + version
                        + "', not major.minor.update");
            }
        }
    }

    @Then("every AdvertiseTypes holds at least one value, each of 1 Other, 2 Not Advertised, 3 SLP or 4 WS-Identify")
    public void advertiseTypes() {
        for (CimXmlInstance profile : registered()) {
            List<String> types = list(value(profile, "AdvertiseTypes"));
            if (types.isEmpty() || !ADVERTISE_TYPES.containsAll(types)) {
                throw new AssertionError("[PR-006] " + describe(profile) + " has AdvertiseTypes " + types
                        + "; expected at least one of 1, 2, 3, 4 and nothing else");
            }
        }
    }

    @Then("each registered profile is told apart by organization, name and version alone, without reading its "
            + "InstanceID")
    public void toldApartWithoutInstanceId() {
        Map<String, List<String>> byIdentity = new LinkedHashMap<>();
        for (CimXmlInstance profile : registered()) {
            String identity = value(profile, "RegisteredOrganization").orElse("") + "|" + name(profile) + "|"
                    + value(profile, "RegisteredVersion").orElse("");
            byIdentity.computeIfAbsent(identity, k -> new ArrayList<>()).add(path(profile).toString());
        }
        byIdentity.forEach((identity, paths) -> {
            if (paths.size() > 1) {
                throw new AssertionError("[PR-007] " + paths.size() + " registered profiles share organization, "
                        + "name and version (" + identity + "): a client could tell them apart only by parsing "
                        + "their opaque InstanceIDs " + paths);
            }
        });
    }

    @Then("every registered profile no other registered profile references leads through "
            + "CIM_ElementConformsToProfile to central instances that exist")
    public void autonomousProfilesLeadToCentralInstances() {
        Set<String> referenced = referencedIdentities();
        int autonomous = 0;
        for (CimXmlInstance profile : registered()) {
            if (referenced.contains(path(profile).identity())) {
                continue;
            }
            autonomous++;
            List<CimXmlInstancePath> central = centralInstances("PR-008", profile);
            if (central.isEmpty()) {
                throw new AssertionError("[PR-008] " + describe(profile) + " is referenced by no other registered "
                        + "profile, so it is autonomous, but " + CONFORMS + " links it to no central instance");
            }
            central.forEach(instance -> mustExist("PR-008", profile, instance));
        }
        if (autonomous == 0) {
            throw new SkipException("every registered profile is referenced by another: none is autonomous");
        }
    }

    @Then("every registered profile another registered profile references leads through "
            + "CIM_ElementConformsToProfile to instances that exist, or to none")
    public void componentProfilesMayLeadToCentralInstances() {
        Set<String> referenced = referencedIdentities();
        List<CimXmlInstance> components = registered().stream()
                .filter(p -> referenced.contains(path(p).identity())).toList();
        if (components.isEmpty()) {
            throw new SkipException("no registered profile is referenced by another: no component profile to check");
        }
        for (CimXmlInstance profile : components) {
            centralInstances("PR-009", profile).forEach(instance -> mustExist("PR-009", profile, instance));
        }
    }

    @Then("every CIM_ReferencedProfile links two registered profiles in both directions, and the profiles the "
            + "catalogue knows to reference each other are linked")
    public void referencedProfiles() {
        Map<String, CimXmlInstance> byIdentity = new LinkedHashMap<>();
        registered().forEach(p -> byIdentity.put(path(p).identity(), p));
        int links = 0;
        for (CimXmlInstance dependent : registered()) {
            for (CimXmlInstancePath antecedent : referencedBy(dependent)) {
                links++;
                if (!byIdentity.containsKey(antecedent.name().identity())) {
                    throw new AssertionError("[PR-010] " + describe(dependent) + " references " + antecedent
                            + ", which is not a registered profile of " + interop);
                }
                List<CimXmlInstancePath> back = paths("PR-010", interop, antecedent.name(),
                        RegistrationRequests.traversal(REFERENCED, null, "Antecedent", "Dependent"));
                if (back.stream().noneMatch(p -> p.name().identity().equals(path(dependent).identity()))) {
                    throw new AssertionError("[PR-010] " + describe(dependent) + " references " + antecedent
                            + " as Antecedent, but traversing " + REFERENCED + " from the Antecedent does not lead"
                            + " back to it");
                }
            }
        }
        int knownPairs = 0;
        for (CimXmlInstance dependent : registered()) {
            for (String referencedName : KNOWN_REFERENCES.getOrDefault(name(dependent), List.of())) {
                Optional<CimXmlInstance> antecedent = registered().stream()
                        .filter(p -> name(p).equals(referencedName)).findFirst();
                if (antecedent.isEmpty()) {
                    continue;
                }
                knownPairs++;
                String wanted = path(antecedent.get()).identity();
                if (referencedBy(dependent).stream().noneMatch(p -> p.name().identity().equals(wanted))) {
                    throw new AssertionError("[PR-010] " + describe(dependent) + " and " + describe(antecedent.get())
                            + " are both registered but no " + REFERENCED + " has the latter as Antecedent and the "
                            + "former as Dependent");
                }
            }
        }
        if (links == 0 && knownPairs == 0) {
            throw new SkipException("no registered profile references another: no " + REFERENCED + " to check");
        }
    }

    @Then("every central instance outside the interop namespace leads back to its registered profile in the "
            + "interop namespace")
    public void conformanceCrossesNamespaces() {
        int crossing = 0;
        for (CimXmlInstance profile : registered()) {
            for (CimXmlInstancePath central : centralInstances("PR-011", profile)) {
                if (central.namespace().isEmpty() || central.isIn(interop)) {
                    continue;
                }
                crossing++;
                String ns = central.namespace().get();
                List<CimXmlInstancePath> back = paths("PR-011", ns, central.name(),
                        RegistrationRequests.traversal(CONFORMS, null, "ManagedElement", "ConformantStandard"));
                Optional<CimXmlInstancePath> found = back.stream()
                        .filter(p -> p.name().identity().equals(path(profile).identity())).findFirst();
                if (found.isEmpty()) {
                    throw new AssertionError("[PR-011] " + central + " is a central instance of " + describe(profile)
                            + ", but traversing " + CONFORMS + " from it in " + ns + " does not lead back: " + back);
                }
                if (!found.get().isIn(interop)) {
                    throw new AssertionError("[PR-011] traversing " + CONFORMS + " from " + central + " returns "
                            + found.get() + ", whose path does not name the interop namespace " + interop);
                }
            }
        }
        if (crossing == 0) {
            throw new SkipException("no registered profile has a central instance outside the interop namespace "
                    + interop + ": nothing crosses namespaces");
        }
    }

    @Then("GetCentralInstances of each registered profile, where implemented, returns 0 and the instances "
            + "CIM_ElementConformsToProfile links")
    public void getCentralInstances() {
        int implemented = 0;
        for (CimXmlInstance profile : registered()) {
            CimXmlInstanceName target = path(profile);
            WbemExchange exchange = wbem.send("POST",
                    RegistrationRequests.methodHeaders(interop, target, "GetCentralInstances"),
                    RegistrationRequests.methodOnInstance(WbemContext.nextId(), interop, target,
                            "GetCentralInstances").getBytes(StandardCharsets.UTF_8),
                    WbemContext.Authentication.TARGET, "GetCentralInstances on " + target);
            if (exchange.status() != 200) {
                throw new AssertionError("[PR-012] " + exchange.summary() + ": a well-formed method call must be "
                        + "answered 200: " + exchange.bodyText());
            }
            CimXmlResponse response = exchange.response("PR-012");
            Optional<CimError> error = WbemContext.readError("PR-012", response);
            if (error.isPresent()) {
                int code = error.get().code();
                // not implemented: allowed, it is a MAY (16 = CIM_ERR_METHOD_NOT_AVAILABLE)
                if (code == CimStatusCodes.NOT_SUPPORTED || code == METHOD_NOT_AVAILABLE
                        || code == CimStatusCodes.METHOD_NOT_FOUND) {
                    continue;
                }
                throw new AssertionError("[PR-012] GetCentralInstances on " + target + " failed: " + error.get());
            }
            implemented++;
            String returned = response.methodReturnValue().orElse("");
            if (!returned.equals("0")) {
                throw new AssertionError("[PR-012] GetCentralInstances on " + target + " returned '" + returned
                        + "', not 0");
            }
            Set<String> viaMethod = identities(response.outReferences("CentralInstances"));
            Set<String> viaAssociation = identities(centralInstances("PR-012", profile));
            if (!viaMethod.equals(viaAssociation)) {
                throw new AssertionError("[PR-012] GetCentralInstances on " + target + " returned " + viaMethod
                        + " but " + CONFORMS + " links " + viaAssociation);
            }
        }
        if (implemented == 0) {
            throw new SkipException("no registered profile implements GetCentralInstances (it is optional)");
        }
    }

    @Then("ImplementedFeatures of every registered profile is NULL or a list of distinct feature names")
    public void implementedFeatures() {
        for (CimXmlInstance profile : registered()) {
            Optional<CimXmlProperty> property = profile.properties().stream()
                    .filter(p -> p.name().equalsIgnoreCase("ImplementedFeatures")).findFirst();
            if (property.isEmpty() || property.get().value().isEmpty()) {
                continue;
            }
            List<String> features = list(property.get().value());
            if (features.stream().anyMatch(String::isBlank) || new TreeSet<>(features).size() != features.size()) {
                throw new AssertionError("[PR-013] " + describe(profile) + " has ImplementedFeatures " + features
                        + "; expected distinct, non-empty feature names (or NULL)");
            }
        }
    }

    private List<CimXmlInstance> registered() {
        if (profiles == null) {
            throw new IllegalStateException("the registered profiles were not listed in this scenario");
        }
        if (profiles.isEmpty()) {
            throw new SkipException("the interop namespace " + interop + " holds no registered profile");
        }
        return profiles;
    }

    /** RegisteredName → catalogue standard id, for every catalogue profile with a RegisteredName. */
    private static Map<String, String> catalogueNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Standard standard : Catalogue.loadDefault().standards()) {
            standard.profileName().ifPresent(name -> names.put(name, standard.id()));
        }
        return names;
    }

    /** A name reduced so near-misses meet: case, blanks, punctuation and a trailing "Profile" do not count. */
    static String loosely(String name) {
        String reduced = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return reduced.endsWith("profile") && reduced.length() > "profile".length()
                ? reduced.substring(0, reduced.length() - "profile".length()) : reduced;
    }

    private List<CimXmlInstancePath> centralInstances(String requirement, CimXmlInstance profile) {
        if (conformance == null) {
            conformance = new LinkedHashMap<>();
        }
        String key = path(profile).identity();
        if (!conformance.containsKey(key)) {
            conformance.put(key, paths(requirement, interop, path(profile),
                    RegistrationRequests.traversal(CONFORMS, null, "ConformantStandard", "ManagedElement")));
        }
        return conformance.get(key);
    }

    /** The Antecedents of the ReferencedProfile links whose Dependent is {@code profile}. */
    private List<CimXmlInstancePath> referencedBy(CimXmlInstance profile) {
        if (referencedBy == null) {
            referencedBy = new LinkedHashMap<>();
        }
        return referencedBy.computeIfAbsent(path(profile).identity(), k -> paths("PR-010", interop, path(profile),
                RegistrationRequests.traversal(REFERENCED, null, "Dependent", "Antecedent")));
    }

    private Set<String> referencedIdentities() {
        Set<String> out = new TreeSet<>();
        registered().forEach(p -> referencedBy(p).forEach(a -> out.add(a.name().identity())));
        return out;
    }

    private List<CimXmlInstancePath> paths(String requirement, String namespace, CimXmlInstanceName from,
                                           String traversal) {
        CimXmlResponse response = wbem.success(requirement, namespace, "AssociatorNames",
                RegistrationRequests.objectName(from) + traversal);
        return response.instancePaths();
    }

    private void mustExist(String requirement, CimXmlInstance profile, CimXmlInstancePath instance) {
        String ns = instance.namespace().orElse(interop);
        CimXmlResponse read = wbem.answer(requirement, ns, "GetInstance",
                RegistrationRequests.getInstance(instance.name()));
        Optional<CimError> error = WbemContext.readError(requirement, read);
        if (error.isPresent() || read.instances().size() != 1) {
            throw new AssertionError("[" + requirement + "] " + CONFORMS + " links " + describe(profile) + " to "
                    + instance + ", which cannot be read in " + ns + ": "
                    + error.map(Object::toString).orElse(read.instances().size() + " instances"));
        }
    }

    private static Set<String> identities(List<CimXmlInstancePath> paths) {
        Set<String> out = new TreeSet<>();
        paths.forEach(p -> out.add(p.name().identity()));
        return out;
    }

    private static CimXmlInstanceName path(CimXmlInstance profile) {
        return profile.path().orElseThrow(() -> new AssertionError("[PR-001] a " + profile.className()
                + " came without its instance name"));
    }

    private static String name(CimXmlInstance profile) {
        return value(profile, "RegisteredName").orElse("");
    }

    private static Optional<String> value(CimXmlInstance instance, String property) {
        return instance.properties().stream().filter(p -> p.name().equalsIgnoreCase(property)).findFirst()
                .flatMap(CimXmlProperty::value);
    }

    private static List<String> list(Optional<String> joined) {
        if (joined.isEmpty() || joined.get().isEmpty()) {
            return List.of();
        }
        return List.of(joined.get().split(",", -1)).stream().map(String::strip).toList();
    }

    private static String describe(CimXmlInstance profile) {
        return "registered profile '" + name(profile) + "' " + value(profile, "RegisteredVersion").orElse("?")
                + " (organization " + value(profile, "RegisteredOrganization").orElse("NULL") + ")";
    }
}
