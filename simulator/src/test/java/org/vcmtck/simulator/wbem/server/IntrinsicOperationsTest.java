package org.vcmtck.simulator.wbem.server;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.wbem.server.CimXml.className;
import static org.vcmtck.simulator.wbem.server.CimXml.param;
import static org.vcmtck.simulator.wbem.server.CimXml.thingName;
import static org.vcmtck.simulator.wbem.server.CimXml.value;
import static org.vcmtck.simulator.wbem.server.CimXml.xpath;
import static org.vcmtck.simulator.wbem.server.CimXml.xpathAll;

public class IntrinsicOperationsTest {
    private WbemTestServer server;

    @BeforeMethod
    public void start() throws Exception {
        server = new WbemTestServer();
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        server.close();
    }

    private String call(String op, String params) throws Exception {
        HttpResponse<String> r = server.intrinsic(op, params);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(xpath(r.body(), "//IMETHODRESPONSE/@NAME")).isEqualTo(op);
        return r.body();
    }

    private static String errorCode(String body) throws Exception {
        return xpath(body, "//ERROR/@CODE");
    }

    @Test
    public void getClassReturnsTheClassAndUnknownIsNotFound() throws Exception {
        String body = call("GetClass", param("ClassName", className("Test_BigThing"))
                + param("LocalOnly", value("FALSE")));
        assertThat(xpath(body, "//IRETURNVALUE/CLASS/@SUPERCLASS")).isEqualTo("Test_Thing");
        assertThat(xpathAll(body, "//CLASS/PROPERTY/@NAME")).contains("Heavy", "Name", "Caption");
        String local = call("GetClass", param("ClassName", className("Test_BigThing")));
        assertThat(xpathAll(local, "//CLASS/PROPERTY/@NAME")).containsExactly("Heavy");
        assertThat(errorCode(call("GetClass", param("ClassName", className("Nope"))))).isEqualTo("6");
    }

    @Test
    public void enumerateClassNamesHonoursDeepInheritance() throws Exception {
        assertThat(xpathAll(call("EnumerateClassNames", ""), "//CLASSNAME/@NAME"))
                .contains("Test_Element", "Test_Link").doesNotContain("Test_Thing");
        assertThat(xpathAll(call("EnumerateClassNames", param("ClassName", className("Test_Element"))
                + param("DeepInheritance", value("TRUE"))), "//CLASSNAME/@NAME"))
                .containsExactly("Test_Thing", "Test_BigThing");
        assertThat(errorCode(call("EnumerateClasses", param("ClassName", className("Nope"))))).isEqualTo("5");
        assertThat(xpathAll(call("EnumerateClasses", param("ClassName", className("Test_Thing"))),
                "//IRETURNVALUE/CLASS/@NAME")).containsExactly("Test_BigThing");
    }

    @Test
    public void enumerateInstancesIncludesSubclassesAndAppliesPropertyList() throws Exception {
        String body = call("EnumerateInstances", param("ClassName", className("Test_Thing"))
                + param("LocalOnly", value("FALSE")));
        assertThat(xpathAll(body, "//VALUE.NAMEDINSTANCE/INSTANCE/@CLASSNAME"))
                .containsExactlyInAnyOrder("Test_Thing", "Test_BigThing", "Test_Thing");
        assertThat(xpath(body, "//INSTANCE[PROPERTY[@NAME='Name']/VALUE='a']/PROPERTY[@NAME='Caption']/VALUE"))
                .isEqualTo("first");
        String only = call("EnumerateInstances", param("ClassName", className("Test_Thing"))
                + param("LocalOnly", value("FALSE"))
                + param("PropertyList", "<VALUE.ARRAY><VALUE>Size</VALUE></VALUE.ARRAY>"));
        assertThat(xpathAll(only, "//INSTANCE/PROPERTY/@NAME")).containsOnly("Size");
        String shallow = call("EnumerateInstances", param("ClassName", className("Test_Thing"))
                + param("LocalOnly", value("FALSE")) + param("DeepInheritance", value("FALSE")));
        assertThat(xpathAll(shallow, "//INSTANCE/PROPERTY/@NAME")).doesNotContain("Heavy");
    }

