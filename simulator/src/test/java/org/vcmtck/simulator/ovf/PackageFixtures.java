package org.vcmtck.simulator.ovf;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds descriptors, manifests and OVAs for the OVF engine tests, independently of the exporter. */
public final class PackageFixtures {
    public static final String NS1 = "http://schemas.dmtf.org/ovf/envelope/1";
    public static final String NS2 = "http://schemas.dmtf.org/ovf/envelope/2";

    private PackageFixtures() {
    }

    /** A minimal valid descriptor whose References hold the given File elements (raw XML). */
    public static String descriptor(String ns, String fileElements) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + ns + "\" xmlns:ovf=\"" + ns + "\""
                + " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\""
                + " xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\">\n"
                + "  <References>" + fileElements + "</References>\n"
                + "  <VirtualSystem ovf:id=\"vm\">\n"
                + "    <Info>test</Info>\n"
                + "    <VirtualHardwareSection>\n"
                + "      <Info>hw</Info>\n"
                + "      <Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>"
                + "<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>\n"
                + "    </VirtualHardwareSection>\n"
                + "  </VirtualSystem>\n"
                + "</Envelope>\n";
    }

    public static String file(String id, String href, long size) {
        return "<File ovf:id=\"" + id + "\" ovf:href=\"" + href + "\" ovf:size=\"" + size + "\"/>";
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    public static String sha1(byte[] data) {
        return digest("SHA-1", data);
    }

    private static String digest(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SHA256 manifest over the given members, in the given order. */
    public static byte[] manifest(Map<String, byte[]> members) {
        StringBuilder b = new StringBuilder();
        members.forEach((name, data) -> b.append("SHA256(").append(name).append(")= ").append(sha256(data))
                .append('\n'));
        return utf8(b.toString());
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Deterministic pseudo-random bytes. */
    public static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        int x = seed * 7919 + 17;
        for (int i = 0; i < length; i++) {
            x = x * 1103515245 + 12345;
            b[i] = (byte) (x >>> 16);
        }
        return b;
    }

    /** A tar with the members in map order; names are written as given (absolute ones too). */
    public static byte[] tar(Map<String, byte[]> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(m.getKey(), true);
                e.setSize(m.getValue().length);
                tar.putArchiveEntry(e);
                tar.write(m.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A tar like {@link #tar(Map)}, except that the member named {@code linkMember} is written as a link entry
     * ({@code linkFlag}, e.g. {@link TarArchiveEntry#LF_SYMLINK} or {@link TarArchiveEntry#LF_LINK}) pointing at
     * {@code linkTarget}, with no data. When the map has no such key the link is appended last.
     */
    public static byte[] tarWithLink(Map<String, byte[]> members, String linkMember, byte linkFlag,
                                     String linkTarget) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            boolean written = false;
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                if (m.getKey().equals(linkMember)) {
                    putLink(tar, linkMember, linkFlag, linkTarget);
                    written = true;
                    continue;
                }
                TarArchiveEntry e = new TarArchiveEntry(m.getKey(), true);
                e.setSize(m.getValue().length);
                tar.putArchiveEntry(e);
                tar.write(m.getValue());
                tar.closeArchiveEntry();
            }
            if (!written) {
                putLink(tar, linkMember, linkFlag, linkTarget);
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void putLink(TarArchiveOutputStream tar, String name, byte flag, String target)
            throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, flag, true);
        e.setLinkName(target);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
    }

    /** Ordered map from alternating name/bytes arguments. */
    public static Map<String, byte[]> members(Object... nameBytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameBytes.length; i += 2) {
            m.put((String) nameBytes[i], (byte[]) nameBytes[i + 1]);
        }
        return m;
    }
}
