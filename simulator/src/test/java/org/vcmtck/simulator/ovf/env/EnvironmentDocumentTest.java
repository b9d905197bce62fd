package org.vcmtck.simulator.ovf.env;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.deploy.DeployRequest;
import org.vcmtck.simulator.ovf.deploy.DeployResult;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.vcmtck.simulator.ovf.env.EnvFixtures.OE;
import static org.vcmtck.simulator.ovf.env.EnvFixtures.children;
import static org.vcmtck.simulator.ovf.env.EnvFixtures.dom;
import static org.vcmtck.simulator.ovf.env.EnvFixtures.properties;

public class EnvironmentDocumentTest {
    private static final Platform PLATFORM = new Platform("Kind-X", "9.9", "Vendor-Y", "de_DE", 60);
    private Path dir;
    private OvfPackage app;

    @BeforeClass
    public void createPackage() throws Exception {
        dir = Files.createTempDirectory("env-doc-test");
        String web = EnvFixtures.system("web", "iso", EnvFixtures.product(
                " ovf:class=\"com.acme\" ovf:instance=\"1\"",
                "<Property ovf:key=\"ip\" ovf:type=\"string\" ovf:value=\"10.0.0.1\" ovf:userConfigurable=\"true\"/>",
                "<Property ovf:key=\"workers\" ovf:type=\"uint16\" ovf:value=\"1\">"
                        + "<Value ovf:value=\"4\" ovf:configuration=\"large\"/></Property>",
                "<Property ovf:key=\"fixed\" ovf:type=\"string\" ovf:value=\"locked\"/>",
                "<Property ovf:key=\"secret\" ovf:type=\"string\" ovf:value=\"s3cr&lt;t\" ovf:password=\"true\""
                        + " ovf:userConfigurable=\"true\"/>")
                + EnvFixtures.product("", "<Property ovf:key=\"motd\" ovf:type=\"string\""
                        + " ovf:value=\"a &amp; &quot;b&quot;\"/>"));
        String db = EnvFixtures.system("db", "com.vmware.guestInfo", EnvFixtures.product("",
                "<Property ovf:key=\"port\" ovf:type=\"uint16\" ovf:value=\"5432\"/>"));
        String collection = "<VirtualSystemCollection ovf:id=\"app\"><Info>c</Info>" + EnvFixtures.product("",
                "<Property ovf:key=\"tier\" ovf:type=\"string\" ovf:value=\"gold\"/>") + web + db
                + "</VirtualSystemCollection>";
        app = EnvFixtures.write(dir.resolve("app"), EnvFixtures.envelope("",
                EnvFixtures.configurations("small", "large"), collection), Map.of());
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Element root(String configuration, Map<String, String> user, String entity) throws Exception {
        String xml = new EnvironmentDocument(app.descriptor(), configuration, user, PLATFORM).xml(entity);
        return dom(xml).getDocumentElement();
    }

    @Test
    public void propertiesUseFullKeysAndDefaultThenConfigurationValueThenUserValue() throws Exception {
        Element env = root("large", Map.of("com.acme.ip.1", "10.9.9.9", "com.acme.fixed.1", "hacked"), "web");
        assertThat(properties(env)).containsExactly(
                entry("com.acme.ip.1", "10.9.9.9"),
                entry("com.acme.workers.1", "4"),
                entry("com.acme.fixed.1", "locked"),
                entry("com.acme.secret.1", "s3cr<t"),
                entry("motd", "a & \"b\""));
    }

    @Test
    public void anotherConfigurationKeepsTheDefault() throws Exception {
        assertThat(properties(root("small", Map.of(), "web"))).contains(entry("com.acme.workers.1", "1"),
                entry("com.acme.ip.1", "10.0.0.1"));
    }

    @Test
    public void rootNamesTheSystemAndThePlatform() throws Exception {
        Element env = root("small", Map.of(), "web");
        assertThat(env.getNamespaceURI()).isEqualTo(OE);
        assertThat(env.getLocalName()).isEqualTo("Environment");
        assertThat(env.getAttributeNS(OE, "id")).isEqualTo("web");
        Element platform = children(env, OE, "PlatformSection").get(0);
        assertThat(children(platform, OE, "Kind").get(0).getTextContent()).isEqualTo("Kind-X");
        assertThat(children(platform, OE, "Version").get(0).getTextContent()).isEqualTo("9.9");
        assertThat(children(platform, OE, "Vendor").get(0).getTextContent()).isEqualTo("Vendor-Y");
        assertThat(children(platform, OE, "Locale").get(0).getTextContent()).isEqualTo("de_DE");
        assertThat(children(platform, OE, "Timezone").get(0).getTextContent()).isEqualTo("60");
    }

    @Test
    public void siblingsOfTheCollectionAppearAsEntitiesWithTheirOwnProperties() throws Exception {
        Element web = root("small", Map.of(), "web");
        List<Element> entities = children(web, OE, "Entity");
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.getAttributeNS(OE, "id")).isEqualTo("db");
            assertThat(properties(e)).containsExactly(entry("port", "5432"));
        });
        assertThat(properties(web)).doesNotContainKey("tier").doesNotContainKey("port");
        Element db = root("small", Map.of(), "db");
        assertThat(children(db, OE, "Entity")).singleElement()
                .satisfies(e -> assertThat(properties(e)).containsKey("com.acme.ip.1"));
    }

    @Test
    public void theConfigurationInEffectIsVisibleToTheGuest() throws Exception {
        Element env = root("large", Map.of(), "web");
        List<Element> option = children(env, EnvironmentDocument.VENDOR_NAMESPACE, "DeploymentOption");
        assertThat(option).singleElement().satisfies(e -> assertThat(e.getAttribute("id")).isEqualTo("large"));
    }

    @Test
    public void aPackageWithoutDeploymentOptionsOrCollectionHasNeitherElement() throws Exception {
        OvfPackage plain = EnvFixtures.write(dir.resolve("plain"), EnvFixtures.envelope("", "",
                EnvFixtures.system("solo", "iso", "")), Map.of());
        String xml = new EnvironmentDocument(plain.descriptor(), null, Map.of(), PLATFORM)
                .xml("solo");
        Element env = dom(xml).getDocumentElement();
        assertThat(children(env, EnvironmentDocument.VENDOR_NAMESPACE, "DeploymentOption")).isEmpty();
        assertThat(children(env, OE, "Entity")).isEmpty();
        assertThat(properties(env)).isEmpty();
    }

    @Test
    public void aRealDeployFeedsTheDocumentAndTheOutputIsDeterministic() throws Exception {
        DeployResult result = EnvFixtures.deploy(app, DeployRequest.defaults().withDeploymentOption("large")
                .withProperty("com.acme.secret.1", "other"));
        assertThat(result.configuration()).isEqualTo("large");
        EnvironmentDocument doc = new EnvironmentDocument(app.descriptor(), result.configuration(),
                Map.of("com.acme.secret.1", "other"), Platform.reference());
        String first = doc.xml(result.systems().get(0).entityId());
        assertThat(doc.xml(result.systems().get(0).entityId())).isEqualTo(first);
        assertThat(properties(dom(first).getDocumentElement())).contains(entry("com.acme.secret.1", "other"),
                entry("com.acme.workers.1", "4"));
    }

    @Test
    public void anUnknownSystemIsRefusedNamingIt() {
        EnvironmentDocument doc = new EnvironmentDocument(app.descriptor(), null, Map.of(), PLATFORM);
        assertThatThrownBy(() -> doc.xml("nosuch")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nosuch").hasMessageContaining("web");
    }

    @Test
    public void aValueListingSeveralConfigurationsOverridesTheDefaultForEachOfThemOnly() throws Exception {
        // OVF-PROD-013: the Value applies to the configurations it lists, the default everywhere else
        OvfPackage sized = EnvFixtures.write(dir.resolve("sized"), EnvFixtures.envelope("",
                EnvFixtures.configurations("small", "medium", "large"), EnvFixtures.system("solo", "iso",
                        EnvFixtures.product("", "<Property ovf:key=\"cpus\" ovf:type=\"uint8\" ovf:value=\"1\">"
                                + "<Value ovf:value=\"2\" ovf:configuration=\"medium large\"/>"
                                + "<Value ovf:value=\"8\" ovf:configuration=\"large\"/></Property>"))), Map.of());
        Map<String, String> byConfiguration = new LinkedHashMap<>();
        for (String configuration : new String[] {"small", "medium", "large"}) {
            String xml = new EnvironmentDocument(sized.descriptor(), configuration, Map.of(), PLATFORM).xml("solo");
            byConfiguration.put(configuration, properties(dom(xml).getDocumentElement()).get("cpus"));
        }
        assertThat(byConfiguration).containsExactly(entry("small", "1"), entry("medium", "2"),
                entry("large", "8"));
        String none = new EnvironmentDocument(sized.descriptor(), null, Map.of(), PLATFORM).xml("solo");
        assertThat(properties(dom(none).getDocumentElement())).containsExactly(entry("cpus", "1"));
    }
}
