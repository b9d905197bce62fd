package org.vcmtck.simulator.wbem.providers.virt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;

/**
 * Links that other profiles' providers add to an association class this package already provides (for example a
 * service of another profile hosted through CIM_HostedService): the repository takes one provider per class, so
 * the class's single provider here lists these links too, computed on every request like its own.
 */
public final class AssociationContributions {

    /**
     * The two ends of one link, in the order of the association's roles as the providing method names them
     * (for CIM_HostedService: Antecedent then Dependent; for CIM_ElementCapabilities: ManagedElement then
     * Capabilities).
     */
    public record Ends(CimObjectPath first, CimObjectPath second) {
    }

    private final Map<String, List<Supplier<List<Ends>>>> byClass = new LinkedHashMap<>();
    private final Map<String, List<Supplier<List<CimInstance>>>> instancesByClass = new LinkedHashMap<>();

    /** Adds a source of links to {@code associationClass}; it is asked again on every request. */
    public synchronized void contribute(String associationClass, Supplier<List<Ends>> links) {
        byClass.computeIfAbsent(associationClass, c -> new ArrayList<>()).add(links);
    }

    /** Every contributed link of {@code associationClass} as of now. */
    public synchronized List<Ends> of(String associationClass) {
        List<Ends> out = new ArrayList<>();
        byClass.getOrDefault(associationClass, List.of()).forEach(s -> out.addAll(s.get()));
        return out;
    }

    /**
     * Adds a source of instances of a (non-association) class another provider here serves, e.g. virtual switches
     * shown as CIM_ComputerSystem; it is asked again on every request.
     */
    public synchronized void contributeInstances(String cimClass, Supplier<List<CimInstance>> instances) {
        instancesByClass.computeIfAbsent(cimClass, c -> new ArrayList<>()).add(instances);
    }

    /** {@code own} followed by every contributed instance of {@code cimClass} as of now. */
    public synchronized List<CimInstance> withInstances(String cimClass, List<CimInstance> own) {
        List<CimInstance> out = new ArrayList<>(own);
        instancesByClass.getOrDefault(cimClass, List.of()).forEach(s -> out.addAll(s.get()));
        return out;
    }
}
