package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.testng.SkipException;
import org.vcmtck.features.steps.wbem.WbemClientSession;
import org.vcmtck.profiles.target.Endpoints;

/**
 * Checks that span the CIM profiles (CIM-CROSS): a generic walk over the associations reachable from the central
 * instances of every registered profile; every path it returns is readable, every step leads back, a source path
 * that names nothing is refused, and the CIM_ class names find what vendor subclasses implement.
 */
public class CimCrossProfileSteps {

    private static final int CIM_ERR_INVALID_PARAMETER = 4;
    private static final int CIM_ERR_NOT_FOUND = 6;
    /** GetInstance is tried on at most this many returned paths of each class. */
    private static final int READS_PER_CLASS = 4;
    /** Reverse traversals of instances the walk did not expand, at most. */
    private static final int EXTRA_REVERSE = 20;
    /** Classes whose made-up paths are tried as association sources, at most. */
    private static final int BOGUS_CLASSES = 6;
    private static final String BOGUS_KEY = "vcmtck-no-such-instance";

    private final CimProfileContext cim;
    private AssociationCrawler crawl;

    public CimCrossProfileSteps(CimProfileContext cim) {
        this.cim = cim;
    }

    @Given("the suite has walked the associations from the central instances of every registered profile")
    public void walk() {
        List<CIMObjectPath> starts = new ArrayList<>();
        for (String name : registeredNames()) {
            try {
                starts.addAll(cim.centralInstances(name));
            } catch (SkipException e) {
                // a registration without conformant elements adds no start
            }
        }
        if (starts.isEmpty()) {
            throw new SkipException("no registered profile leads to a central instance");
        }
        crawl = new AssociationCrawler(cim).crawl(starts);
        cim.world().evidence("association walk", crawl.expanded().size() + " instances expanded, "
                + crawl.edges().size() + " traversal results");
    }

    @Then("every instance an association traversal returned can be read with GetInstance through the returned path")
    public void everyResultReadable() {
        List<String> unreadable = new ArrayList<>();
        for (CIMObjectPath path : crawl.sampledResults(READS_PER_CLASS)) {
            WbemClientSession.Outcome<CIMInstance> read = cim.tryInstance(path);
            if (!read.succeeded()) {
                unreadable.add(path + " (status " + read.statusCode() + ")");
            }
        }
        if (!unreadable.isEmpty()) {
            throw cim.failure("association traversals returned paths GetInstance cannot read: " + unreadable);
        }
        if (crawl.edges().isEmpty()) {
            throw new SkipException("no association traversal returned anything");
        }
    }

    @Then("every instance an association traversal reached leads back to where the traversal started")
    public void traversalIsSymmetric() {
        List<String> oneWay = new ArrayList<>();
        Map<String, List<String>> reverse = new LinkedHashMap<>();
        for (AssociationCrawler.Edge edge : crawl.edges()) {
            List<String> back = crawl.neighboursOf(edge.to());
            String toId = CimProfileContext.identity(edge.to());
            if (back == null && reverse.containsKey(toId)) {
                back = reverse.get(toId);
            }
            if (back == null && reverse.size() < EXTRA_REVERSE) {
                back = crawl.associatorsOf(edge.to()).stream().map(CimProfileContext::identity).toList();
                reverse.put(toId, back);
            }
            if (back != null && !back.contains(CimProfileContext.identity(edge.from()))) {
                oneWay.add(edge.from() + " → " + edge.to());
            }
        }
        if (!crawl.refused().isEmpty()) {
            throw cim.failure("AssociatorNames of paths that association traversals returned failed: "
                    + crawl.refused());
        }
        if (!oneWay.isEmpty()) {
            throw cim.failure("AssociatorNames leads one way only (the far end's AssociatorNames does not return the"
                    + " start): " + oneWay);
        }
        if (crawl.edges().isEmpty()) {
            throw new SkipException("no association traversal returned anything");
        }
    }

