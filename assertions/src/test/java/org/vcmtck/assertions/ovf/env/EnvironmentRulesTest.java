package org.vcmtck.assertions.ovf.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.assertions.ovf.env.EnvironmentSamples.SEED;
import static org.vcmtck.assertions.ovf.env.EnvironmentSamples.utf8;
import static org.vcmtck.assertions.ovf.env.EnvironmentSamples.webEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.vcmtck.assertions.ovf.Violation;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;

/** Each environment rule passes on a conformant delivery and fails, naming its requirement, on a broken one. */
public class EnvironmentRulesTest {

    private Path folder;
    private RawOvfPackage pkg;
    private ExpectedEnvironment web;

    @BeforeMethod
    public void setUp() throws Exception {
        folder = Files.createTempDirectory("env-rules");
        pkg = EnvironmentSamples.pkg(folder);
        web = ExpectedEnvironment.of(pkg, "web", DeployChoices.accepting());
    }

    private DeliveredEnvironment onIso(ExpectedEnvironment expected, String environmentXml) throws Exception {
        return DeliveredEnvironment.fromIso(EnvironmentSamples.medium(folder, new TestIsoWriter()
                .file("ovf-env.xml", environmentXml).file("seed/seed.cfg", SEED)), expected);
    }

    private DeliveredEnvironment onIso(Map<String, String> replacements) throws Exception {
        return onIso(web, webEnvironment(replacements));
    }

