package org.vcmtck.simulator.wbem.providers;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.vcmtck.simulator.wbem.cim.CimObjectPath;

/**
 * One profile the reference implements, as DSP1033 advertises it: a CIM_RegisteredProfile (organization, exact
 * registered name, version M.m.u), the central instances it conforms through (computed on every request, so
 * they follow the model), and the InstanceIDs of the registered profiles it references.
 *
 * @param instanceId        the RegisteredProfile key, unique within the registry
 * @param organization      RegisteredOrganization ValueMap value (2 = DMTF; 1 = Other needs otherOrganization)
 * @param otherOrganization OtherRegisteredOrganization, null for DMTF profiles
 * @param name              RegisteredName exactly as the profile spells it
 * @param version           RegisteredVersion, M.m.u
 * @param centralInstances  full paths (namespace set) of the central instances; may cross namespaces
 * @param referencedIds     InstanceIDs of the profiles this one references (Antecedents of CIM_ReferencedProfile)
 */
public record ProfileRegistration(String instanceId, int organization, String otherOrganization, String name,
                                  String version, Supplier<List<CimObjectPath>> centralInstances,
                                  List<String> referencedIds) {
    public static final int ORG_OTHER = 1;
    public static final int ORG_DMTF = 2;
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    public ProfileRegistration {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(centralInstances, "centralInstances");
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("profile " + name + ": RegisteredVersion must be M.m.u, was '"
                    + version + "'");
        }
        if (organization == ORG_OTHER && (otherOrganization == null || otherOrganization.isBlank())) {
            throw new IllegalArgumentException("profile " + name
                    + ": RegisteredOrganization Other (1) needs OtherRegisteredOrganization");
        }
        referencedIds = List.copyOf(referencedIds);
    }

    /** A DMTF profile (RegisteredOrganization 2) with the usual "DMTF:" InstanceID prefix. */
    public static ProfileRegistration dmtf(String localId, String name, String version,
                                           Supplier<List<CimObjectPath>> centralInstances, List<String> referencedIds) {
        return new ProfileRegistration("DMTF:" + localId, ORG_DMTF, null, name, version, centralInstances,
                referencedIds);
    }
}
