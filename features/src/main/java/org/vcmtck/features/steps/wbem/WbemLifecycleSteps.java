package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimStatusCodes;

/**
 * CreateInstance, ModifyInstance and DeleteInstance (WBEM-OP-007..009) through the JSR48 client, on the class
 * clients commonly create in the interop namespace: CIM_IndicationFilter. A target that refuses to create one
 * (CIM_ERR_NOT_SUPPORTED, or no such class) leaves these requirements not tested. Every instance made here is
 * deleted after the scenario.
 */
public class WbemLifecycleSteps {

    static final String CREATABLE_CLASS = "CIM_IndicationFilter";
    private static final int ALREADY_EXISTS = 11;
    private static final String QUERY = "SELECT * FROM CIM_AlertIndication";

    private final WbemContext wbem;
    private final WbemClientSession session;
    private CIMObjectPath created;
    private String name;

    public WbemLifecycleSteps(WbemContext wbem, WbemClientSession session) {
        this.wbem = wbem;
        this.session = session;
    }

    @Given("a client has created an indication filter in the interop namespace")
    public void createFilter() {
        name = "vcmtck-filter-" + WbemContext.nextId() + "-" + System.nanoTime();
        CIMInstance filter = filter(name, QUERY);
        WbemClientSession.Outcome<CIMObjectPath> outcome = session.run(c -> c.createInstance(filter));
        if (outcome.statusCode() == CimStatusCodes.NOT_SUPPORTED || outcome.statusCode() == CimStatusCodes.INVALID_CLASS) {
            throw new SkipException("the target does not let a client create " + CREATABLE_CLASS + " instances in "
                    + wbem.interopNamespace() + ": " + outcome.message());
        }
        created = outcome.orFail("WBEM-OP-007", "CreateInstance of " + CREATABLE_CLASS);
        if (created == null) {
            throw new AssertionError("[WBEM-OP-007] CreateInstance of " + CREATABLE_CLASS
                    + " returned no INSTANCENAME");
        }
        session.createdByScenario(withNamespace(created));
    }

    @Then("the returned name names the new indication filter, which can be read back")
    public void returnedNameReadsBack() {
        if (!CREATABLE_CLASS.equalsIgnoreCase(created.getObjectName())) {
            throw new AssertionError("[WBEM-OP-007] CreateInstance returned a name of class "
                    + created.getObjectName() + ", not " + CREATABLE_CLASS);
        }
        Object key = created.getKeyValue("Name");
        if (!name.equals(key)) {
            throw new AssertionError("[WBEM-OP-007] CreateInstance returned " + created + " whose Name key is "
                    + key + ", not the created " + name);
        }
        CIMInstance read = read("WBEM-OP-007");
        if (!QUERY.equals(read.getPropertyValue("Query"))) {
            throw new AssertionError("[WBEM-OP-007] the created filter reads back with Query "
                    + read.getPropertyValue("Query") + ", not " + QUERY);
        }
    }

    @Then("creating the same indication filter again is refused as already existing")
    public void duplicateRefused() {
        WbemClientSession.Outcome<CIMObjectPath> again = session.run(c -> c.createInstance(filter(name, QUERY)));
        if (again.succeeded()) {
            throw new AssertionError("[WBEM-OP-007] creating " + CREATABLE_CLASS + " " + name
                    + " a second time succeeded; expected CIM_ERR_ALREADY_EXISTS (11)");
        }
        expect("WBEM-OP-007", "creating an existing instance again", again.statusCode(), again.message(),
                Set.of(ALREADY_EXISTS));
    }

    @Then("creating an instance of an abstract or an unknown class is refused")
    public void abstractOrUnknownRefused() {
        for (String className : List.of(WbemDiscovery.ROOT_CLASS, "VCMTCK_NoSuchClass" + WbemContext.nextId())) {
            CIMInstance instance = new CIMInstance(session.path(wbem.interopNamespace(), className), new CIMProperty<?>[]{
                    new CIMProperty<>("ElementName", CIMDataType.STRING_T, "vcmtck", false, false, null)});
            WbemClientSession.Outcome<CIMObjectPath> outcome = session.run(c -> c.createInstance(instance));
            if (outcome.succeeded()) {
                session.createdByScenario(withNamespace(outcome.value()));
                throw new AssertionError("[WBEM-OP-007] creating an instance of " + className + " succeeded ("
                        + outcome.value() + "); an abstract or unknown class has no instances of its own");
            }
            expect("WBEM-OP-007", "creating an instance of " + className, outcome.statusCode(), outcome.message(),
                    Set.of(CimStatusCodes.INVALID_CLASS, CimStatusCodes.NOT_SUPPORTED));
        }
    }

    @Then("modifying the filter with a property list changes only the listed property")
    public void modifyWithPropertyList() {
        String newQuery = "SELECT * FROM CIM_AlertIndication WHERE PerceivedSeverity = 6";
        CIMInstance change = new CIMInstance(withNamespace(created), new CIMProperty<?>[]{
                string("Query", newQuery, false), string("QueryLanguage", "DMTF:CQL", false)});
        session.run(c -> {
            c.modifyInstance(change, new String[]{"Query"});
            return null;
        }).orFail("WBEM-OP-008", "ModifyInstance with PropertyList [Query]");
        CIMInstance read = read("WBEM-OP-008");
        if (!newQuery.equals(read.getPropertyValue("Query"))) {
            throw new AssertionError("[WBEM-OP-008] after ModifyInstance with PropertyList [Query] the Query is "
                    + read.getPropertyValue("Query") + ", not the new " + newQuery);
        }
        if (!"WQL".equals(read.getPropertyValue("QueryLanguage"))) {
            throw new AssertionError("[WBEM-OP-008] ModifyInstance with PropertyList [Query] changed QueryLanguage"
                    + " (not listed) to " + read.getPropertyValue("QueryLanguage"));
        }
    }