    private static void fails(DeliveredEnvironment delivered, EnvironmentRule rule, String... details) {
        assertThat(rule.appliesTo(delivered)).as("%s applies", rule).isTrue();
        assertThatThrownBy(() -> OvfEnvironmentAssert.assertThat(delivered).follows(rule))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule.requirementId())
                .hasMessageContaining(delivered.displayName());
        List<Violation> violations = rule.check(delivered);
        for (String detail : details) {
            assertThat(violations).as("violations of %s", rule).anyMatch(v -> v.toString().contains(detail));
        }
    }

    @Test
    public void aConformantIsoDeliveryPassesEveryRule() throws Exception {
        DeliveredEnvironment delivered = onIso(Map.of());
        assertThat(delivered.environment()).isPresent();
        OvfEnvironmentAssert.assertThat(delivered).followsAllRules();
        assertThat(EnvironmentRule.all()).filteredOn(rule -> !rule.appliesTo(delivered))
                .containsExactly(EnvironmentRule.NO_OVERRIDE_OF_FIXED_PROPERTIES);
    }

    @Test
    public void rootAndIdMustNameTheEntity() throws Exception {
        fails(onIso(Map.of("oe:id=\"web\">", "oe:id=\"db\">")), EnvironmentRule.ROOT_AND_ID,
                "oe:id=\"db\"", "oe:id=\"web\"");
        fails(onIso(Map.of("oe:id=\"web\">", "id=\"web\">")), EnvironmentRule.ROOT_AND_ID, "unqualified id");
        fails(onIso(Map.of("<Environment xmlns=\"http://schemas.dmtf.org/ovf/environment/1\"",
                        "<Environment xmlns=\"urn:wrong\"")), EnvironmentRule.ROOT_AND_ID,
                "{urn:wrong}Environment");
    }

    @Test
    public void anUnreadableDocumentIsReportedUnderTheRootRule() throws Exception {
        DeliveredEnvironment delivered = onIso(web, "<Environment");
        fails(delivered, EnvironmentRule.ROOT_AND_ID, "no environment document", "not well-formed");
        assertThat(EnvironmentRule.PROPERTY_VALUES.appliesTo(delivered)).isFalse();
    }

    @Test
    public void platformSectionHasTheSchemaShape() throws Exception {
        fails(onIso(Map.of("<Timezone>60</Timezone>", "<Timezone>CET</Timezone>")),
                EnvironmentRule.PLATFORM_SECTION, "Timezone \"CET\"", "an integer");
        fails(onIso(Map.of("<Kind>TestHypervisor</Kind><Version>1.0</Version>",
                        "<Version>1.0</Version><Kind>TestHypervisor</Kind>")),
                EnvironmentRule.PLATFORM_SECTION, "Kind after Version");
        fails(onIso(Map.of("<Locale>en</Locale>", "<Locale>en</Locale><Region>EU</Region>")),
                EnvironmentRule.PLATFORM_SECTION, "element Region");
        DeliveredEnvironment without = onIso(Map.of("<PlatformSection>", "<!--", "</PlatformSection>", "-->"));
        assertThat(EnvironmentRule.PLATFORM_SECTION.appliesTo(without)).isFalse();
    }

    @Test
    public void propertiesCarryTheValuesInEffect() throws Exception {
        fails(onIso(Map.of("oe:value=\"2\"", "oe:value=\"1\"")), EnvironmentRule.PROPERTY_VALUES,
                "oe:value=\"1\" for \"org.example.workers.1\"", "OVF-PROD-013", "configuration in effect \"medium\"");
        fails(onIso(Map.of("<Property oe:key=\"hostname\" oe:value=\"web01\"/>", "")),
                EnvironmentRule.PROPERTY_VALUES, "no Property with oe:key=\"hostname\"");
        fails(onIso(Map.of("<Property oe:key=\"hostname\" oe:value=\"web01\"/>",
                        "<Property oe:key=\"hostname\" oe:value=\"web01\"/><Property oe:key=\"extra\" oe:value=\"1\"/>")),
                EnvironmentRule.PROPERTY_VALUES, "oe:key=\"extra\", which no ProductSection");
        fails(onIso(Map.of("<Property oe:key=\"hostname\" oe:value=\"web01\"/>",
                        "<Property oe:key=\"hostname\" oe:value=\"web01\"/><Property oe:key=\"hostname\" oe:value=\"x\"/>")),
                EnvironmentRule.PROPERTY_VALUES, "key \"hostname\" 2 times");
    }

    @Test
    public void userValuesAndToleratedKeysAreHonoured() throws Exception {
        ExpectedEnvironment chosen = ExpectedEnvironment.of(pkg, "web",
                DeployChoices.accepting().withProperty("hostname", "shop"));
        String withUserValue = webEnvironment(Map.of("oe:value=\"web01\"", "oe:value=\"shop\"",
                "<Entity oe:id=\"db\"/>", "<PropertySection><Property oe:key=\"org.example.app.tier\""
                        + " oe:value=\"prod\"/></PropertySection>"));
        OvfEnvironmentAssert.assertThat(onIso(chosen, withUserValue)).meets("OVF-OENV-003");
        fails(onIso(chosen, webEnvironment()), EnvironmentRule.PROPERTY_VALUES, "user value");
    }

    @Test
    public void keysUseTheFullIdentifier() throws Exception {
        DeliveredEnvironment bare = onIso(Map.of("oe:key=\"org.example.ip.1\"", "oe:key=\"ip\""));
        fails(bare, EnvironmentRule.FULL_PROPERTY_KEYS, "oe:key=\"ip\", a partial identifier",
                "\"org.example.ip.1\"");
        fails(onIso(Map.of("oe:key=\"org.example.ip.1\"", "oe:key=\"org.example.ip\"")),
                EnvironmentRule.FULL_PROPERTY_KEYS, "oe:key=\"org.example.ip\"");
    }

    @Test
    public void aFixedPropertyKeepsItsDescriptorValue() throws Exception {
        ExpectedEnvironment refused = ExpectedEnvironment.of(pkg, "web",
                DeployChoices.accepting().withProperty("org.example.secret.1", "hacked"));
        OvfEnvironmentAssert.assertThat(onIso(refused, webEnvironment())).followsAllRules();
        DeliveredEnvironment applied = onIso(refused, webEnvironment(Map.of("oe:value=\"s3cret\"",
                "oe:value=\"hacked\"")));
        fails(applied, EnvironmentRule.NO_OVERRIDE_OF_FIXED_PROPERTIES, "the user's value \"hacked\"",
                "the descriptor's value \"s3cret\"");
        assertThat(EnvironmentRule.PROPERTY_VALUES.check(applied)).isEmpty();
    }

    @Test
    public void theConfigurationInEffectAppearsSomewhere() throws Exception {
        fails(onIso(Map.of("<ex:DeploymentOption>medium</ex:DeploymentOption>", "")),
                EnvironmentRule.CONFIGURATION_REPORTED, "\"medium\" nowhere in the document", "mechanism");
        ExpectedEnvironment large = ExpectedEnvironment.of(pkg, "web",
                DeployChoices.accepting().withDeploymentOption("large"));
        fails(onIso(large, webEnvironment()), EnvironmentRule.CONFIGURATION_REPORTED, "\"large\" nowhere");
    }

    @Test
    public void theIsoRootMustHoldTheEnvironment() throws Exception {
        DeliveredEnvironment misplaced = DeliveredEnvironment.fromIso(EnvironmentSamples.medium(folder,
                new TestIsoWriter().file("ovf/ovf-env.xml", webEnvironment()).file("readme.txt", "x")), web);
        fails(misplaced, EnvironmentRule.ISO_ROOT_HOLDS_ENVIRONMENT, "root files [readme.txt]", "ovf-env.xml");
        Path garbage = Files.write(folder.resolve("garbage.iso"), new byte[40_000]);
        DeliveredEnvironment unreadable = DeliveredEnvironment.fromIso(garbage, web);
        fails(unreadable, EnvironmentRule.ISO_ROOT_HOLDS_ENVIRONMENT, "not a readable ISO 9660 image", "CD001");
        DeliveredEnvironment primaryOnly = DeliveredEnvironment.fromIso(EnvironmentSamples.medium(folder,
                new TestIsoWriter().withoutJoliet().file("ovf-env.xml", webEnvironment())
                        .file("seed/seed.cfg", SEED)), web);
        OvfEnvironmentAssert.assertThat(primaryOnly).followsAllRules();
    }

    @Test
    public void mediumRulesDoNotApplyWithoutAMedium() {
        DeliveredEnvironment guestInfo = DeliveredEnvironment.fromDocument(utf8(webEnvironment()),
                "com.vmware.guestInfo", "guestinfo.ovfEnv", web);
        assertThat(EnvironmentRule.ISO_ROOT_HOLDS_ENVIRONMENT.appliesTo(guestInfo)).isFalse();
        assertThat(EnvironmentRule.ENVIRONMENT_FILES.appliesTo(guestInfo)).isFalse();
        OvfEnvironmentAssert.assertThat(guestInfo).followsAllRules();
    }

    @Test
    public void entityElementsAreOptionalButMustNameRelatedEntities() throws Exception {
        DeliveredEnvironment without = onIso(Map.of("<Entity oe:id=\"db\"/>", ""));
        assertThat(EnvironmentRule.ENTITY_REFERENCES.appliesTo(without)).isFalse();
        OvfEnvironmentAssert.assertThat(without).follows(EnvironmentRule.ENTITY_REFERENCES);
        fails(onIso(Map.of("<Entity oe:id=\"db\"/>", "<Entity oe:id=\"cache\"/>")),
                EnvironmentRule.ENTITY_REFERENCES, "oe:id=\"cache\"", "[db, app]");
        fails(onIso(Map.of("<Entity oe:id=\"db\"/>", "<Entity/>")), EnvironmentRule.ENTITY_REFERENCES,
                "Entity without oe:id");
    }

    @Test
    public void environmentFilesAreOnTheMediumWithThePackageBytes() throws Exception {
        DeliveredEnvironment missing = DeliveredEnvironment.fromIso(EnvironmentSamples.medium(folder,
                new TestIsoWriter().file("ovf-env.xml", webEnvironment())), web);
        fails(missing, EnvironmentRule.ENVIRONMENT_FILES, "no file at \"seed/seed.cfg\"", "\"seed.cfg\"");
        DeliveredEnvironment altered = DeliveredEnvironment.fromIso(EnvironmentSamples.medium(folder,
                new TestIsoWriter().file("ovf-env.xml", webEnvironment()).file("seed/seed.cfg", "tampered")), web);
        fails(altered, EnvironmentRule.ENVIRONMENT_FILES, "content with SHA-256");
        ExpectedEnvironment db = ExpectedEnvironment.of(pkg, "db", DeployChoices.accepting());
        assertThat(EnvironmentRule.ENVIRONMENT_FILES.appliesTo(onIso(db, webEnvironment()))).isFalse();
    }

    @Test
    public void oneFailureListsEveryViolatedRequirement() throws Exception {
        DeliveredEnvironment broken = onIso(Map.of("oe:id=\"web\">", "oe:id=\"db\">",
                "<Timezone>60</Timezone>", "<Timezone>x</Timezone>"));
        assertThatThrownBy(() -> OvfEnvironmentAssert.assertThat(broken).followsAllRules())
                .hasMessageContaining("OVF-OENV-001, OVF-OENV-002 violated by environment of \"web\"")
                .hasMessageContaining("(2 violations)");
        assertThatThrownBy(() -> OvfEnvironmentAssert.assertThat(broken).meets("OVF-NOPE-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OVF-OENV-001");
    }
}
