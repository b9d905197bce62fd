package org.vcmtck.assertions.ovf;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A package as read by {@link OvfPackageReader}, without interpretation beyond parsing the descriptor.
 *
 * @param source           the path given to the reader
 * @param form             OVA or directory package
 * @param members          every member in archive order (OVA) or sorted by name (directory)
 * @param descriptorNames  members whose name ends in {@code .ovf}; the first is the descriptor read
 * @param descriptorBytes  the descriptor's bytes, empty when there is none (or it was too large to keep)
 * @param descriptor       the parsed descriptor, when it is well-formed XML
 * @param descriptorProblem why the descriptor could not be read, when it could not
 * @param manifestNames    members whose name ends in {@code .mf}
 * @param manifestText     the text of the first manifest, when there is one
 * @param manifestBytes    the first manifest's bytes exactly as stored (what a certificate signs); empty when
 *                         there is none or it could not be kept
 * @param certificateNames members whose name ends in {@code .cert}
 * @param certificateText  the text of the first certificate, when there is one
 * @param findings         what the reader refused or could not do (unsafe member names, unreadable archive, ...)
 */
public record RawOvfPackage(Path source, PackageForm form, List<PackageMember> members,
                            List<String> descriptorNames, byte[] descriptorBytes, Optional<OvfDescriptor> descriptor,
                            Optional<String> descriptorProblem, List<String> manifestNames,
                            Optional<String> manifestText, byte[] manifestBytes, List<String> certificateNames,
                            Optional<String> certificateText, List<ReaderFinding> findings) {

    public RawOvfPackage {
        members = List.copyOf(members);
        descriptorNames = List.copyOf(descriptorNames);
        descriptorBytes = descriptorBytes.clone();
        manifestNames = List.copyOf(manifestNames);
        manifestBytes = manifestBytes.clone();
        certificateNames = List.copyOf(certificateNames);
        findings = List.copyOf(findings);
    }

    /**
     * Something the reader refused or could not do.
     *
     * @param requirementId the requirement the situation concerns (e.g. OVF-PKG-012 for an escaping member name)
     * @param message       what happened, naming the member
     */
    public record ReaderFinding(String requirementId, String message) {
        @Override
        public String toString() {
            return "[" + requirementId + "] " + message;
        }
    }

    @Override
    public byte[] descriptorBytes() {
        return descriptorBytes.clone();
    }

    @Override
    public byte[] manifestBytes() {
        return manifestBytes.clone();
    }

    public Optional<String> descriptorName() {
        return descriptorNames.stream().findFirst();
    }

    public Optional<String> manifestName() {
        return manifestNames.stream().findFirst();
    }

    public Optional<String> certificateName() {
        return certificateNames.stream().findFirst();
    }

    public Optional<PackageMember> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public List<String> memberNames() {
        return members.stream().map(PackageMember::name).toList();
    }

    public boolean isOva() {
        return form == PackageForm.OVA;
    }

    /** How messages name the package: its path, plus the descriptor for a directory package. */
    public String displayName() {
        return source.toString();
    }

    /** A member listing for evidence: one line per member with size, header format and SHA-256. */
    public String memberListing() {
        StringBuilder listing = new StringBuilder();
        int index = 0;
        for (PackageMember member : members) {
            listing.append(index++).append("  ").append(member.name()).append("  ").append(member.size())
                    .append(" bytes");
            if (member.headerFormat() != TarHeaderFormat.NONE) {
                listing.append("  header ").append(member.headerFormat()).append(" magic \"")
                        .append(member.magic()).append('"');
            }
            member.digest("SHA256").ifPresent(d -> listing.append("  sha256 ").append(d));
            listing.append('\n');
        }
        return listing.toString();
    }
}
