package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.testng.SkipException;

/**
 * Associators, AssociatorNames, References and ReferenceNames (WBEM-OP-010) through the JSR48 client, from a
 * DSP1033 registered profile in the interop namespace: every target registering a profile has one, with the
 * associations that tie it to its conforming elements. The filters AssocClass, ResultClass, Role and ResultRole
 * are checked against what the unfiltered operations return.
 */
public class WbemAssociationSteps {

    private static final String REGISTERED_PROFILE = "CIM_RegisteredProfile";

    private final WbemContext wbem;
    private final WbemClientSession session;
    private CIMObjectPath profile;
    private CIMInstance association;
    private String role;
    private String resultRole;
    private CIMObjectPath other;

    public WbemAssociationSteps(WbemContext wbem, WbemClientSession session) {
        this.wbem = wbem;
        this.session = session;
    }

    @Given("the WBEM server associates a registered profile with another object")
    public void aProfileWithAnAssociation() {
        List<CIMObjectPath> profiles = session.run(c -> WbemClientSession.drain(c.enumerateInstanceNames(
                session.path(wbem.interopNamespace(), REGISTERED_PROFILE))))
                .orFail("WBEM-OP-010", "EnumerateInstanceNames of " + REGISTERED_PROFILE);
        for (CIMObjectPath candidate : profiles) {
            CIMObjectPath located = located(candidate);
            List<CIMInstance> refs = session.run(c -> WbemClientSession.drain(c.referenceInstances(located, null, null,
                    false, null))).orFail("WBEM-OP-010", "References of " + located);
            for (CIMInstance ref : refs) {
                if (pickEnds(located, ref)) {
                    profile = located;
                    association = ref;
                    return;
                }
            }
        }
        throw new SkipException("no registered profile in " + wbem.interopNamespace()
                + " is associated with another object");
    }

    @Then("References and ReferenceNames name the same associations, each referring to the profile")
    public void referencesAndNames() {
        List<CIMInstance> refs = call(c -> WbemClientSession.drain(c.referenceInstances(profile, null, null, false,
                null)), "References");
        List<CIMObjectPath> names = call(c -> WbemClientSession.drain(c.referenceNames(profile, null, null)),
                "ReferenceNames");
        Set<String> fromInstances = new TreeSet<>();
        for (CIMInstance ref : refs) {
            fromInstances.add(identity(ref.getObjectPath()));
            if (!refersTo(ref, profile)) {
                throw new AssertionError("[WBEM-OP-010] References of " + profile + " returned " + ref.getObjectPath()
                        + ", which has no reference to the profile");
            }
        }
        Set<String> fromNames = identities(names);
        if (!fromInstances.equals(fromNames) || names.size() != fromNames.size()) {
            throw new AssertionError("[WBEM-OP-010] References of " + profile + " returned " + fromInstances
                    + " but ReferenceNames " + fromNames);
        }
    }

    @Then("the ResultClass and Role filters of ReferenceNames keep the association and drop it on a wrong role")
    public void referenceFilters() {
        String assocClass = association.getClassName();
        Set<String> byClass = identities(call(c -> WbemClientSession.drain(c.referenceNames(profile, assocClass,
                null)), "ReferenceNames with ResultClass " + assocClass));
        requireContains(byClass, association.getObjectPath(), "ReferenceNames with ResultClass " + assocClass);
        Set<String> byRole = identities(call(c -> WbemClientSession.drain(c.referenceNames(profile, null, role)),
                "ReferenceNames with Role " + role));
        requireContains(byRole, association.getObjectPath(), "ReferenceNames with Role " + role);
        List<CIMObjectPath> wrongRole = call(c -> WbemClientSession.drain(c.referenceNames(profile, assocClass,
                resultRole)), "ReferenceNames with Role " + resultRole);
        if (identities(wrongRole).contains(identity(association.getObjectPath()))) {
            throw new AssertionError("[WBEM-OP-010] ReferenceNames of " + profile + " with Role " + resultRole
                    + " returned " + association.getObjectPath() + ", which refers to the profile through " + role);
        }
    }

