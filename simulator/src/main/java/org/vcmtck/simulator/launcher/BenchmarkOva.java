package org.vcmtck.simulator.launcher;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.vcmtck.simulator.ovf.OvfNamespaces;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.pkg.DigestAlgorithm;
import org.vcmtck.simulator.ovf.pkg.Manifest;
import org.vcmtck.simulator.ovf.pkg.ManifestEntry;
import org.vcmtck.simulator.ovf.xml.XmlWriter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The OVA the verification benchmark reads: descriptor, SHA256 manifest, then one raw disk image. The image is a
 * 1 MiB pseudo-random block repeated (random so no layer can shortcut it, repeated so generating it costs
 * nothing), and is streamed to disk, never held in memory. The manifest goes right after the descriptor, so the
 * reader knows from the start that only SHA256 needs computing, as it would for a real OVF 2.0 package.
 */
final class BenchmarkOva {
    static final String NAME = "benchmark";
    static final String DISK_NAME = "disk1.img";
    /** No DMTF URI names a plain raw image; this one says what the bytes are without claiming a vendor format. */
    static final String RAW_FORMAT = "urn:vcmtck:disk-format:raw";
    private static final int BLOCK = 1 << 20;
    private static final long SEED = 20_240_601L;

    /** The written package: its path, the disk image's size and SHA-256, and the archive's size. */
    record Generated(Path path, long diskBytes, String diskSha256, long fileBytes) {
    }

    private BenchmarkOva() {
    }

    static Generated write(Path folder, long diskBytes) throws IOException {
        byte[] block = new byte[BLOCK];
        new SplittableRandom(SEED).nextBytes(block);
        String diskDigest = digestOfImage(block, diskBytes);
        byte[] ovf = descriptor(diskBytes).getBytes(StandardCharsets.UTF_8);
        DigestAlgorithm sha256 = DigestAlgorithm.SHA256;
        byte[] mf = new Manifest(List.of(
                new ManifestEntry(sha256, NAME + ".ovf", HexFormat.of().formatHex(sha256.newDigest().digest(ovf))),
                new ManifestEntry(sha256, DISK_NAME, diskDigest))).format().getBytes(StandardCharsets.UTF_8);
        Path ova = folder.resolve(NAME + ".ova");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(ova), 1 << 20);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(file, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_ERROR);
            // sizes of 8 GiB and more need the star/GNU binary size field; the reader accepts it
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_STAR);
            member(tar, NAME + ".ovf", ovf.length);
            tar.write(ovf);
            tar.closeArchiveEntry();
            member(tar, NAME + ".mf", mf.length);
            tar.write(mf);
            tar.closeArchiveEntry();
            member(tar, DISK_NAME, diskBytes);
            for (long left = diskBytes; left > 0; left -= BLOCK) {
                tar.write(block, 0, (int) Math.min(BLOCK, left));
            }
            tar.closeArchiveEntry();
            tar.finish();
        }
        return new Generated(ova, diskBytes, diskDigest, Files.size(ova));
    }

    private static void member(TarArchiveOutputStream tar, String name, long size) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(size);
        e.setMode(0644);
        e.setLastModifiedTime(FileTime.fromMillis(0));
        tar.putArchiveEntry(e);
    }

    private static String digestOfImage(byte[] block, long diskBytes) {
        MessageDigest d = DigestAlgorithm.SHA256.newDigest();
        for (long left = diskBytes; left > 0; left -= BLOCK) {
            d.update(block, 0, (int) Math.min(BLOCK, left));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** An OVF 2.0 descriptor of one system whose single disk is backed by the image. */
    static String descriptor(long diskBytes) {
        String ns = OvfVersion.V2_0.namespace();
        XmlWriter x = new XmlWriter();
        x.start("Envelope", "xmlns", ns, "xmlns:ovf", ns, "xmlns:rasd", OvfNamespaces.RASD,
                "xmlns:vssd", OvfNamespaces.VSSD);
        x.start("References").empty("File", "ovf:href", DISK_NAME, "ovf:id", "file1",
                "ovf:size", Long.toString(diskBytes)).end();
        x.start("DiskSection").textElement("Info", "The benchmark's raw disk image")
                .empty("Disk", "ovf:capacity", Long.toString(diskBytes), "ovf:capacityAllocationUnits", "byte",
                        "ovf:diskId", "vmdisk1", "ovf:fileRef", "file1", "ovf:format", RAW_FORMAT)
                .end();
        x.start("VirtualSystem", "ovf:id", NAME).textElement("Info", "Benchmark system").textElement("Name", NAME);
        x.start("VirtualHardwareSection").textElement("Info", "Virtual hardware requirements");
        x.start("System").textElement("vssd:ElementName", "Virtual Hardware Family")
                .textElement("vssd:InstanceID", "0")
                .textElement("vssd:VirtualSystemIdentifier", NAME)
                .textElement("vssd:VirtualSystemType", "vmx-19")
                .end();
        item(x, "1 virtual CPU(s)", "1", "3", null, "1");
        x.start("Item").textElement("rasd:AllocationUnits", "byte * 2^20")
                .textElement("rasd:ElementName", "1024 MB of memory")
                .textElement("rasd:InstanceID", "2")
                .textElement("rasd:ResourceType", "4")
                .textElement("rasd:VirtualQuantity", "1024")
                .end();
        item(x, "scsiController0", "3", "6", null, null);
        x.start("Item").textElement("rasd:AddressOnParent", "0")
                .textElement("rasd:ElementName", "disk0")
                .textElement("rasd:HostResource", "ovf:/disk/vmdisk1")
                .textElement("rasd:InstanceID", "4")
                .textElement("rasd:Parent", "3")
                .textElement("rasd:ResourceType", "17")
                .end();
        x.end().end().end();
        return x.toXml();
    }

    private static void item(XmlWriter x, String name, String id, String type, String parent, String quantity) {
        x.start("Item").textElement("rasd:ElementName", name).textElement("rasd:InstanceID", id);
        if (parent != null) {
            x.textElement("rasd:Parent", parent);
        }
        x.textElement("rasd:ResourceType", type);
        if (quantity != null) {
            x.textElement("rasd:VirtualQuantity", quantity);
        }
        x.end();
    }
}
