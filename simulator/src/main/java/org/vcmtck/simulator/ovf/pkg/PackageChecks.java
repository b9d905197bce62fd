package org.vcmtck.simulator.ovf.pkg;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules that need every member: referenced files present with their declared size and chunk layout
 * (OVF-REF-005/011/012), and the manifest complete, without extras, and matching (OVF-MF-005..008).
 * Shared by the directory and the OVA reader, which differ only in how bytes arrive.
 */
final class PackageChecks {
    private final OvfDescriptor descriptor;
    private final String descriptorName;
    private final Manifest manifest;
    private final String manifestName;
    private final String certificateName;
    private final Map<String, PackageMember> members = new LinkedHashMap<>();
    private final List<OvfFinding> findings;

    PackageChecks(OvfDescriptor descriptor, String descriptorName, Manifest manifest, String manifestName,
                  String certificateName, List<PackageMember> members, List<OvfFinding> findings) {
        this.descriptor = descriptor;
        this.descriptorName = descriptorName;
        this.manifest = manifest;
        this.manifestName = manifestName;
        this.certificateName = certificateName;
        for (PackageMember m : members) {
            this.members.putIfAbsent(m.name(), m);
        }
        this.findings = findings;
    }

    /**
     * The member names a File is stored as, judged from the declared size or, without one, from which chunks
     * {@code present} says are there (asked only then, as a reader may have to fetch to answer).
     */
    static List<String> expectedNames(FileReference f, Predicate<String> present) {
        if (!f.chunked()) {
            return List.of(f.href());
        }
        List<String> names = new ArrayList<>();
        long expected = f.size() == null ? -1 : Math.max(1, (f.size() + f.chunkSize() - 1) / f.chunkSize());
        for (int i = 0; expected < 0 ? present.test(f.chunkName(i)) || i == 0 : i < expected; i++) {
            names.add(f.chunkName(i));
        }
        return names;
    }

    void run() {
        Set<String> referenced = new LinkedHashSet<>();
        for (FileReference f : descriptor.files()) {
            if (f.href().isEmpty()) {
                continue;
            }
            List<String> names = expectedNames(f, members::containsKey);
            referenced.addAll(names);
            long total = 0;
            boolean complete = true;
            for (int i = 0; i < names.size(); i++) {
                PackageMember m = members.get(names.get(i));
                if (m == null) {
                    complete = false;
                    findings.add(OvfFinding.error("OVF-REF-005", names.get(i), "referenced file "
                            + (f.chunked() ? "chunk " + i + " of " + f.href() : f.href()) + " (File " + f.id()
                            + ") is missing from the package"));
                    continue;
                }
                total += m.size();
                if (f.chunked() && i < names.size() - 1 && m.size() != f.chunkSize()) {
                    findings.add(OvfFinding.error("OVF-REF-012", m.name(), "chunk has " + m.size()
                            + " bytes; every chunk but the last must have ovf:chunkSize " + f.chunkSize()));
                }
            }
            if (f.chunked()) {
                int extra = names.size();
                while (members.containsKey(f.chunkName(extra))) {
                    findings.add(OvfFinding.error("OVF-REF-012", f.chunkName(extra), "chunk beyond the declared"
                            + " ovf:size " + f.size() + " of " + f.href()));
                    referenced.add(f.chunkName(extra));
                    extra++;
                }
            }
            if (complete && f.size() != null && total != f.size()) {
                findings.add(OvfFinding.error("OVF-REF-011", f.href(), "ovf:size says " + f.size()
                        + " bytes, the package stores " + total));
            }
        }
        if (manifest != null) {
            manifest(referenced);
        }
        if (certificateName != null && manifest == null) {
            findings.add(OvfFinding.error("OVF-CERT-001", certificateName, "a certificate without a manifest"));
        }
    }

    private void manifest(Set<String> referenced) {
        Set<String> listed = new HashSet<>();
        for (ManifestEntry e : manifest.entries()) {
            if (descriptor.version() == OvfVersion.V1_1 && e.algorithm() != DigestAlgorithm.SHA1) {
                findings.add(OvfFinding.warning("OVF-MF-002", manifestName, "OVF 1.x manifests use SHA1; "
                        + e.fileName() + " has " + e.algorithm().token()));
            }
            if (!listed.add(e.fileName())) {
                findings.add(OvfFinding.error("OVF-MF-001", manifestName, e.fileName() + " is listed twice"));
                continue;
            }
            if (e.fileName().equals(manifestName) || e.fileName().equals(certificateName)
                    || e.fileName().endsWith(".mf") || e.fileName().endsWith(".cert")) {
                findings.add(OvfFinding.error("OVF-MF-007", manifestName, "the manifest lists " + e.fileName()
                        + "; manifest and certificate are never listed"));
                continue;
            }
            PackageMember m = members.get(e.fileName());
            boolean known = e.fileName().equals(descriptorName) || referenced.contains(e.fileName());
            if (!known) {
                findings.add(OvfFinding.error("OVF-MF-005", manifestName, "lists " + e.fileName()
                        + ", which the descriptor does not reference"));
                continue;
            }
            if (m == null) {
                continue; // a missing referenced file is reported once, as OVF-REF-005
            }
            String actual = m.digests().get(e.algorithm());
            if (actual == null) {
                findings.add(OvfFinding.warning("OVF-MF-008", e.fileName(), "no " + e.algorithm().token()
                        + " digest was computed for this member, so it was not verified"));
            } else if (!actual.equals(e.digest())) {
                findings.add(OvfFinding.error("OVF-MF-008", e.fileName(), e.algorithm().token()
                        + " digest mismatch: manifest says " + e.digest() + ", the member has " + actual));
            }
        }
        if (!listed.contains(descriptorName)) {
            findings.add(OvfFinding.warning("OVF-MF-006", manifestName, "the descriptor " + descriptorName
                    + " is not listed"));
        }
        for (String name : referenced) {
            if (members.containsKey(name) && !listed.contains(name)) {
                findings.add(OvfFinding.error("OVF-MF-005", manifestName, "referenced file " + name
                        + " is not listed"));
            }
        }
    }
}
