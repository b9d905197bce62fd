package org.vcmtck.simulator.ovf.deploy;

import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.inventory.StateFile;
import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.descriptor.ContentEntity;
import org.vcmtck.simulator.ovf.descriptor.DeploymentConfiguration;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.ProductProperty;
import org.vcmtck.simulator.ovf.descriptor.ProductSection;
import org.vcmtck.simulator.ovf.descriptor.StartupEntry;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemEntity;
import org.vcmtck.simulator.ovf.export.ExportRequest;
import org.vcmtck.simulator.ovf.export.OvfExporter;
import org.vcmtck.simulator.ovf.export.PackageFormat;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.ovf.deploy.AppliancePackages.NS2;

/** A package deployed into the reference and exported again says what it said (OVF-EXT-005 and friends). */
public class ApplianceRoundTripTest {
    private Path dir;
    private int folders;

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("ovf-appliance");
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Path folder() {
        return dir.resolve("p" + folders++);
    }

    private DeployResult deployShop(Datacenter dc, DeployRequest request) throws OvfDeployException {
        return new OvfDeployer(dc).deploy(DeployFixtures.read(folder(), AppliancePackages.shop()), request);
    }

    private OvfDescriptor exportAll(Datacenter dc, OvfVersion version) throws Exception {
        Path out = new OvfExporter(dc).export(ExportRequest.all(version, PackageFormat.DIRECTORY, folder()));
        OvfPackage pkg = new OvfPackageReader().readDirectory(out);
        assertThat(pkg.errors()).isEmpty();
        return pkg.descriptor();
    }

    private static ProductSection product(ContentEntity e, String className) {
        return e.productSections().stream().filter(p -> p.className().equals(className)).findFirst().orElseThrow();
    }

    private static ProductProperty property(ProductSection p, String key) {
        return p.properties().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    public void aDeployedCollectionIsExportedAsTheSameCollectionWithItsMetadata() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult result = deployShop(dc, DeployRequest.defaults().acceptingEulas().withProperty("com.acme.ip",
                "192.168.1.5"));
        assertThat(result.applianceId()).isNotNull();

        OvfDescriptor back = exportAll(dc, OvfVersion.V2_0);
        assertThat(back.content()).isInstanceOf(VirtualSystemCollectionEntity.class);
        VirtualSystemCollectionEntity shop = (VirtualSystemCollectionEntity) back.content();
        assertThat(shop.id()).isEqualTo("shop");
        // the two web copies are the ScaleOut prototype again, once
        assertThat(shop.children()).extracting(ContentEntity::id).containsExactly("db", "web");
        assertThat(shop.sections("ScaleOutSection")).hasSize(1);
        assertThat(shop.startup()).extracting(StartupEntry::id, StartupEntry::order, StartupEntry::startDelay,
                StartupEntry::waitingForGuest).containsExactly(
                org.assertj.core.groups.Tuple.tuple("db", 1, 30, true),
                org.assertj.core.groups.Tuple.tuple("web", 2, 0, false));
        assertThat(shop.startup().get(1).stopAction()).isEqualTo("guestShutdown");
        assertThat(shop.eulas()).containsExactly("Use it kindly.");

        ProductSection acme = product(shop, "com.acme");
        assertThat(acme.product()).isEqualTo("Acme Shop");
        assertThat(acme.version()).isEqualTo("2.1");
        assertThat(property(acme, "ip").value()).isEqualTo("192.168.1.5");
        assertThat(property(acme, "ip").qualifiers()).isEqualTo("MinLen(7)");
        assertThat(property(acme, "admin").password()).isTrue();
        assertThat(property(acme, "workers").values()).extracting(v -> v.value() + "@" + v.configuration())
                .containsExactly("8@large");
        assertThat(shop.sections("ProductSection").get(0).children(NS2, "Category")).extracting(c -> c.text())
                .containsExactly("Network", "Security");

        assertThat(back.configurations()).extracting(DeploymentConfiguration::id, DeploymentConfiguration::isDefault)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("small", true),
                        org.assertj.core.groups.Tuple.tuple("large", false));
        assertThat(back.strings()).hasSize(1);
        assertThat(back.strings().get(0).children(NS2, "Msg")).extracting(m -> m.attribute(NS2, "msgid"))
                .containsExactly("eula.text");

