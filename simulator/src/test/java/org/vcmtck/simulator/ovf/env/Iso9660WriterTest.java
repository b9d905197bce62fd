package org.vcmtck.simulator.ovf.env;

import org.testng.SkipException;
import org.testng.annotations.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class Iso9660WriterTest {
    private static final Instant WHEN = Instant.parse("2021-06-15T12:34:56Z");
    private static final byte[] ENV = "<Environment/>\n".getBytes(StandardCharsets.UTF_8);

    private static byte[] image(Map<String, byte[]> files) {
        return new Iso9660Writer("OVF ENV", WHEN).write(files);
    }

    @Test
    public void theEnvironmentFileIsAtTheRootUnderBothItsJolietAndItsPrimaryName() {
        IsoImageReader iso = new IsoImageReader(image(Map.of("ovf-env.xml", ENV)));
        int primary = iso.descriptorSector(1);
        int joliet = iso.descriptorSector(2);
        assertThat(primary).isEqualTo(16);
        assertThat(joliet).isGreaterThan(primary);
        assertThat(iso.jolietEscape(joliet)).isTrue();
        assertThat(iso.files(joliet, true)).containsOnlyKeys("ovf-env.xml");
        assertThat(iso.files(joliet, true).get("ovf-env.xml")).isEqualTo(ENV);
        assertThat(iso.files(primary, false)).containsOnlyKeys("OVF_ENV.XML;1");
        assertThat(iso.files(primary, false).get("OVF_ENV.XML;1")).isEqualTo(ENV);
    }

    @Test
    public void volumeDescriptorsCarryTheVolumeIdSizesAndDate() {
        byte[] bytes = image(Map.of("ovf-env.xml", ENV));
        IsoImageReader iso = new IsoImageReader(bytes);
        int primary = iso.descriptorSector(1);
        int joliet = iso.descriptorSector(2);
        assertThat(bytes.length % 2048).isZero();
        assertThat(iso.volumeId(primary, false)).isEqualTo("OVF ENV");
        assertThat(iso.volumeId(joliet, true)).isEqualTo("OVF ENV");
        assertThat(iso.volumeSpaceSize(primary)).isEqualTo(bytes.length / 2048);
        assertThat(iso.volumeSpaceSize(joliet)).isEqualTo(bytes.length / 2048);
        assertThat(iso.blockSize(primary)).isEqualTo(2048);
        assertThat(iso.creationDate(primary)).isEqualTo("2021061512345600");
        assertThat(iso.descriptorSector(3)).as("the set ends with a terminator, no other descriptor").isEqualTo(-1);
    }

    @Test
    public void nestedDirectoriesAndFullDirectorySectorsReadBack() {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("ovf-env.xml", ENV);
        files.put("config/app/settings.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        files.put("config/readme", new byte[0]);
        // enough long names that the root directory spans several sectors
        for (int i = 0; i < 60; i++) {
            files.put(String.format("a-rather-long-file-name-number-%03d.txt", i), new byte[3000 + i]);
        }
        IsoImageReader iso = new IsoImageReader(image(files));
        Map<String, byte[]> joliet = iso.files(iso.descriptorSector(2), true);
        assertThat(joliet.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        files.forEach((path, data) -> assertThat(joliet.get(path)).as(path).isEqualTo(data));
        Map<String, byte[]> primary = iso.files(iso.descriptorSector(1), false);
        assertThat(primary).containsKeys("CONFIG/APP/SETTINGS.JSON;1", "CONFIG/README.;1", "OVF_ENV.XML;1");
        assertThat(primary).hasSameSizeAs(files);
    }

    @Test
    public void pathTablesListEveryDirectoryWithItsExtentInBothByteOrders() {
        Map<String, byte[]> files = Map.of("ovf-env.xml", ENV, "b/x.txt", ENV, "a/c/y.txt", ENV, "a/z.txt", ENV);
        IsoImageReader iso = new IsoImageReader(image(files));
        for (int type : new int[] {1, 2}) {
            int sector = iso.descriptorSector(type);
            boolean joliet = type == 2;
            Map<String, Integer> dirs = iso.directories(sector, joliet);
            List<IsoImageReader.PathTableEntry> little = iso.pathTable(sector, joliet, true);
            assertThat(iso.pathTable(sector, joliet, false)).isEqualTo(little);
            assertThat(little).hasSize(dirs.size());
            assertThat(little.get(0)).isEqualTo(new IsoImageReader.PathTableEntry("", dirs.get(""), 1));
            for (IsoImageReader.PathTableEntry e : little.subList(1, little.size())) {
                String parent = little.get(e.parent() - 1).name();
                String path = parent.isEmpty() || e.parent() == 1 ? e.name() : parent + "/" + e.name();
                assertThat(dirs.get(path)).as(path).isEqualTo(e.extent());
            }
            assertThat(little).extracting(IsoImageReader.PathTableEntry::name)
                    .containsExactly("", joliet ? "a" : "A", joliet ? "b" : "B", joliet ? "c" : "C");
        }
    }

    @Test
    public void theSameInputGivesTheSameBytesAndTheDateIsTheParameter() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("z.txt", ENV);
        files.put("ovf-env.xml", ENV);
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        reordered.put("ovf-env.xml", ENV);
        reordered.put("z.txt", ENV);
        assertThat(image(files)).isEqualTo(image(reordered));
        assertThat(new Iso9660Writer("OVF ENV", WHEN.plusSeconds(1)).write(files)).isNotEqualTo(image(files));
    }

    @Test
    public void badPathsAreRefusedNamingThePath() {
        for (String bad : List.of("../x", "/abs", "a//b", "a/./b", "", "a:b", "1/2/3/4/5/6/7/8/9")) {
            assertThatThrownBy(() -> image(Map.of(bad, ENV))).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad.isEmpty() ? "''" : bad);
        }
        assertThatThrownBy(() -> image(Map.of("dir", ENV, "dir/x", ENV)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clashes");
    }

    @Test
    public void namesThatMapToTheSamePrimaryNameStayDistinct() {
        byte[] other = "other".getBytes(StandardCharsets.UTF_8);
        IsoImageReader iso = new IsoImageReader(image(Map.of("a-b.txt", ENV, "a_b.txt", other, "A-B.TXT", ENV)));
        Map<String, byte[]> primary = iso.files(iso.descriptorSector(1), false);
        assertThat(primary).hasSize(3).containsKey("A_B.TXT;1");
        assertThat(primary.keySet()).allMatch(k -> k.matches("[A-Z0-9_]+\\.[A-Z0-9_]*;1"));
        assertThat(iso.files(iso.descriptorSector(2), true).get("a_b.txt")).isEqualTo(other);
    }

    /** An independent implementation as oracle: xorriso extracts the file by its Joliet name. */
    @Test
    public void xorrisoReadsTheImage() throws Exception {
        if (!onPath("xorriso")) {
            throw new SkipException("xorriso is not on PATH");
        }
        Path dir = Files.createTempDirectory("iso-oracle");
        try {
            Path img = dir.resolve("env.iso");
            Files.write(img, image(Map.of("ovf-env.xml", ENV, "conf/seed.txt",
                    "seed".getBytes(StandardCharsets.UTF_8))));
            Path env = dir.resolve("env.xml");
            Path seed = dir.resolve("seed.txt");
            Process p = new ProcessBuilder("xorriso", "-osirrox", "on", "-indev", img.toString(),
                    "-extract", "/ovf-env.xml", env.toString(), "-extract", "/conf/seed.txt", seed.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("xorriso finished").isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
            assertThat(Files.readAllBytes(env)).isEqualTo(ENV);
            assertThat(Files.readString(seed)).isEqualTo("seed");
            // the primary tree calls it OVF_ENV.XML, so finding the lower-case name means the Joliet tree was read
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static boolean onPath(String tool) throws IOException {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