    @Then("AssociatorNames and References of source paths whose keys name no instance answer CIM_ERR_NOT_FOUND or CIM_ERR_INVALID_PARAMETER")
    public void bogusSources() {
        Set<String> classes = new LinkedHashSet<>();
        List<CIMObjectPath> bogus = new ArrayList<>();
        for (CIMObjectPath path : crawl.expanded().values()) {
            if (bogus.size() < BOGUS_CLASSES && classes.add(AssociationCrawler.className(path))) {
                bogusPath(path).ifPresent(bogus::add);
            }
        }
        if (bogus.isEmpty()) {
            throw new SkipException("no instance reached is named by string keys only");
        }
        List<String> wrong = new ArrayList<>();
        for (CIMObjectPath path : bogus) {
            WbemClientSession.Outcome<?> associators = cim.session().run(c -> WbemClientSession.drain(
                    c.associatorNames(path, null, null, null, null)));
            WbemClientSession.Outcome<?> references = cim.session().run(c -> WbemClientSession.drain(
                    c.referenceInstances(path, null, null, false, null)));
            for (var outcome : List.of(Map.entry("AssociatorNames", associators), Map.entry("References",
                    references))) {
                int status = outcome.getValue().statusCode();
                if (status != CIM_ERR_NOT_FOUND && status != CIM_ERR_INVALID_PARAMETER) {
                    wrong.add(outcome.getKey() + " of " + path + " answered "
                            + (status == 0 ? "a result " + outcome.getValue().value() : "status " + status));
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw cim.failure("association operations on paths that name no instance must answer CIM_ERR_NOT_FOUND "
                    + "(6) or CIM_ERR_INVALID_PARAMETER (4): " + wrong);
        }
    }

    @Then("a client naming only CIM_ classes finds the virtualization profiles' systems")
    public void cimNamesFindSubclasses() {
        List<CIMObjectPath> hosts = centralOrNone(CimVirtualHost.SYSTEM_VIRTUALIZATION);
        List<CIMObjectPath> systems = centralOrNone("Virtual System");
        if (hosts.isEmpty() && systems.isEmpty()) {
            throw new SkipException("the target registers neither System Virtualization nor Virtual System with "
                    + "central instances");
        }
        Set<String> computerSystems = new HashSet<>();
        Set<String> namespaces = new LinkedHashSet<>();
        hosts.forEach(p -> namespaces.add(p.getNamespace()));
        systems.forEach(p -> namespaces.add(p.getNamespace()));
        for (String namespace : namespaces) {
            cim.instanceNames(namespace, "CIM_ComputerSystem").forEach(p ->
                    computerSystems.add(CimProfileContext.identity(p)));
        }
        List<String> missing = new ArrayList<>();
        for (CIMObjectPath central : concat(hosts, systems)) {
            if (!computerSystems.contains(CimProfileContext.identity(central))) {
                missing.add(central.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw cim.failure("EnumerateInstanceNames of CIM_ComputerSystem (deep) does not list the central "
                    + "instances " + missing + " (their classes must be CIM_ComputerSystem or a subclass)");
        }
        if (!hosts.isEmpty()) {
            Set<String> hosted = new HashSet<>();
            for (CIMObjectPath host : hosts) {
                cim.associatorNames(host, "CIM_HostedDependency", "CIM_ComputerSystem", "Antecedent", "Dependent")
                        .forEach(p -> hosted.add(CimProfileContext.identity(p)));
            }
            List<String> unhosted = systems.stream().map(CimProfileContext::identity)
                    .filter(id -> !hosted.contains(id)).toList();
            if (!unhosted.isEmpty()) {
                throw cim.failure("AssociatorNames through CIM_HostedDependency with ResultClass CIM_ComputerSystem "
                        + "from the hosts does not find the virtual systems " + unhosted);
            }
        }
    }

    private List<String> registeredNames() {
        String interop = cim.world().session().endpoint("interopNamespace")
                .orElse(Endpoints.DEFAULT_INTEROP_NAMESPACE);
        List<CIMInstance> profiles = cim.call("EnumerateInstances of " + CimProfileContext.REGISTERED_PROFILE,
                c -> WbemClientSession.drain(c.enumerateInstances(cim.session().path(interop,
                        CimProfileContext.REGISTERED_PROFILE), true, false, false, null)));
        Set<String> names = new LinkedHashSet<>();
        profiles.forEach(p -> {
            if (p.getPropertyValue("RegisteredName") instanceof String name) {
                names.add(name);
            }
        });
        return new ArrayList<>(names);
    }

    private List<CIMObjectPath> centralOrNone(String registeredName) {
        try {
            return cim.centralInstances(registeredName);
        } catch (SkipException e) {
            return List.of();
        }
    }

    /** The same class and key names with every (string) key naming nothing; none if a key is not a string. */
    private java.util.Optional<CIMObjectPath> bogusPath(CIMObjectPath path) {
        CIMProperty<?>[] keys = path.getKeys();
        if (keys.length == 0) {
            return java.util.Optional.empty();
        }
        CIMProperty<?>[] made = new CIMProperty<?>[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (!(keys[i].getValue() instanceof String)) {
                return java.util.Optional.empty();
            }
            boolean className = keys[i].getName().toLowerCase(java.util.Locale.ROOT).endsWith("creationclassname");
            // class-name keys keep their value so that only the identifying keys name nothing
            made[i] = new CIMProperty<>(keys[i].getName(), CIMDataType.STRING_T, className ? keys[i].getValue()
                    : BOGUS_KEY, true, false, null);
        }
        return java.util.Optional.of(new CIMObjectPath(path.getScheme(), path.getHost(), path.getPort(),
                path.getNamespace(), path.getObjectName(), made));
    }

    private static List<CIMObjectPath> concat(List<CIMObjectPath> a, List<CIMObjectPath> b) {
        List<CIMObjectPath> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