        VirtualSystemEntity db = (VirtualSystemEntity) shop.children().get(0);
        assertThat(db.annotation()).isEqualTo("keeps the orders");
        assertThat(db.operatingSystem().id()).isEqualTo(94);
        assertThat(db.operatingSystem().version()).isEqualTo("22.04");
        assertThat(db.sections("InstallSection")).hasSize(1);
        assertThat(db.sections("BootDeviceSection")).hasSize(1);
        // the package names no File 'seed' (and no files are kept here): an export cannot carry a dangling fileRef
        assertThat(db.sections("EnvironmentFilesSection")).hasSize(1);
        assertThat(db.environmentFiles()).isEmpty();
        assertThat(db.hardwareSections().get(0).transports()).containsExactly("iso");
        assertThat(product(db, "").product()).isEqualTo("AcmeDB");
    }

    @Test
    public void aPasswordTypedInAtDeployIsNotWrittenIntoTheExport() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        deployShop(dc, DeployRequest.defaults().acceptingEulas().withProperty("com.acme.admin", "s3cret!"));
        OvfDescriptor back = exportAll(dc, OvfVersion.V2_0);
        assertThat(property(product(back.content(), "com.acme"), "admin").value()).isEqualTo("changeme");
        assertThat(dc.appliances().get(0).properties()).containsEntry("com.acme.admin", "s3cret!");
    }

    @Test
    public void theExportedConfigurationIsTheDeployedOneAndRedeploysTheSame() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult result = deployShop(dc, DeployRequest.defaults().acceptingEulas().withDeploymentOption("large"));
        assertThat(result.configuration()).isEqualTo("large");
        VirtualSystem db = dc.system(result.systems().get(0).systemId());
        assertThat(db.total(DeviceKind.MEMORY)).isEqualTo(2048L << 20);
        assertThat(dc.appliances().get(0).properties()).containsEntry("com.acme.workers", "8")
                .containsEntry("com.acme.ip", "10.0.0.9");

        Path out = new OvfExporter(dc).export(ExportRequest.all(OvfVersion.V2_0, PackageFormat.DIRECTORY, folder()));
        OvfPackage again = new OvfPackageReader().readDirectory(out);
        assertThat(again.descriptor().configurations()).filteredOn(DeploymentConfiguration::isDefault)
                .extracting(DeploymentConfiguration::id).containsExactly("large");
        Datacenter second = DeployFixtures.datacenter();
        DeployResult redeployed = new OvfDeployer(second).deploy(again, DeployRequest.defaults().acceptingEulas());
        assertThat(redeployed.configuration()).isEqualTo("large");
        assertThat(second.system(redeployed.systems().get(0).systemId()).total(DeviceKind.MEMORY))
                .isEqualTo(2048L << 20);
        assertThat(second.appliances().get(0).properties()).isEqualTo(dc.appliances().get(0).properties());
    }

    @Test
    public void anOvf11ExportKeepsTheMetadataA11EnvelopeCanCarry() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        deployShop(dc, DeployRequest.defaults().acceptingEulas());
        OvfDescriptor back = exportAll(dc, OvfVersion.V1_1);
        assertThat(back.version()).isEqualTo(OvfVersion.V1_1);
        VirtualSystemCollectionEntity shop = (VirtualSystemCollectionEntity) back.content();
        assertThat(shop.startup()).hasSize(2);
        assertThat(product(shop, "com.acme").properties()).hasSize(3);
        assertThat(shop.sections("ScaleOutSection")).isEmpty();
        VirtualSystemEntity db = (VirtualSystemEntity) shop.children().get(0);
        assertThat(db.sections("BootDeviceSection")).isEmpty();
        assertThat(db.sections("EnvironmentFilesSection")).isEmpty();
        assertThat(db.sections("InstallSection")).hasSize(1);
        assertThat(back.strings()).hasSize(1);
    }

    @Test
    public void exportingOneSystemOfAPackageKeepsItsOwnSectionsAndThePackageOptions() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult result = deployShop(dc, DeployRequest.defaults().acceptingEulas());
        Path out = new OvfExporter(dc).export(ExportRequest.one(result.systems().get(0).systemId(), OvfVersion.V2_0,
                PackageFormat.DIRECTORY, folder()));
        OvfDescriptor back = new OvfPackageReader().readDirectory(out).descriptor();
        assertThat(back.content()).isInstanceOf(VirtualSystemEntity.class);
        assertThat(back.content().id()).isEqualTo("db");
        assertThat(back.content().productSections()).extracting(ProductSection::product).containsExactly("AcmeDB");
        assertThat(back.configurations()).hasSize(2);
    }

    @Test
    public void optionalUnknownSectionsSurviveTheRoundTrip() throws Exception {
        String vendorEnvelope = "<x:Tuning ovf:required=\"false\"><Info>vendor tuning</Info><x:Knob x:level=\"3\">"
                + "fast</x:Knob></x:Tuning>";
        String vendorSystem = "<x:Affinity ovf:required=\"false\"><Info>vendor placement</Info>"
                + "<x:Rack>r7</x:Rack></x:Affinity>";
        String descriptor = AppliancePackages.envelope2(vendorEnvelope, AppliancePackages.vs("solo", "Solo",
                vendorSystem, "", "", DeployFixtures.cpu(1, 1), DeployFixtures.memoryMb("", 2, 256)), "");
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult result = new OvfDeployer(dc).deploy(DeployFixtures.read(folder(), descriptor),
                DeployRequest.defaults());
        assertThat(result.warnings()).anyMatch(w -> w.requirementId().equals("OVF-EXT-004"));

        OvfDescriptor back = exportAll(dc, OvfVersion.V2_0);
        assertThat(back.unknownSections()).extracting(u -> u.localName() + "/" + u.required() + "/" + u.info())
                .containsExactly("Tuning/false/vendor tuning");
        assertThat(back.content().id()).isEqualTo("solo");
        assertThat(back.content().unknownSections()).extracting(u -> u.localName()).containsExactly("Affinity");
        var knob = back.sectionElements().stream().filter(e -> e.localName().equals("Tuning")).findFirst()
                .orElseThrow().child("urn:example:vendor", "Knob");
        assertThat(knob.text()).isEqualTo("fast");
        assertThat(knob.attribute("urn:example:vendor", "level")).isEqualTo("3");
    }

    @Test
    public void aPlainSystemBesideAPackageIsExportedBesideThePackageCollection() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        deployShop(dc, DeployRequest.defaults().acceptingEulas());
        String plain = DeployFixtures.envelope("", DeployFixtures.minimalSystem("db"));
        new OvfDeployer(dc).deploy(DeployFixtures.read(folder(), plain), DeployRequest.defaults());
        OvfDescriptor back = exportAll(dc, OvfVersion.V2_0);
        VirtualSystemCollectionEntity top = (VirtualSystemCollectionEntity) back.content();
        assertThat(top.id()).isEqualTo(OvfExporter.ALL_SYSTEMS_NAME);
        assertThat(top.children()).extracting(ContentEntity::id).containsExactly("shop", "db-2");
        assertThat(((VirtualSystemCollectionEntity) top.children().get(0)).children()).extracting(ContentEntity::id)
                .containsExactly("db", "web");
    }

    @Test
    public void theApplianceSurvivesTheStateFileAndExportsTheSameBytes() throws Exception {
        Path state = dir.resolve("state-" + folders++ + ".json");
        Datacenter dc = DeployFixtures.datacenter();
        StateFile file = new StateFile(state, warning -> {
            throw new AssertionError(warning);
        });
        file.attach(dc);
        deployShop(dc, DeployRequest.defaults().acceptingEulas().withProperty("com.acme.ip", "172.16.0.1"));
        file.detach();

        // another process: only the state file is shared
        Datacenter restored = new StateFile(state, warning -> { }).load();
        assertThat(restored.appliances()).isEqualTo(dc.appliances());
        String before = new String(new OvfExporter(dc).members(dc.systems(), OvfExporter.ALL_SYSTEMS_NAME,
                OvfVersion.V2_0, "p").get("p.ovf"), StandardCharsets.UTF_8);
        String after = new String(new OvfExporter(restored).members(restored.systems(), OvfExporter.ALL_SYSTEMS_NAME,
                OvfVersion.V2_0, "p").get("p.ovf"), StandardCharsets.UTF_8);
        assertThat(after).isEqualTo(before).contains("172.16.0.1").contains("<ovf:StartupSection>");
    }

    @Test
    public void aPackageDeployedFromOvf11IsExportedAsAValidOvf20Package() throws Exception {
        String options = "<DeploymentOptionSection><Info>sizes</Info><Configuration ovf:id=\"one\""
                + " ovf:default=\"true\"/></DeploymentOptionSection>";
        String system = DeployFixtures.system("old", "Old", "<InstallSection><Info>install</Info></InstallSection>",
                DeployFixtures.cpu(1, 1), DeployFixtures.memoryMb("", 2, 256));
        Datacenter dc = DeployFixtures.datacenter();
        new OvfDeployer(dc).deploy(DeployFixtures.read(folder(), DeployFixtures.envelope(options, system)),
                DeployRequest.defaults());
        OvfDescriptor back = exportAll(dc, OvfVersion.V2_0);
        assertThat(back.configurations()).extracting(DeploymentConfiguration::label,
                DeploymentConfiguration::isDefault).containsExactly(org.assertj.core.groups.Tuple.tuple("one", true));
        assertThat(back.content().sections("InstallSection").get(0).attribute(NS2, "initialBootStopDelay"))
                .isEqualTo("0");
    }

    @Test
    public void theApplianceGoesWithItsLastSystem() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult result = deployShop(dc, DeployRequest.defaults().acceptingEulas());
        List<DeployedSystem> systems = result.systems();
        assertThat(systems).hasSize(3);
        dc.destroySystem(systems.get(0).systemId());
        assertThat(dc.appliances()).hasSize(1);
        assertThat(dc.applianceOf(systems.get(1).systemId()).id()).isEqualTo(result.applianceId());
        dc.destroySystem(systems.get(1).systemId());
        dc.destroySystem(systems.get(2).systemId());
        assertThat(dc.appliances()).isEmpty();
    }

    @Test
    public void aDeployedThenExportedRichPackageValidatesAgainstTheOvf2Schema() throws Exception {
        Path shared = Paths.get(System.getProperty("vcmtck.shared.dir", "../shared"));
        Path xsd = shared.resolve("data/xsd/dsp8023_2.0.1.xsd");
        if (!Files.isRegularFile(xsd) || !onPath("xmllint")) {
            throw new SkipException("needs ../shared/data/xsd and xmllint");
        }
        Datacenter dc = DeployFixtures.datacenter();
        deployShop(dc, DeployRequest.defaults().acceptingEulas());
        Path out = new OvfExporter(dc).export(ExportRequest.all(OvfVersion.V2_0, PackageFormat.DIRECTORY, folder()));
        ProcessBuilder pb = new ProcessBuilder("xmllint", "--noout", "--nonet", "--schema", xsd.toString(),
                out.toString()).redirectErrorStream(true);
        pb.environment().put("XML_CATALOG_FILES", shared.resolve("data/xsd/catalog.xml").toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Paths.get(d, tool)));
    }

    @Test
    public void systemsNotFromAPackageHaveNoAppliance() {
        Datacenter dc = DeployFixtures.datacenter();
        assertThat(dc.appliances()).isEmpty();
        Appliance none = dc.applianceOf("sys-1");
        assertThat(none).isNull();
    }
}
