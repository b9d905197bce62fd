package org.vcmtck.simulator.wbem.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.wbem.server.CimXml.param;
import static org.vcmtck.simulator.wbem.server.CimXml.value;
import static org.vcmtck.simulator.wbem.server.CimXml.xpath;
import static org.vcmtck.simulator.wbem.server.CimXml.xpathAll;

import java.net.http.HttpResponse;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

public class ExecQueryTest {
    private WbemTestServer server;

    @BeforeClass
    public void start() throws Exception {
        server = new WbemTestServer();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        server.close();
    }

    private String query(String language, String wql) throws Exception {
        HttpResponse<String> r = server.intrinsic("ExecQuery", param("QueryLanguage", value(language))
                + param("Query", value(wql.replace("<", "&lt;").replace(">", "&gt;"))));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    public void selectsMatchingInstancesOfTheClassAndSubclassesWithPaths() throws Exception {
        String body = query("WQL", "SELECT * FROM Test_Thing WHERE Caption IS NOT NULL");
        assertThat(xpathAll(body, "//VALUE.OBJECTWITHPATH/INSTANCEPATH//KEYBINDING[@NAME='Name']/KEYVALUE"))
                .containsExactlyInAnyOrder("a", "b");
        String isa = query("wql", "SELECT Name FROM Test_Thing WHERE __Class ISA Test_BigThing OR Size > 2");
        assertThat(xpathAll(isa, "//VALUE.OBJECTWITHPATH/INSTANCE/PROPERTY[@NAME='Name']/VALUE"))
                .containsExactlyInAnyOrder("a", "b");
        assertThat(xpathAll(isa, "//VALUE.OBJECTWITHPATH/INSTANCE/PROPERTY/@NAME")).containsOnly("Name");
        String none = query("WQL", "SELECT * FROM Test_Thing WHERE NOT (Name <> 'c') AND Size = 3");
        assertThat(xpathAll(none, "//VALUE.OBJECTWITHPATH")).isEmpty();
        assertThat(xpath(none, "//ERROR/@CODE")).isEmpty();
    }

    @Test
    public void refusesOtherLanguagesAndBadQueries() throws Exception {
        assertThat(xpath(query("DMTF:CQL", "SELECT * FROM Test_Thing"), "//ERROR/@CODE")).isEqualTo("14");
        assertThat(xpath(query("WQL", "SELECT * FORM Test_Thing"), "//ERROR/@CODE")).isEqualTo("15");
        assertThat(xpath(query("WQL", "SELECT * FROM Nope"), "//ERROR/@CODE")).isEqualTo("15");
        assertThat(xpath(query("WQL", "SELECT Bogus FROM Test_Thing"), "//ERROR/@DESCRIPTION"))
                .contains("no property Bogus");
        assertThat(xpath(query("WQL", "SELECT * FROM Test_Thing WHERE Size = 'x'"), "//ERROR/@CODE"))
                .isEqualTo("15");
    }
}
