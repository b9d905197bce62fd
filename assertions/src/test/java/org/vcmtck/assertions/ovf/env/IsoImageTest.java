package org.vcmtck.assertions.ovf.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testng.SkipException;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** The ISO 9660 reader on images written by the test writer (and by a system tool when one is installed). */
public class IsoImageTest {

    private Path folder;

    @BeforeMethod
    public void freshFolder() throws IOException {
        folder = Files.createTempDirectory("iso-image");
    }

    private Path image(TestIsoWriter.Layout layout) throws IOException {
        return layout.write(Files.createTempFile(folder, "medium", ".iso"));
    }

    private static TestIsoWriter sample() {
        return new TestIsoWriter()
                .file("ovf-env.xml", "<Environment/>")
                .file("seed/user-data", "#cloud-config\n")
                .file("seed/deep/README", "nested twice");
    }

    @Test
    public void prefersJolietNamesAndReadsContents() throws IOException {
        try (IsoImage iso = IsoImage.open(image(sample().build()))) {
            assertThat(iso.naming()).isEqualTo(IsoImage.Naming.JOLIET);
            assertThat(iso.hasJoliet()).isTrue();
            assertThat(iso.paths()).containsExactlyInAnyOrder("ovf-env.xml", "seed/user-data", "seed/deep/README");
            assertThat(iso.read("ovf-env.xml").map(IsoImageTest::utf8)).contains("<Environment/>");
            assertThat(iso.read("/seed/deep/README").map(IsoImageTest::utf8)).contains("nested twice");
            assertThat(iso.size("seed/user-data")).contains((long) "#cloud-config\n".length());
        }
    }

    @Test
    public void jolietNamesMatchExactlyWhilePrimaryNamesIgnoreCase() throws IOException {
        try (IsoImage iso = IsoImage.open(image(sample().build()))) {
            assertThat(iso.contains("OVF-ENV.XML")).isFalse();
            assertThat(iso.contains(IsoImage.Naming.PRIMARY, "ovf-env.xml")).isTrue();
            assertThat(iso.paths(IsoImage.Naming.PRIMARY)).contains("OVF_ENV.XML", "SEED/USER_DATA", "SEED/DEEP/README");
        }
    }

    @Test
    public void fallsBackToThePrimaryTreeWithoutJoliet() throws IOException {
        try (IsoImage iso = IsoImage.open(image(sample().withoutJoliet().build()))) {
            assertThat(iso.naming()).isEqualTo(IsoImage.Naming.PRIMARY);
            assertThat(iso.hasJoliet()).isFalse();
            assertThat(iso.paths(IsoImage.Naming.JOLIET)).isEmpty();
            assertThat(iso.read("ovf-env.xml").map(IsoImageTest::utf8)).contains("<Environment/>");
            assertThat(iso.read("Seed/Deep/readme")).isPresent();
            assertThat(iso.read("seed/missing")).isEmpty();
        }
    }

