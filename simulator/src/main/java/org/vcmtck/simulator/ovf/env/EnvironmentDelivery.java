package org.vcmtck.simulator.ovf.env;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.descriptor.EnvironmentFile;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.descriptor.HardwareSection;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemEntity;
import org.vcmtck.simulator.ovf.deploy.DeployResult;
import org.vcmtck.simulator.ovf.deploy.DeployedSystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Delivers the OVF environment of each deployed VirtualSystem through the transports its VirtualHardwareSection
 * lists (OVF-OENV-005): {@code iso} gives {@code <dir>/<system>/ovf-env.iso} (ISO 9660 + Joliet, the document at
 * the root, OVF-OENV-006, plus the EnvironmentFilesSection files, OVF-OENV-008) and a plain copy
 * {@code ovf-env.xml}; {@code com.vmware.guestInfo} gives {@code <dir>/<system>/guestinfo.ovfEnv} (OVF-OENV-007).
 * A system listing only transports the reference does not know gets a warning and no environment.
 *
 * <p>Planning and writing are separate steps: {@link #plan} computes every file in memory (it touches nothing),
 * {@link #write} puts them on disk and removes what it wrote if a write fails, so the caller decides when
 * (after a successful deploy only) anything appears in the deploy directory.
 */
public final class EnvironmentDelivery {
    public static final String ISO = "iso";
    public static final String GUEST_INFO = "com.vmware.guestInfo";
    public static final String ISO_FILE = "ovf-env.iso";
    public static final String GUEST_INFO_FILE = "guestinfo.ovfEnv";
    public static final String VOLUME_ID = "OVF ENV";

    /** One environment delivered: the system's ovf:id, the transport, and the absolute path of the file. */
    public record Delivery(String entityId, String transport, Path path) {
    }

    /** What {@link #plan} needs besides the deploy directory. */
    public record Inputs(OvfDescriptor descriptor, DeployResult result, PackageContents contents,
                         Map<String, String> userValues, Platform platform, Instant recorded) {
    }

    private final Path directory;
    private final Map<Path, byte[]> files;
    private final List<Delivery> deliveries;
    private final List<OvfFinding> warnings;

    private EnvironmentDelivery(Path directory, Map<Path, byte[]> files, List<Delivery> deliveries,
                                List<OvfFinding> warnings) {
        this.directory = directory;
        this.files = Collections.unmodifiableMap(files);
        this.deliveries = List.copyOf(deliveries);
        this.warnings = List.copyOf(warnings);
    }

    /** Computes every file to write under {@code deployDir} (nothing is written yet). */
    public static EnvironmentDelivery plan(Inputs in, Path deployDir) {
        Path dir = deployDir.toAbsolutePath().normalize();
        EnvironmentDocument documents = new EnvironmentDocument(in.descriptor(), in.result().configuration(),
                in.userValues(), in.platform());
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<Delivery> deliveries = new ArrayList<>();
        List<OvfFinding> warnings = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        for (DeployedSystem s : in.result().systems()) {
            VirtualSystemEntity vs = in.descriptor().virtualSystems().stream()
                    .filter(v -> v.id().equals(s.entityId())).findFirst().orElse(null);
            if (vs == null) {
                continue;
            }
            Set<String> transports = transports(vs);
            boolean iso = transports.contains(ISO);
            boolean guestInfo = transports.contains(GUEST_INFO);
            if (!iso && !guestInfo) {
                if (!transports.isEmpty()) {
                    warnings.add(OvfFinding.warning("OVF-OENV-005", "", "virtual system '" + vs.id()
                            + "' lists only environment transports the reference does not support " + transports
                            + " (supported: " + ISO + ", " + GUEST_INFO + "); no OVF environment was delivered"));
                }
                continue;
            }
            Path systemDir = dir.resolve(systemDirectory(s, dir, usedNames));
            byte[] xml = documents.xml(vs.id()).getBytes(StandardCharsets.UTF_8);
            if (iso) {
                files.put(systemDir.resolve(EnvironmentDocument.FILE_NAME), xml);
                Path image = systemDir.resolve(ISO_FILE);
                files.put(image, isoImage(in, vs, xml, warnings));
                deliveries.add(new Delivery(vs.id(), ISO, image));
            }
            if (guestInfo) {
                Path variable = systemDir.resolve(GUEST_INFO_FILE);
                files.put(variable, xml);
                deliveries.add(new Delivery(vs.id(), GUEST_INFO, variable));
            }
        }
        return new EnvironmentDelivery(dir, files, deliveries, warnings);
    }

    /** The deliveries, in the order of the deployed systems. */
    public List<Delivery> deliveries() {
        return deliveries;
    }

    /** Transport problems (OVF-OENV-005) and environment files left out (OVF-OENV-008). */
    public List<OvfFinding> warnings() {
        return warnings;
    }

    /** Every file {@link #write} creates, by absolute path. */
    public Map<Path, byte[]> files() {
        return files;
    }

    /**
     * Writes the planned files (creating the deploy directory when there is something to write) and returns
     * every file and directory created, in creation order. When a write fails, what was written is removed again
     * before the exception is thrown.
     */
    public List<Path> write() throws IOException {
        if (files.isEmpty()) {
            return List.of();
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                createDirectories(f.getKey().getParent(), created);
                Files.write(f.getKey(), f.getValue());
                created.add(f.getKey());
            }
        } catch (IOException e) {
            for (int i = created.size() - 1; i >= 0; i--) {
                Files.deleteIfExists(created.get(i));
            }
            throw e;
        }
        return List.copyOf(created);
    }

    private void createDirectories(Path d, List<Path> created) throws IOException {
        if (d == null || Files.isDirectory(d)) {
            return;
        }
        createDirectories(d.getParent(), created);
        Files.createDirectory(d);
        created.add(d);
    }

    private static Set<String> transports(VirtualSystemEntity vs) {
        Set<String> out = new LinkedHashSet<>();
        for (HardwareSection h : vs.hardwareSections()) {
            out.addAll(h.transports());
        }
        return out;
    }

    /**
     * The system's folder name: its model name made safe for a path, else the system id; a name already used in
     * this deploy or already present in the directory gets the system id appended, so nothing is overwritten.
     */
    private static String systemDirectory(DeployedSystem s, Path dir, Set<String> used) {
        String id = safe(s.systemId());
        String name = safe(s.name());
        if (name.isEmpty()) {
            name = id.isEmpty() ? "system" : id;
        }
        String candidate = name;
        for (int n = 2; used.contains(candidate) || Files.exists(dir.resolve(candidate)); n++) {
            candidate = name + "-" + id + (n == 2 ? "" : "-" + n);
        }
        used.add(candidate);
        return candidate;
    }

    private static String safe(String s) {
        if (s == null) {
            return "";
        }
        String out = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return out.equals(".") || out.equals("..") ? "" : out;
    }

    private static byte[] isoImage(Inputs in, VirtualSystemEntity vs, byte[] xml, List<OvfFinding> warnings) {
        Iso9660Writer writer = new Iso9660Writer(VOLUME_ID, in.recorded());
        Map<String, byte[]> content = new TreeMap<>();
        content.put(EnvironmentDocument.FILE_NAME, xml);
        for (EnvironmentFile f : vs.environmentFiles()) {
            if (!f.carriedBy(ISO)) {
                continue;
            }
            String problem = environmentFileProblem(in, f, content);
            if (problem != null) {
                warnings.add(OvfFinding.warning("OVF-OENV-008", "", "virtual system '" + vs.id()
                        + "': environment file " + f.fileRef() + " -> " + f.path() + " left out: " + problem));
                continue;
            }
            FileReference ref = in.descriptor().file(f.fileRef());
            try {
                content.put(f.path(), data(ref, in.contents().member(ref.href())));
            } catch (IOException e) {
                warnings.add(OvfFinding.warning("OVF-OENV-008", ref.href(), "virtual system '" + vs.id()
                        + "': environment file " + f.fileRef() + " left out: " + e.getMessage()));
            }
        }
        try {
            return writer.write(content);
        } catch (IllegalArgumentException e) {
            warnings.add(OvfFinding.warning("OVF-OENV-008", "", "virtual system '" + vs.id()
                    + "': the environment files cannot all go on the ISO (" + e.getMessage()
                    + "); the medium carries " + EnvironmentDocument.FILE_NAME + " only"));
            return writer.write(Map.of(EnvironmentDocument.FILE_NAME, xml));
        }
    }

    private static String environmentFileProblem(Inputs in, EnvironmentFile f, Map<String, byte[]> content) {
        if (f.fileRef() == null || f.path() == null) {
            return "ovf:fileRef and ovf:path are both required";
        }
        FileReference ref = in.descriptor().file(f.fileRef());
        if (ref == null) {
            return "no References/File has ovf:id '" + f.fileRef() + "'";
        }
        if (ref.chunked()) {
            return "chunked files are not supported on the environment medium";
        }
        if (in.contents().member(ref.href()) == null) {
            return "the package member '" + ref.href() + "' is not available";
        }
        if (f.path().startsWith("/") || f.path().contains("\\")) {
            return "ovf:path must be a relative '/'-separated path";
        }
        for (String segment : f.path().split("/", -1)) {
            String problem = IsoNames.jolietProblem(segment);
            if (problem != null) {
                return problem;
            }
        }
        if (content.containsKey(f.path())) {
            return "the path is already taken on the medium";
        }
        return null;
    }

    private static byte[] data(FileReference ref, byte[] stored) throws IOException {
        if (!ref.gzip()) {
            return stored;
        }
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = gz.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > PackageContents.MAX_TOTAL_BYTES) {
                    throw new IOException("decompresses to more than " + PackageContents.MAX_TOTAL_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        }
    }

    @Override
    public String toString() {
        return "EnvironmentDelivery[" + directory + ", " + deliveries.size() + " deliveries]";
    }
}