    @Test
    public void enumerateInstanceNamesMatchesThePaths() throws Exception {
        String body = call("EnumerateInstanceNames", param("ClassName", className("Test_Thing")));
        assertThat(xpathAll(body, "//INSTANCENAME/KEYBINDING/KEYVALUE")).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    public void getInstanceDistinguishesNamespaceClassAndInstance() throws Exception {
        String body = call("GetInstance", param("InstanceName", thingName("Test_Thing", "a"))
                + param("LocalOnly", value("FALSE")));
        assertThat(xpathAll(body, "//PROPERTY.ARRAY[@NAME='Tags']/VALUE.ARRAY/VALUE")).containsExactly("x", "y");
        assertThat(errorCode(call("GetInstance", param("InstanceName", thingName("Test_Thing", "zz")))))
                .isEqualTo("6");
        assertThat(errorCode(call("GetInstance", param("InstanceName", thingName("Nope", "a"))))).isEqualTo("5");
        assertThat(errorCode(call("GetInstance", ""))).isEqualTo("4");
        HttpResponse<String> otherNs = server.post("GetInstance", "root/none", CimXml.intrinsic("1", "GetInstance",
                "root/none", param("InstanceName", thingName("Test_Thing", "a"))), Map.of());
        assertThat(errorCode(otherNs.body())).isEqualTo("3");
    }

    @Test
    public void unknownOperationsAndParametersAreRefusedInTheBody() throws Exception {
        assertThat(errorCode(call("Foo", ""))).isEqualTo("7");
        assertThat(errorCode(call("EnumerateClassNames", param("Bogus", value("1"))))).isEqualTo("7");
        assertThat(errorCode(call("EnumerateClassNames", param("DeepInheritance", value("TRUE"))
                + param("DeepInheritance", value("FALSE"))))).isEqualTo("4");
        assertThat(errorCode(call("ExecQuery", param("QueryLanguage", value("SQL"))
                + param("Query", value("select * from x"))))).isEqualTo("14");
    }

    @Test
    public void createModifyDeleteRoundTrip() throws Exception {
        String instance = "<INSTANCE CLASSNAME=\"Test_Thing\"><PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>n1</VALUE>"
                + "</PROPERTY><PROPERTY NAME=\"Size\" TYPE=\"uint16\"><VALUE>9</VALUE></PROPERTY></INSTANCE>";
        String created = call("CreateInstance", param("NewInstance", instance));
        assertThat(xpath(created, "//IRETURNVALUE/INSTANCENAME/KEYBINDING[@NAME='Name']/KEYVALUE")).isEqualTo("n1");
        assertThat(errorCode(call("CreateInstance", param("NewInstance", instance)))).isEqualTo("11");

        String modified = "<VALUE.NAMEDINSTANCE>" + thingName("Test_Thing", "n1")
                + "<INSTANCE CLASSNAME=\"Test_Thing\"><PROPERTY NAME=\"Size\" TYPE=\"uint16\"><VALUE>10</VALUE>"
                + "</PROPERTY></INSTANCE></VALUE.NAMEDINSTANCE>";
        String m = call("ModifyInstance", param("ModifiedInstance", modified));
        assertThat(xpath(m, "count(//ERROR)")).isEqualTo("0");
        assertThat(xpath(m, "count(//IRETURNVALUE)")).isEqualTo("0");
        String got = call("GetProperty", param("InstanceName", thingName("Test_Thing", "n1"))
                + param("PropertyName", value("Size")));
        assertThat(xpath(got, "//IRETURNVALUE/VALUE")).isEqualTo("10");

        call("SetProperty", param("InstanceName", thingName("Test_Thing", "n1")) + param("PropertyName",
                value("Size")) + param("NewValue", value("11")));
        assertThat(xpath(call("GetProperty", param("InstanceName", thingName("Test_Thing", "n1"))
                + param("PropertyName", value("Size"))), "//IRETURNVALUE/VALUE")).isEqualTo("11");
        assertThat(errorCode(call("GetProperty", param("InstanceName", thingName("Test_Thing", "n1"))
                + param("PropertyName", value("Nope"))))).isEqualTo("12");

        String keyChange = modified.replace("<PROPERTY NAME=\"Size\" TYPE=\"uint16\"><VALUE>10</VALUE></PROPERTY>",
                "<PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>other</VALUE></PROPERTY>");
        assertThat(errorCode(call("ModifyInstance", param("ModifiedInstance", keyChange)))).isEqualTo("4");

        call("DeleteInstance", param("InstanceName", thingName("Test_Thing", "n1")));
        assertThat(errorCode(call("DeleteInstance", param("InstanceName", thingName("Test_Thing", "n1")))))
                .isEqualTo("6");
    }

    @Test
    public void associationsFollowRolesAndClasses() throws Exception {
        String source = param("ObjectName", thingName("Test_Thing", "a"));
        assertThat(xpathAll(call("AssociatorNames", source), "//OBJECTPATH/INSTANCEPATH/INSTANCENAME/KEYBINDING/KEYVALUE"))
                .containsExactlyInAnyOrder("b", "c");
        assertThat(xpathAll(call("Associators", source + param("ResultClass", className("Test_BigThing"))),
                "//VALUE.OBJECTWITHPATH/INSTANCE/@CLASSNAME")).containsExactly("Test_BigThing");
        assertThat(xpathAll(call("AssociatorNames", source + param("Role", value("Part"))), "//OBJECTPATH"))
                .isEmpty();
        assertThat(xpathAll(call("ReferenceNames", source), "//OBJECTPATH/INSTANCEPATH/INSTANCENAME/@CLASSNAME"))
                .containsExactly("Test_Link", "Test_Link");
        assertThat(xpathAll(call("References", param("ObjectName", thingName("Test_BigThing", "b"))
                + param("Role", value("Part"))), "//VALUE.OBJECTWITHPATH/INSTANCE/@CLASSNAME"))
                .containsExactly("Test_Link");
        assertThat(xpathAll(call("AssociatorNames", param("ObjectName", className("Test_Thing"))),
                "//OBJECTPATH/CLASSPATH/CLASSNAME/@NAME")).containsExactly("Test_Thing");
    }

    @Test
    public void pullEnumerationPagesThroughEverythingThenInvalidatesTheContext() throws Exception {
        String open = call("OpenEnumerateInstances", param("ClassName", className("Test_Thing"))
                + param("MaxObjectCount", value("0")));
        assertThat(xpath(open, "count(//VALUE.INSTANCEWITHPATH)")).isEqualTo("0");
        assertThat(xpath(open, "//PARAMVALUE[@NAME='EndOfSequence']/VALUE")).isEqualTo("FALSE");
        String context = xpath(open, "//PARAMVALUE[@NAME='EnumerationContext']/VALUE");
        List<String> names = new ArrayList<>();
        String end = "FALSE";
        for (int guard = 0; end.equals("FALSE") && guard < 10; guard++) {
            String pull = call("PullInstancesWithPath", param("EnumerationContext", value(context))
                    + param("MaxObjectCount", value("2")));
            names.addAll(xpathAll(pull, "//VALUE.INSTANCEWITHPATH/INSTANCE/PROPERTY[@NAME='Name']/VALUE"));
            assertThat(xpathAll(pull, "//VALUE.INSTANCEWITHPATH/INSTANCEPATH/NAMESPACEPATH/HOST")).isNotEmpty();
            end = xpath(pull, "//PARAMVALUE[@NAME='EndOfSequence']/VALUE");
        }
        assertThat(names).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(errorCode(call("PullInstancesWithPath", param("EnumerationContext", value(context))
                + param("MaxObjectCount", value("2"))))).isEqualTo("21");
    }

    @Test
    public void pulledBatchesKeepThePropertyListAndClassOriginsOfTheOpen() throws Exception {
        // instances are shaped when pulled, not at open: the later batches must still honour the open's parameters
        String open = call("OpenEnumerateInstances", param("ClassName", className("Test_Thing"))
                + param("PropertyList", "<VALUE.ARRAY><VALUE>Size</VALUE></VALUE.ARRAY>")
                + param("IncludeClassOrigin", value("TRUE")) + param("MaxObjectCount", value("1")));
        assertThat(xpathAll(open, "//VALUE.INSTANCEWITHPATH/INSTANCE/PROPERTY/@NAME")).containsOnly("Size");
        String context = xpath(open, "//PARAMVALUE[@NAME='EnumerationContext']/VALUE");
        String pull = call("PullInstancesWithPath", param("EnumerationContext", value(context))
                + param("MaxObjectCount", value("5")));
        assertThat(xpathAll(pull, "//VALUE.INSTANCEWITHPATH/INSTANCE/@CLASSNAME")).hasSize(2);
        assertThat(xpathAll(pull, "//VALUE.INSTANCEWITHPATH/INSTANCE/PROPERTY/@NAME")).containsOnly("Size");
        assertThat(xpathAll(pull, "//VALUE.INSTANCEWITHPATH/INSTANCE/PROPERTY/@CLASSORIGIN")).hasSize(2);
    }

    @Test
    public void pathsPullCloseAndFilters() throws Exception {
        String open = call("OpenEnumerateInstancePaths", param("ClassName", className("Test_Thing"))
                + param("MaxObjectCount", value("1")));
        assertThat(xpathAll(open, "//IRETURNVALUE/INSTANCEPATH")).hasSize(1);
        String context = xpath(open, "//PARAMVALUE[@NAME='EnumerationContext']/VALUE");
        assertThat(errorCode(call("EnumerationCount", param("EnumerationContext", value(context))))).isEqualTo("7");
        call("CloseEnumeration", param("EnumerationContext", value(context)));
        assertThat(errorCode(call("PullInstancePaths", param("EnumerationContext", value(context))
                + param("MaxObjectCount", value("1"))))).isEqualTo("21");
        assertThat(errorCode(call("OpenEnumerateInstances", param("ClassName", className("Test_Thing"))
                + param("FilterQueryLanguage", value("DMTF:FQL")) + param("FilterQuery", value("x"))))).isEqualTo("25");
        assertThat(errorCode(call("OpenEnumerateInstances", param("ClassName", className("Test_Thing"))
                + param("ContinueOnError", value("TRUE"))))).isEqualTo("26");
        String refs = call("OpenReferenceInstances", param("InstanceName", thingName("Test_Thing", "a"))
                + param("MaxObjectCount", value("10")));
        assertThat(xpathAll(refs, "//VALUE.INSTANCEWITHPATH/INSTANCE/@CLASSNAME")).containsExactly("Test_Link",
                "Test_Link");
        assertThat(xpath(refs, "//PARAMVALUE[@NAME='EndOfSequence']/VALUE")).isEqualTo("TRUE");
        String assocs = call("OpenAssociatorInstances", param("InstanceName", thingName("Test_Thing", "a"))
                + param("MaxObjectCount", value("10")));
        assertThat(xpathAll(assocs, "//VALUE.INSTANCEWITHPATH/INSTANCE/PROPERTY[@NAME='Name']/VALUE"))
                .containsExactlyInAnyOrder("b", "c");
    }
}