    @Then("Associators and AssociatorNames with AssocClass, Role and ResultRole return the other end")
    public void associatorsWithFilters() {
        String assocClass = association.getClassName();
        List<CIMObjectPath> names = call(c -> WbemClientSession.drain(c.associatorNames(profile, assocClass, null,
                role, resultRole)), "AssociatorNames with AssocClass " + assocClass + ", Role " + role
                + ", ResultRole " + resultRole);
        requireContains(identities(names), other, "AssociatorNames with AssocClass " + assocClass);
        List<CIMInstance> objects = call(c -> WbemClientSession.drain(c.associatorInstances(profile, assocClass, null, role,
                resultRole, false, null)), "Associators with AssocClass " + assocClass);
        List<CIMObjectPath> objectPaths = new ArrayList<>();
        objects.forEach(o -> objectPaths.add(o.getObjectPath()));
        if (!identities(objectPaths).equals(identities(names))) {
            throw new AssertionError("[WBEM-OP-010] Associators of " + profile + " returned objects with paths "
                    + identities(objectPaths) + " but AssociatorNames " + identities(names));
        }
        String resultClass = other.getObjectName();
        requireContains(identities(call(c -> WbemClientSession.drain(c.associatorNames(profile, null, resultClass,
                null, null)), "AssociatorNames with ResultClass " + resultClass)), other,
                "AssociatorNames with ResultClass " + resultClass);
        List<CIMObjectPath> swapped = call(c -> WbemClientSession.drain(c.associatorNames(profile, assocClass, null,
                resultRole, role)), "AssociatorNames with Role and ResultRole swapped");
        if (identities(swapped).contains(identity(other)) && !role.equalsIgnoreCase(resultRole)) {
            throw new AssertionError("[WBEM-OP-010] AssociatorNames of " + profile + " with Role " + resultRole
                    + " and ResultRole " + role + " returned " + other + ", which " + assocClass
                    + " reaches through Role " + role + " and ResultRole " + resultRole);
        }
    }

    /** The association's reference to the profile and its reference to the other end; false when it has none. */
    private boolean pickEnds(CIMObjectPath from, CIMInstance ref) {
        String towardsProfile = null;
        for (CIMProperty<?> p : ref.getProperties()) {
            if (p.getValue() instanceof CIMObjectPath target && identity(target).equals(identity(from))) {
                towardsProfile = p.getName();
                break;
            }
        }
        if (towardsProfile == null) {
            return false;
        }
        for (CIMProperty<?> p : ref.getProperties()) {
            if (p.getValue() instanceof CIMObjectPath target && !p.getName().equalsIgnoreCase(towardsProfile)) {
                role = towardsProfile;
                resultRole = p.getName();
                other = target;
                return true;
            }
        }
        return false;
    }

    private static boolean refersTo(CIMInstance ref, CIMObjectPath target) {
        for (CIMProperty<?> p : ref.getProperties()) {
            if (p.getValue() instanceof CIMObjectPath value && identity(value).equals(identity(target))) {
                return true;
            }
        }
        return false;
    }

    private <T> T call(WbemClientSession.ClientCall<T> call, String what) {
        return session.run(call).orFail("WBEM-OP-010", what + " of " + profile);
    }

    private void requireContains(Set<String> got, CIMObjectPath expected, String what) {
        if (!got.contains(identity(expected))) {
            throw new AssertionError("[WBEM-OP-010] " + what + " of " + profile + " returned " + got
                    + ", without " + expected);
        }
    }

    private CIMObjectPath located(CIMObjectPath path) {
        String namespace = path.getNamespace() == null || path.getNamespace().isEmpty() ? wbem.interopNamespace()
                : path.getNamespace();
        return session.path(namespace, path.getObjectName(), path.getKeys());
    }

    private static Set<String> identities(List<CIMObjectPath> paths) {
        Set<String> out = new TreeSet<>();
        paths.forEach(p -> out.add(identity(p)));
        return out;
    }

    /** Class and keys, case-insensitive in names; host and namespace left out (servers spell them variously). */
    static String identity(CIMObjectPath path) {
        TreeMap<String, String> keys = new TreeMap<>();
        for (CIMProperty<?> key : path.getKeys()) {
            Object value = key.getValue();
            keys.put(key.getName().toLowerCase(Locale.ROOT), value instanceof CIMObjectPath nested
                    ? "(" + identity(nested) + ")" : String.valueOf(value));
        }
        return path.getObjectName().toLowerCase(Locale.ROOT) + keys;
    }
}
