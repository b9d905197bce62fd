package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.pkg.DigestAlgorithm;
import org.vcmtck.simulator.ovf.pkg.Manifest;
import org.vcmtck.simulator.ovf.pkg.ManifestEntry;
import org.vcmtck.simulator.ovf.sign.PackageSigner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports virtual systems of a {@link Datacenter} as OVF packages: one system as a VirtualSystem, or every system
 * as one VirtualSystemCollection. The manifest uses SHA-1 for OVF 1.1 and SHA-256 for 2.0 (OVF-MF-002..004) and
 * lists the descriptor first. Output is deterministic: the same datacenter gives byte-identical packages.
 * Files are written to a temporary name and moved into place, so a failed export leaves no half package.
 */
public final class OvfExporter {
    /** Package (and collection id) name used when every system is exported. */
    public static final String ALL_SYSTEMS_NAME = "datacenter";

    private final Datacenter datacenter;

    public OvfExporter(Datacenter datacenter) {
        this.datacenter = datacenter;
    }

    /** Writes the package and returns its path: the {@code .ova} file or the {@code .ovf} descriptor. */
    public Path export(ExportRequest request) throws ExportException {
        List<VirtualSystem> systems = systems(request.system());
        String name = request.system() == null ? ALL_SYSTEMS_NAME : fileName(systems.get(0).name());
        Map<String, byte[]> members = members(systems, request.system() == null ? ALL_SYSTEMS_NAME : null,
                request.version(), name, request.signer());
        try {
            Files.createDirectories(request.outputFolder());
            if (request.format() == PackageFormat.OVA) {
                Path target = request.outputFolder().resolve(name + ".ova");
                writeAtomically(target, out -> OvaWriter.write(out, members));
                return target;
            }
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                writeAtomically(request.outputFolder().resolve(m.getKey()), out -> out.write(m.getValue()));
            }
            if (!members.containsKey(name + ".cert")) {
                // a certificate left by an earlier signed export would sign a manifest it no longer matches
                Files.deleteIfExists(request.outputFolder().resolve(name + ".cert"));
            }
            return request.outputFolder().resolve(name + ".ovf");
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot write the package to "
                    + request.outputFolder() + ": " + e.getMessage(), e);
        }
    }

    /** The package members in archive order (descriptor, manifest), for callers that store them elsewhere. */
    public Map<String, byte[]> members(List<VirtualSystem> systems, String collectionId, OvfVersion version,
                                       String packageName) {
        return members(systems, collectionId, version, packageName, null);
    }

    /**
     * The package members in archive order: descriptor, manifest and, with a {@code signer}, the certificate
     * file signing the manifest bytes with the manifest's algorithm (OVF-CERT-002/003, OVF-PKG-008).
     */
    public Map<String, byte[]> members(List<VirtualSystem> systems, String collectionId, OvfVersion version,
                                       String packageName, PackageSigner signer) {
        String descriptor = new DescriptorWriter(version, this::switchName, datacenter::applianceOf)
                .write(systems, collectionId);
        byte[] ovf = descriptor.getBytes(StandardCharsets.UTF_8);
        DigestAlgorithm algorithm = version == OvfVersion.V1_1 ? DigestAlgorithm.SHA1 : DigestAlgorithm.SHA256;
        String ovfName = packageName + ".ovf";
        Manifest manifest = new Manifest(List.of(new ManifestEntry(algorithm, ovfName,
                HexFormat.of().formatHex(algorithm.newDigest().digest(ovf)))));
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put(ovfName, ovf);
        byte[] mf = manifest.format().getBytes(StandardCharsets.UTF_8);
        members.put(packageName + ".mf", mf);
        if (signer != null) {
            members.put(packageName + ".cert", signer.sign(mf, packageName + ".mf", algorithm).format()
                    .getBytes(StandardCharsets.US_ASCII));
        }
        return members;
    }

    /** The systems to export: the one named (by name or id), or all of them. */
    public List<VirtualSystem> systems(String nameOrId) throws ExportException {
        List<VirtualSystem> all = datacenter.systems();
        if (nameOrId == null) {
            if (all.isEmpty()) {
                throw new ExportException(ExportException.Kind.EMPTY, "the datacenter has no virtual systems", null);
            }
            return all;
        }
        List<VirtualSystem> byName = all.stream().filter(vs -> vs.name().equals(nameOrId)).toList();
        if (byName.size() == 1) {
            return byName;
        }
        List<VirtualSystem> byId = all.stream().filter(vs -> vs.id().equals(nameOrId)).toList();
        if (byId.size() == 1) {
            return byId;
        }
        throw new ExportException(ExportException.Kind.UNKNOWN_SYSTEM, byName.size() > 1
                ? byName.size() + " systems are named '" + nameOrId + "'; give the system id instead"
                : "no virtual system named '" + nameOrId + "'", null);
    }

    private String switchName(String switchId) {
        VirtualSwitch s = datacenter.virtualSwitch(switchId);
        return s == null ? switchId : s.name();
    }

    /** A file name for the package: the system name with anything outside [A-Za-z0-9._-] replaced by '_'. */
    static String fileName(String systemName) {
        String n = systemName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (n.isEmpty() || n.startsWith(".")) {
            n = "_" + n;
        }
        return n.length() > 90 ? n.substring(0, 90) : n;
    }

    private interface Writing {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Writing writing) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writing.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
