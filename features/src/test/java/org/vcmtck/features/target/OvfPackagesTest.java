package org.vcmtck.features.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;
import org.vcmtck.profiles.target.Claims;
import org.vcmtck.profiles.target.Endpoints;
import org.vcmtck.profiles.target.Target;
import org.vcmtck.profiles.target.TlsOptions;

/** Resolution of the package locations a target names. */
public class OvfPackagesTest {

    @Test
    public void aFolderLocationListsEveryPackageInIt() throws Exception {
        Path folder = Files.createTempDirectory("ovf-locations");
        Files.writeString(folder.resolve("a.ova"), "x");
        Files.writeString(folder.resolve("b.ovf"), "x");
        Files.writeString(folder.resolve("readme.txt"), "not a package");
        Files.createDirectories(folder.resolve("c"));
        Files.writeString(folder.resolve("c/c.ovf"), "x");
        Files.writeString(folder.resolve("c/c-disk1.vmdk"), "x");

        OvfPackages.Resolution resolution = OvfPackages.resolve(List.of(folder + "/"));

        assertThat(resolution.packages()).containsExactly(folder.resolve("a.ova"), folder.resolve("b.ovf"),
                folder.resolve("c/c.ovf"));
        assertThat(resolution.notTestable()).isEmpty();
    }

    @Test
    public void filesAndFoldersWithoutTheMarkerAreTakenAsGiven() throws Exception {
        Path folder = Files.createTempDirectory("ovf-locations");
        Path ova = Files.writeString(folder.resolve("x.ova"), "x");
        Path pkg = Files.createDirectories(folder.resolve("pkg"));

        assertThat(OvfPackages.resolve(List.of(ova.toString(), pkg.toString())).packages()).containsExactly(ova, pkg);
    }

    @Test
    public void urlsAndMissingPathsAreReportedAsNotTestable() throws Exception {
        Path folder = Files.createTempDirectory("ovf-locations");
        OvfPackages.Resolution resolution = OvfPackages.resolve(List.of("https://example.com/a.ova",
                folder.resolve("missing.ova").toString(), folder.resolve("nothing") + "/",
                Files.createDirectories(folder.resolve("empty")) + "/"));

        assertThat(resolution.packages()).isEmpty();
        assertThat(resolution.notTestable()).singleElement().asString()
                .contains("https://example.com/a.ova").contains("not supported");
        assertThat(resolution.missing()).hasSize(3);
        assertThat(resolution.missing().get(0)).contains("missing.ova").contains("no such file");
        assertThat(resolution.missing().get(1)).contains("no such folder");
        assertThat(resolution.missing().get(2)).contains("holds no .ova");
    }

    @Test
    public void theSessionsOwnPackagesComeBeforeTheTargetsLocations() throws Exception {
        Path folder = Files.createTempDirectory("ovf-locations");
        Path named = Files.writeString(folder.resolve("named.ova"), "x");
        Path exported = Files.writeString(folder.resolve("exported.ova"), "x");
        Target target = new Target("t", null, null, java.util.Optional.empty(),
                new Endpoints(java.util.Optional.empty(), java.util.Optional.empty(), null, null,
                        List.of(named.toString())),
                Map.of(), TlsOptions.defaults(), new Claims(null, null, null), null);

        assertThat(OvfPackages.of(new TargetSession(target, Map.of(), folder))).containsExactly(named);
        assertThat(OvfPackages.of(new TargetSession(target, Map.of(), folder, List.of(exported))))
                .containsExactly(exported);
    }
}
