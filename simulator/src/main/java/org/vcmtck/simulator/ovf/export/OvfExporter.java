package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.deploy.PackageFileStore;
import org.vcmtck.simulator.ovf.pkg.DigestAlgorithm;
import org.vcmtck.simulator.ovf.pkg.Manifest;
import org.vcmtck.simulator.ovf.pkg.ManifestEntry;
import org.vcmtck.simulator.ovf.sign.PackageSigner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Exports virtual systems of a {@link Datacenter} as OVF packages: one system as a VirtualSystem, or every system
 * as one VirtualSystemCollection. The manifest uses SHA-1 for OVF 1.1 and SHA-256 for 2.0 (OVF-MF-002..004) and
 * lists the descriptor first, then every file member. Systems deployed from a package bring back that package's
 * files (disk images, ISOs, icons, string bundles, ...) from the {@link PackageFileStore} the deploy put them in,
 * streamed through a scratch folder beside the output (never whole in memory). In an OVA the members are:
 * descriptor, manifest, certificate, then the files in References order (OVF-PKG-007/008/010). Output is deterministic: the same datacenter gives byte-identical packages.
 * Files are written to a temporary name and moved into place, so a failed export leaves no half package.
 */
public final class OvfExporter {
    /** Package (and collection id) name used when every system is exported. */
    public static final String ALL_SYSTEMS_NAME = "datacenter";

    private final Datacenter datacenter;
    private final PackageFileStore store;

    /** An exporter without package files: every disk is written capacity-only, no File is written. */
    public OvfExporter(Datacenter datacenter) {
        this(datacenter, null);
    }

    /** An exporter writing the deployed packages' files kept in {@code store} (null: none). */
    public OvfExporter(Datacenter datacenter, PackageFileStore store) {
        this.datacenter = datacenter;
        this.store = store;
    }

    /** Writes the package and returns its path: the {@code .ova} file or the {@code .ovf} descriptor. */
    public Path export(ExportRequest request) throws ExportException {
        List<VirtualSystem> systems = systems(request.system());
        String name = request.system() == null ? ALL_SYSTEMS_NAME : fileName(systems.get(0).name());
        Path scratch = null;
        try {
            Files.createDirectories(request.outputFolder());
            // beside the output, so that staged members move into place without a copy
            scratch = Files.createTempDirectory(request.outputFolder(), ".export-");
            StagedFiles files = new StagedFiles(store, scratch, request.gzip(), request.chunkSize(),
                    Set.of(name + ".ovf", name + ".mf", name + ".cert", name + ".ova"));
            Map<String, byte[]> head;
            try {
                head = members(systems, request.system() == null ? ALL_SYSTEMS_NAME : null, request.version(),
                        name, request.signer(), store == null ? null : files, scratch);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (request.format() == PackageFormat.OVA) {
                Path target = request.outputFolder().resolve(name + ".ova");
                List<OvaWriter.Member> members = new ArrayList<>();
                head.forEach((n, bytes) -> members.add(OvaWriter.Member.of(n, bytes)));
                for (String m : files.members()) {
                    members.add(OvaWriter.Member.of(m, files.path(m)));
                }
                writeAtomically(target, out -> OvaWriter.write(out, members));
                return target;
            }
            for (Map.Entry<String, byte[]> m : head.entrySet()) {
                writeAtomically(request.outputFolder().resolve(m.getKey()), out -> out.write(m.getValue()));
            }
            for (String m : files.members()) {
                Files.move(files.path(m), request.outputFolder().resolve(m), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            if (!head.containsKey(name + ".cert")) {
                // a certificate left by an earlier signed export would sign a manifest it no longer matches
                Files.deleteIfExists(request.outputFolder().resolve(name + ".cert"));
            }
            return request.outputFolder().resolve(name + ".ovf");
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot write the package to "
                    + request.outputFolder() + ": " + e.getMessage(), e);
        } finally {
            if (scratch != null) {
                deleteQuietly(scratch);
            }
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
        try {
            return members(systems, collectionId, version, packageName, signer, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The descriptor, manifest and certificate; the packages' files go through {@code files} (null: none) and
     * were staged in {@code scratch}, where the manifest digests them from.
     */
    private Map<String, byte[]> members(List<VirtualSystem> systems, String collectionId, OvfVersion version,
                                        String packageName, PackageSigner signer, StagedFiles files, Path scratch)
            throws IOException {
        String descriptor = new DescriptorWriter(version, this::switchName, datacenter::applianceOf, files)
                .write(systems, collectionId);
        byte[] ovf = descriptor.getBytes(StandardCharsets.UTF_8);
        DigestAlgorithm algorithm = version == OvfVersion.V1_1 ? DigestAlgorithm.SHA1 : DigestAlgorithm.SHA256;
        String ovfName = packageName + ".ovf";
        List<ManifestEntry> entries = new ArrayList<>();
        entries.add(new ManifestEntry(algorithm, ovfName, HexFormat.of().formatHex(algorithm.newDigest().digest(ovf))));
        if (files != null) {
            for (String m : files.members()) {
                entries.add(new ManifestEntry(algorithm, m, digest(algorithm, files.path(m))));
            }
        }
        Manifest manifest = new Manifest(entries);
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

    private static String digest(DigestAlgorithm algorithm, Path file) throws IOException {
        MessageDigest digest = algorithm.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch folder left behind wastes space; the package itself is complete
        }
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