    @Test
    public void readsFilesSpanningSectorsAndDirectoriesSpanningSectors() throws Exception {
        byte[] big = new byte[5 * TestIsoWriter.SECTOR + 123];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + 7);
        }
        TestIsoWriter writer = new TestIsoWriter().file("big.bin", big);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String name = "many/a-rather-long-file-name-number-" + i + ".txt";
            names.add(name);
            writer.file(name, "file " + i);
        }
        try (IsoImage iso = IsoImage.open(image(writer.build()))) {
            assertThat(iso.read("big.bin")).get().isEqualTo(big);
            assertThat(iso.sha256("big.bin")).contains(
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big)));
            assertThat(iso.paths()).containsAll(names);
            assertThat(iso.read("many/a-rather-long-file-name-number-89.txt").map(IsoImageTest::utf8)).contains("file 89");
        }
    }

    @Test
    public void refusesAFileThatIsNotIso9660() throws IOException {
        TestIsoWriter.Layout layout = sample().build();
        int magic = 16 * TestIsoWriter.SECTOR + 1;
        Path broken = image(layout.patch(magic, 'C', 'D', '0', '0', '2'));
        assertThatThrownBy(() -> IsoImage.open(broken)).isInstanceOf(IsoFormatException.class)
                .hasMessageContaining("sector 16").hasMessageContaining("\"CD002\"").hasMessageContaining("CD001");
    }

    @Test
    public void refusesAFileTooShortForVolumeDescriptors() throws IOException {
        Path tiny = Files.write(folder.resolve("tiny.iso"), new byte[1000]);
        assertThatThrownBy(() -> IsoImage.open(tiny)).isInstanceOf(IsoFormatException.class)
                .hasMessageContaining("1000 bytes").hasMessageContaining("too short");
    }

    @Test
    public void refusesAnImpossibleBlockSize() throws IOException {
        Path broken = image(sample().build().patch(16 * TestIsoWriter.SECTOR + 128, 0x00, 0x03));
        assertThatThrownBy(() -> IsoImage.open(broken)).isInstanceOf(IsoFormatException.class)
                .hasMessageContaining("block size 768");
    }

    @Test
    public void refusesAFileExtentBeyondTheEndOfTheImage() throws IOException {
        TestIsoWriter.Layout layout = new TestIsoWriter().file("ovf-env.xml", "x".repeat(3000)).build();
        Path truncated = image(layout.truncatedTo(layout.image().length - TestIsoWriter.SECTOR));
        assertThatThrownBy(() -> IsoImage.open(truncated)).isInstanceOf(IsoFormatException.class)
                .hasMessageContaining("/OVF_ENV.XML").hasMessageContaining("outside the");
    }

    @Test
    public void refusesADirectoryExtentBeyondTheEndOfTheImage() throws IOException {
        Path broken = image(sample().build().withExtent("joliet:/seed", 999_999));
        assertThatThrownBy(() -> IsoImage.open(broken)).isInstanceOf(IsoFormatException.class)
                .hasMessageContaining("Joliet directory /seed").hasMessageContaining("extent 999999")
                .hasMessageContaining("outside");
    }

    @Test
    public void refusesADirectoryPointingBackAtItsParent() throws IOException {
        TestIsoWriter.Layout layout = sample().build();
        Path broken = image(layout.withExtent("primary:/SEED/DEEP", layout.recordExtent("primary:/SEED")));
        assertThatThrownBy(() -> IsoImage.open(broken)).isInstanceOf(IsoFormatException.class)
                .hasMessageContaining("directory loop").hasMessageContaining("/SEED/DEEP");
    }

    @Test
    public void refusesADirectoryPointingBackAtTheRoot() throws IOException {
        TestIsoWriter.Layout layout = sample().build();
        Path broken = image(layout.withExtent("joliet:/seed", layout.rootExtents().get("joliet")));
        assertThatThrownBy(() -> IsoImage.open(broken)).isInstanceOf(IsoFormatException.class)
                .hasMessageContaining("directory loop").hasMessageContaining("/seed");
    }

    @Test
    public void refusesARecordShorterThanItsFixedPart() throws IOException {
        TestIsoWriter.Layout layout = sample().build();
        Path broken = image(layout.patch(layout.recordOffsets().get("primary:/OVF_ENV.XML;1"), 20));
        assertThatThrownBy(() -> IsoImage.open(broken)).isInstanceOf(IsoFormatException.class)
                .hasMessageContaining("primary directory /").hasMessageContaining("length 20");
    }

    @Test
    public void refusesAMissingPrimaryDescriptor() throws IOException {
        // the primary descriptor turned into an unknown type 3: only Joliet and the terminator remain
        Path broken = image(sample().build().patch(16 * TestIsoWriter.SECTOR, 3));
        assertThatThrownBy(() -> IsoImage.open(broken)).isInstanceOf(IsoFormatException.class)
                .hasMessageContaining("no primary volume descriptor");
    }

    @Test
    public void readsImagesMadeByASystemTool() throws Exception {
        List<String> command = isoTool();
        Path tree = Files.createDirectories(folder.resolve("tree"));
        Files.writeString(tree.resolve("ovf-env.xml"), "<Environment/>");
        Files.createDirectories(tree.resolve("seed"));
        Files.writeString(tree.resolve("seed").resolve("user-data"), "#cloud-config\n");
        Path out = folder.resolve("tool.iso");
        command.addAll(List.of("-J", "-o", out.toString(), tree.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("tool.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + Files.readString(folder.resolve("tool.log")));
        }
        try (IsoImage iso = IsoImage.open(out)) {
            assertThat(iso.naming()).isEqualTo(IsoImage.Naming.JOLIET);
            assertThat(iso.paths()).contains("ovf-env.xml", "seed/user-data");
            assertThat(iso.read("ovf-env.xml").map(IsoImageTest::utf8)).contains("<Environment/>");
        }
    }

    @Test
    public void readsPrimaryOnlyImagesMadeByASystemTool() throws Exception {
        List<String> command = isoTool();
        Path tree = Files.createDirectories(folder.resolve("plain"));
        Files.writeString(tree.resolve("ovf-env.xml"), "<Environment/>");
        Path out = folder.resolve("plain.iso");
        command.addAll(List.of("-o", out.toString(), tree.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("plain.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + Files.readString(folder.resolve("plain.log")));
        }
        try (IsoImage iso = IsoImage.open(out)) {
            assertThat(iso.naming()).isEqualTo(IsoImage.Naming.PRIMARY);
            assertThat(iso.read("ovf-env.xml").map(IsoImageTest::utf8)).contains("<Environment/>");
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> isoTool() {
        for (String tool : List.of("xorriso", "genisoimage", "mkisofs")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                    List<String> command = new ArrayList<>(List.of(Path.of(dir, tool).toString()));
                    if (tool.equals("xorriso")) {
                        command.addAll(List.of("-as", "mkisofs"));
                    }
                    return command;
                }
            }
        }
        throw new SkipException("no xorriso, genisoimage or mkisofs on PATH");
    }
}