    @Then("changing the filter's key is refused and leaves it as it was")
    public void keyChangeRefused() {
        String otherName = name + "-renamed";
        CIMInstance change = new CIMInstance(withNamespace(created), new CIMProperty<?>[]{
                string("Name", otherName, true)});
        WbemClientSession.Outcome<Object> outcome = session.run(c -> {
            c.modifyInstance(change, new String[]{"Name"});
            return null;
        });
        if (outcome.succeeded()) {
            session.createdByScenario(withNamespace(keyed(otherName)));
        }
        read("WBEM-OP-008");
        WbemClientSession.Outcome<CIMInstance> renamed = session.run(c -> c.getInstance(withNamespace(
                keyed(otherName)), false, false, null));
        if (outcome.succeeded() || renamed.succeeded()) {
            throw new AssertionError("[WBEM-OP-008] ModifyInstance changing the key Name of " + created + " to "
                    + otherName + " was not refused (an instance's keys name it; a modification cannot change them)");
        }
    }

    @Then("modifying a filter that does not exist is refused as not found")
    public void modifyMissing() {
        CIMObjectPath missing = withNamespace(keyed(name + "-missing"));
        CIMInstance change = new CIMInstance(missing, new CIMProperty<?>[]{string("Query", QUERY, false)});
        WbemClientSession.Outcome<Object> outcome = session.run(c -> {
            c.modifyInstance(change, null);
            return null;
        });
        if (outcome.succeeded()) {
            throw new AssertionError("[WBEM-OP-008] ModifyInstance of the missing " + missing + " succeeded");
        }
        expect("WBEM-OP-008", "ModifyInstance of a missing instance", outcome.statusCode(), outcome.message(),
                Set.of(CimStatusCodes.NOT_FOUND));
    }

    @Then("deleting the filter removes it, and deleting it again is refused as not found")
    public void deleteTwice() {
        CIMObjectPath path = withNamespace(created);
        session.run(c -> {
            c.deleteInstance(path);
            return null;
        }).orFail("WBEM-OP-009", "DeleteInstance of " + path);
        session.deletedByScenario(path);
        WbemClientSession.Outcome<CIMInstance> gone = session.run(c -> c.getInstance(path, false, false, null));
        if (gone.succeeded()) {
            throw new AssertionError("[WBEM-OP-009] " + path + " can still be read after DeleteInstance");
        }
        expect("WBEM-OP-009", "GetInstance of a deleted instance", gone.statusCode(), gone.message(),
                Set.of(CimStatusCodes.NOT_FOUND));
        WbemClientSession.Outcome<Object> again = session.run(c -> {
            c.deleteInstance(path);
            return null;
        });
        if (again.succeeded()) {
            throw new AssertionError("[WBEM-OP-009] deleting " + path + " a second time succeeded");
        }
        expect("WBEM-OP-009", "DeleteInstance of a deleted instance", again.statusCode(), again.message(),
                Set.of(CimStatusCodes.NOT_FOUND));
    }

    private CIMInstance read(String requirement) {
        return session.run(c -> c.getInstance(withNamespace(created), false, false, null))
                .orFail(requirement, "GetInstance of the created " + created);
    }

    private static void expect(String requirement, String what, int code, String message, Set<Integer> allowed) {
        if (!CimStatusCodes.isDefined(code)) {
            throw new AssertionError("[WBEM-ERR-001] " + what + " answered CIM status " + code + ": " + message);
        }
        if (!allowed.contains(code)) {
            throw new AssertionError("[" + requirement + "] " + what + " answered " + CimStatusCodes.describe(code)
                    + " (" + message + "); expected " + allowed.stream().sorted().map(CimStatusCodes::describe)
                    .toList());
        }
    }

    private CIMInstance filter(String filterName, String query) {
        return new CIMInstance(keyed(filterName), new CIMProperty<?>[]{
                string("SystemCreationClassName", "CIM_ComputerSystem", true),
                string("SystemName", "vcmtck", true),
                string("CreationClassName", CREATABLE_CLASS, true),
                string("Name", filterName, true),
                string("Query", query, false),
                string("QueryLanguage", "WQL", false),
                new CIMProperty<>("SourceNamespaces", CIMDataType.STRING_ARRAY_T,
                        new String[]{wbem.virtualizationNamespace()}, false, false, null)});
    }

    private CIMObjectPath keyed(String filterName) {
        return session.path(wbem.interopNamespace(), CREATABLE_CLASS,
                string("SystemCreationClassName", "CIM_ComputerSystem", true),
                string("SystemName", "vcmtck", true),
                string("CreationClassName", CREATABLE_CLASS, true),
                string("Name", filterName, true));
    }

    /** The path the server returned, in the interop namespace when it named none. */
    private CIMObjectPath withNamespace(CIMObjectPath path) {
        Objects.requireNonNull(path);
        String namespace = path.getNamespace() == null || path.getNamespace().isEmpty() ? wbem.interopNamespace()
                : path.getNamespace();
        return session.path(namespace, path.getObjectName(), path.getKeys());
    }

    private static CIMProperty<String> string(String propertyName, String value, boolean key) {
        return new CIMProperty<>(propertyName, CIMDataType.STRING_T, value, key, false, null);
    }
}
