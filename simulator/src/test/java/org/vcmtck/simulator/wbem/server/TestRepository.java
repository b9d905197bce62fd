package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.mof.MofCompiler;
import org.vcmtck.simulator.wbem.mof.MofResolver;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.CimSchemaLoader;
import org.vcmtck.simulator.wbem.repository.MethodProvider;

import java.util.List;
import java.util.Map;

/** A small repository for the server tests: a base class, a subclass, an association and a method. */
final class TestRepository {
    static final String NS = "root/test";

    static final String MOF = """
            #pragma include ("qualifiers.mof")
            [Abstract] class Test_Element { string Caption; };
            class Test_Thing : Test_Element {
                [Key] string Name;
                uint16 Size = 1;
                string Tags[];
                uint32 Ping([In] uint16 Value, [In, EmbeddedInstance("Test_Thing")] string Settings,
                            [In(false), Out] string Echo);
            };
            class Test_BigThing : Test_Thing { boolean Heavy; };
            [Association] class Test_Link {
                [Key] Test_Thing REF Owner;
                [Key] Test_Thing REF Part;
            };
            instance of Test_Thing { Name = "a"; Caption = "first"; Size = 3; Tags = {"x", "y"}; };
            instance of Test_BigThing { Name = "b"; Caption = "second"; Heavy = true; };
            instance of Test_Thing { Name = "c"; };
            """;

    private TestRepository() {
    }

    static CimRepository create() {
        CimRepository repo = new CimRepository(List.of(NS));
        MofResolver resolver = MofResolver.classpath(TestRepository.class.getClassLoader(),
                CimSchemaLoader.RESOURCE_FOLDER);
        CimSchemaLoader.apply(repo, new MofCompiler(resolver).compileText("test.mof", MOF), NS);
        repo.addStaticInstance(NS, link("a", "b"));
        repo.addStaticInstance(NS, link("a", "c"));
        repo.registerMethodProvider(NS, "Test_Thing", (ctx, target, method, in) -> {
            CimValue value = in.get("Value");
            CimValue settings = in.get("Settings");
            String echo = (value == null ? "null" : value.asString()) + "|" + target.key("Name").asString() + "|"
                    + (settings == null || settings.isNull() ? "" : settings.asString().contains("INSTANCE"));
            return new MethodProvider.MethodResult(CimValue.uint32(value == null ? 1 : 0),
                    Map.of("Echo", CimValue.of(echo)));
        });
        return repo;
    }

    private static org.vcmtck.simulator.wbem.cim.CimInstance link(String owner, String part) {
        return new org.vcmtck.simulator.wbem.cim.CimInstance("Test_Link", List.of(
                org.vcmtck.simulator.wbem.cim.CimProperty.reference("Owner", "Test_Thing", thing(owner)),
                org.vcmtck.simulator.wbem.cim.CimProperty.reference("Part", "Test_Thing", thing(part))));
    }

    static org.vcmtck.simulator.wbem.cim.CimObjectPath thing(String name) {
        String cls = name.equals("b") ? "Test_BigThing" : "Test_Thing";
        return org.vcmtck.simulator.wbem.cim.CimObjectPath.of(NS, cls, Map.of("Name", CimValue.of(name)));
    }
}
