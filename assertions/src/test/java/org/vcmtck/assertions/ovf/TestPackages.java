package org.vcmtck.assertions.ovf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds small packages for the tests: an OVA written with commons-compress, or loose files in a folder. */
final class TestPackages {

    static final String DESCRIPTOR = "app.ovf";

    private TestPackages() {
    }

    /** The conformant sample's files in References order, keyed by name, descriptor first. */
    static Map<String, byte[]> goodFiles(String descriptorXml) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DESCRIPTOR, descriptorXml.getBytes(StandardCharsets.UTF_8));
        files.put("strings-de.xml", "<Strings/>\n".getBytes(StandardCharsets.US_ASCII));
        files.put("web-disk1.vmdk", "VMDK!".getBytes(StandardCharsets.US_ASCII));
        files.put("tools.iso", "ISO".getBytes(StandardCharsets.US_ASCII));
        return files;
    }

    static Map<String, byte[]> goodFiles() {
        return goodFiles(SampleDescriptors.GOOD);
    }

    static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A manifest in the strict producer form for the given files, with the token (SHA1, SHA256). */
    static String manifest(Map<String, byte[]> files, String token) {
        String algorithm = token.equals("SHA1") ? "SHA-1" : "SHA-" + token.substring(3);
        StringBuilder text = new StringBuilder();
        files.forEach((name, data) -> text.append(token).append('(').append(name).append(")= ")
                .append(hex(algorithm, data)).append('\n'));
        return text.toString();
    }

    /** Good files with a SHA1 manifest placed right after the descriptor. */
    static List<Map.Entry<String, byte[]>> goodMembersWithManifest() {
        Map<String, byte[]> files = goodFiles();
        List<Map.Entry<String, byte[]>> members = new ArrayList<>(files.entrySet());
        members.add(1, Map.entry("app.mf", manifest(files, "SHA1").getBytes(StandardCharsets.US_ASCII)));
        return members;
    }

    static Path ova(Path folder, String name, List<Map.Entry<String, byte[]>> members) throws IOException {
        Path ova = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(ova);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            writeMembers(tar, members);
        }
        return ova;
    }

    private static void writeMembers(TarArchiveOutputStream tar, List<Map.Entry<String, byte[]>> members)
            throws IOException {
        for (Map.Entry<String, byte[]> member : members) {
            TarArchiveEntry entry = new TarArchiveEntry(member.getKey(), true);
            entry.setSize(member.getValue().length);
            tar.putArchiveEntry(entry);
            tar.write(member.getValue());
            tar.closeArchiveEntry();
        }
    }

    /** Like {@link #ova}, then one link entry ({@code linkFlag}: LF_SYMLINK or LF_LINK) with no data, last. */
    static Path ovaWithLink(Path folder, String name, List<Map.Entry<String, byte[]>> members, String linkMember,
                            byte linkFlag, String linkTarget) throws IOException {
        Path ova = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(ova);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            writeMembers(tar, members);
            TarArchiveEntry link = new TarArchiveEntry(linkMember, linkFlag, true);
            link.setLinkName(linkTarget);
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        return ova;
    }

    static Path directory(Path folder, List<Map.Entry<String, byte[]>> files) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : files) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return folder;
    }

    /** Rewrites the magic of the n-th 512-byte block (a header) to the GNU form and fixes its checksum. */
    static void makeHeaderGnu(Path ova, long headerOffset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(ova.toFile(), "rw")) {
            byte[] header = new byte[512];
            file.seek(headerOffset);
            file.readFully(header);
            byte[] gnu = "ustar  \0".getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(gnu, 0, header, 257, gnu.length);
            for (int i = 148; i < 156; i++) {
                header[i] = ' ';
            }
            long sum = 0;
            for (byte b : header) {
                sum += b & 0xff;
            }
            byte[] checksum = String.format("%06o\0 ", sum).getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(checksum, 0, header, 148, 8);
            file.seek(headerOffset);
            file.write(header);
        }
    }
}
