package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.deploy.DeployRequest;
import org.vcmtck.simulator.ovf.deploy.DeployResult;
import org.vcmtck.simulator.ovf.deploy.DeployedSystem;
import org.vcmtck.simulator.ovf.deploy.OvfDeployException;
import org.vcmtck.simulator.ovf.deploy.OvfDeployer;
import org.vcmtck.simulator.ovf.export.OvfExporter;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OVF import and export of Systems (CIMI-SYS-004/005) through the reference's OVF engine.
 *
 * <p>Import: an Action {@code import} whose {@code source} is a local path, a {@code file:} URI or an http(s)
 * URL on a loopback address (the provider never reaches out to other hosts, so a consumer cannot make it fetch
 * from the network); the package is deployed and becomes a System.
 *
 * <p>Export: an Action {@code export} with optional {@code format} ({@code OVF}, the only one: a directory
 * package of descriptor and manifest) and optional {@code destination}. Without a destination the package is
 * kept by the provider and offered for download; with one (a relative path, or a path or {@code file:} URI
 * inside the export folder) it is written there. A destination outside the export folder is refused (400).
 */
final class SystemPackages {
    static final String FORMAT = "OVF";

    /** What an export produced: where its descriptor can be fetched, and the package's file names. */
    record Exported(String location, List<String> files) {
    }

    private final SystemService systems;
    private final UriSpace uris;
    private final Path exportFolder;
    /** "systemId/fileName" → bytes of packages exported without a destination. */
    private final Map<String, byte[]> kept = new ConcurrentHashMap<>();

    SystemPackages(SystemService systems, UriSpace uris, Path exportFolder) {
        this.systems = systems;
        this.uris = uris;
        this.exportFolder = exportFolder.toAbsolutePath().normalize();
    }

    // ---------------------------------------------------------------- import

    SystemService.Sys importPackage(RequestBody body) {
        SystemBodies.expectAction(body, "import");
        String source = body.text("source");
        if (source == null || source.isBlank()) {
            throw CimiException.badRequest("source", "is required: the URI of the OVF package to import");
        }
        OvfPackage pkg;
        try {
            pkg = read(source);
        } catch (OvfPackageException e) {
            throw CimiException.badRequest("source", "cannot read the package: " + e.finding());
        }
        DeployResult result;
        try {
            result = new OvfDeployer(systems.dc()).deploy(pkg, DeployRequest.defaults());
        } catch (OvfDeployException e) {
            throw CimiException.badRequest("source", "cannot deploy the package: " + e.finding());
        } catch (IllegalArgumentException e) {
            throw CimiException.badRequest("source", e.getMessage());
        }
        if (result.applianceId() != null) {
            return systems.system(result.applianceId());
        }
        return systems.group(pkg.source(), result.systems().stream().map(DeployedSystem::systemId).toList());
    }

    private static OvfPackage read(String source) throws OvfPackageException {
        OvfPackageReader reader = new OvfPackageReader();
        URI uri = uriOf(source);
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "file" -> {
                return reader.read(uri);
            }
            case "http", "https" -> {
                if (!isLoopback(uri.getHost())) {
                    throw CimiException.badRequest("source", "'" + source + "' is not on this host: only local "
                            + "files and loopback URLs are imported");
                }
                return reader.read(uri);
            }
            case "" -> {
                Path path = pathOf(source, "source");
                if (!path.isAbsolute()) {
                    throw CimiException.badRequest("source", "a local path must be absolute, was '" + source + "'");
                }
                return reader.read(path);
            }
            default -> throw CimiException.badRequest("source", "unsupported scheme '" + scheme
                    + "': give a file: URI, a local path or a loopback http(s) URL");
        }
    }

    private static URI uriOf(String source) {
        if (!source.matches("(?i)^[a-z][a-z0-9+.-]+:.*")) {
            return null;
        }
        try {
            return new URI(source);
        } catch (URISyntaxException e) {
            throw CimiException.badRequest("source", "not a valid URI: " + e.getMessage());
        }
    }

    /** Literal loopback addresses and "localhost" only: resolving other names could reach the network. */
    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static Path pathOf(String text, String attribute) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw CimiException.badRequest(attribute, "not a valid path: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- export

    Exported export(String systemId, RequestBody body) {
        SystemService.Sys sys = systems.system(systemId);
        SystemBodies.expectAction(body, "export");
        String format = body.text("format");
        if (format != null && !format.equalsIgnoreCase(FORMAT)) {
            throw CimiException.badRequest("format", "only " + FORMAT + " packages are exported, not '" + format
                    + "'");
        }
        if (sys.members().isEmpty()) {
            throw new CimiException(409, "system '" + systemId + "' has no machines to export");
        }
        String destination = body.text("destination");
        Path folder = destination == null ? null : destinationFolder(destination);
        String name = fileName(sys.name());
        List<VirtualSystem> members = sys.members();
        Map<String, byte[]> files = new OvfExporter(systems.dc()).members(members, name, OvfVersion.V2_0, name);
        if (folder == null) {
            kept.keySet().removeIf(k -> k.startsWith(systemId + "/"));
            files.forEach((file, bytes) -> kept.put(systemId + "/" + file, bytes));
            return new Exported(uris.member(SystemViews.SYSTEMS, systemId) + "/" + SystemViews.PACKAGE + "/"
                    + name + ".ovf", List.copyOf(files.keySet()));
        }
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
        } catch (IOException e) {
            throw new CimiException(500, "cannot write the package to " + folder + ": " + e.getMessage());
        }
        return new Exported(folder.resolve(name + ".ovf").toUri().toString(), List.copyOf(files.keySet()));
    }

    /** A file of a package exported without a destination (404 when there is none by that name). */
    byte[] keptFile(String systemId, String file) {
        byte[] bytes = kept.get(systemId + "/" + file);
        if (bytes == null) {
            throw CimiException.notFound("exported package file", file + " of system " + systemId);
        }
        return bytes;
    }

    /** The folder a destination names; it must stay inside the export folder. */
    Path destinationFolder(String destination) {
        URI uri = uriOf(destination);
        Path path;
        if (uri != null) {
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                throw CimiException.badRequest("destination", "only file: destinations are written, not '"
                        + destination + "'");
            }
            try {
                path = Path.of(uri);
            } catch (IllegalArgumentException e) {
                throw CimiException.badRequest("destination", "not a usable file URI: " + e.getMessage());
            }
        } else {
            path = pathOf(destination, "destination");
        }
        Path resolved = exportFolder.resolve(path).toAbsolutePath().normalize();
        if (!resolved.startsWith(exportFolder)) {
            throw CimiException.badRequest("destination", "'" + destination + "' is outside the export folder "
                    + exportFolder);
        }
        return resolved;
    }

    Path exportFolder() {
        return exportFolder;
    }

    /** A file name for the package: the system name with anything outside [A-Za-z0-9._-] replaced by '_'. */
    static String fileName(String systemName) {
        String n = systemName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (n.isEmpty() || n.startsWith(".")) {
            n = "_" + n;
        }
        return n.length() > 90 ? n.substring(0, 90) : n;
    }
}
