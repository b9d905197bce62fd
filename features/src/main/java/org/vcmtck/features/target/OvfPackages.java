package org.vcmtck.features.target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the OVF package locations a target names ({@code endpoints.ovf}) into local package paths: an
 * {@code .ova} or {@code .ovf} file or a package folder as given, and for a location ending in '/' every package
 * in that folder (each {@code .ova}, each loose {@code .ovf}, and each {@code .ovf} of its sub-folders). An
 * http(s) location is downloaded into a folder the caller gives (see {@link Download}); without one it is reported
 * as not testable. What cannot be checked is reported, not dropped silently.
 */
public final class OvfPackages {

    private OvfPackages() {
    }

    /**
     * The packages to check and the locations that cannot be.
     *
     * @param packages    local paths in the order named
     * @param notTestable one line per location the suite cannot read (http(s) without a download folder)
     * @param missing     one line per location that names nothing to check: a local path that does not exist, or
     *                    a URL that could not be downloaded (naming the URL and HTTP status)
     */
    public record Resolution(List<Path> packages, List<String> notTestable, List<String> missing) {
        public Resolution {
            packages = List.copyOf(packages);
            notTestable = List.copyOf(notTestable);
            missing = List.copyOf(missing);
        }
    }

    /** The packages of the session: those it was given (e.g. the reference's exports), else the target's. */
    public static List<Path> of(TargetSession session) {
        return resolution(session).packages();
    }

    /** URLs are downloaded under the session's scratch folder ({@code <workDir>/ovf-downloads}). */
    public static Resolution resolution(TargetSession session) {
        if (!session.ovfPackages().isEmpty()) {
            return new Resolution(session.ovfPackages(), List.of(), List.of());
        }
        return resolve(session.target().endpoints().ovf(),
                session.workDir() == null ? null : session.workDir().resolve(DOWNLOADS));
    }

    /** The sub-folder of a session's scratch folder that downloaded packages go to. */
    public static final String DOWNLOADS = "ovf-downloads";

    /** Without a download folder: http(s) locations are reported as not testable. */
    public static Resolution resolve(List<String> locations) {
        return resolve(locations, null);
    }

    /**
     * @param downloadFolder where http(s) locations are downloaded (one numbered sub-folder per location), or
     *                       null to report them as not testable instead
     */
    public static Resolution resolve(List<String> locations, Path downloadFolder) {
        List<Path> packages = new ArrayList<>();
        List<String> notTestable = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int downloads = 0;
        for (String location : locations) {
            if (location.matches("(?i)^https?://.*")) {
                if (downloadFolder == null) {
                    notTestable.add(location + ": http(s) package locations need a download folder");
                    continue;
                }
                Download.Outcome outcome = new Download(downloadFolder.resolve(String.valueOf(++downloads)))
                        .fetch(location);
                outcome.packagePath().ifPresent(packages::add);
                missing.addAll(outcome.failures());
                continue;
            }
            boolean folderMarker = location.endsWith("/") || location.endsWith("\\");
            Path path = Path.of(location);
            if (folderMarker) {
                if (!Files.isDirectory(path)) {
                    missing.add(location + ": no such folder");
                    continue;
                }
                List<Path> found = packagesIn(path);
                if (found.isEmpty()) {
                    missing.add(location + ": the folder holds no .ova, .ovf or package folder");
                }
                packages.addAll(found);
            } else if (Files.exists(path)) {
                packages.add(path);
            } else {
                missing.add(location + ": no such file or folder");
            }
        }
        return new Resolution(packages, notTestable, missing);
    }

    private static List<Path> packagesIn(Path folder) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                if (Files.isDirectory(entry)) {
                    found.addAll(descriptorsIn(entry));
                } else if (hasExtension(entry, ".ova") || hasExtension(entry, ".ovf")) {
                    found.add(entry);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list the OVF package folder " + folder, e);
        }
        return found;
    }

    private static List<Path> descriptorsIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isRegularFile(p) && hasExtension(p, ".ovf")).sorted().toList();
        }
    }

    private static boolean hasExtension(Path path, String extension) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /**
     * Downloads one package location with plain GETs and nothing else: an {@code .ova} (or any non-{@code .ovf} URL)
     * as one file; an {@code .ovf} with its {@code <base>.mf}, {@code <base>.cert} and every References File (and
     * chunk) resolved relative to the descriptor URL, stored under the same relative names so the package reads as a
     * folder. Hrefs with a scheme, an absolute path or a '..' segment are not fetched (the suite reports them). A
     * File the server says is not there (404, 410) is left out for the suite to report as missing; any other
     * failure is a {@code missing} line naming the URL and status. Bodies sent gzip-encoded are stored decoded.
     */
    static final class Download {
        private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
        private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
        private static final long MAX_DESCRIPTOR_BYTES = 16L * 1024 * 1024;
        private static final int MAX_CHUNKS = 100_000;

        private final Path folder;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private final List<String> failures = new ArrayList<>();

        /** The downloaded package (absent when its descriptor or OVA could not be had) and the failure lines. */
        record Outcome(java.util.Optional<Path> packagePath, List<String> failures) {
        }

        Download(Path folder) {
            this.folder = folder;
        }

        Outcome fetch(String location) {
            URI uri;
            try {
                uri = new URI(location);
            } catch (java.net.URISyntaxException e) {
                return new Outcome(java.util.Optional.empty(), List.of(location + ": not a valid URL: "
                        + e.getMessage()));
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            boolean directory = name.toLowerCase(Locale.ROOT).endsWith(".ovf");
            if (name.isEmpty() || safeName(name) == null) {
                name = "package.ova";
            }
            try {
                Files.createDirectories(folder);
                Path target = folder.resolve(name);
                int status = get(uri, target);
                if (status / 100 != 2) {
                    failures.add(location + ": HTTP status " + status);
                    return new Outcome(java.util.Optional.empty(), failures);
                }
                if (directory) {
                    members(uri, name, target);
                }
                return new Outcome(java.util.Optional.of(target), failures);
            } catch (IOException e) {
                failures.add(location + ": cannot download: " + e.getMessage());
                return new Outcome(java.util.Optional.empty(), failures);
            }
        }

        private void members(URI descriptorUri, String descriptorName, Path descriptor) throws IOException {
            String base = descriptorName.substring(0, descriptorName.length() - ".ovf".length());
            optional(descriptorUri, base + ".mf");
            optional(descriptorUri, base + ".cert");
            if (Files.size(descriptor) > MAX_DESCRIPTOR_BYTES) {
                return; // the suite refuses it by size; its Files would not be looked at
            }
            org.w3c.dom.Element envelope;
            try {
                envelope = org.vcmtck.assertions.ovf.OvfDescriptor.parse(Files.readAllBytes(descriptor)).envelope();
            } catch (org.vcmtck.assertions.ovf.OvfDescriptor.DescriptorNotReadable e) {
                return; // the suite reports the unreadable descriptor
            }
            String ovf = envelope.getNamespaceURI();
            for (org.w3c.dom.Element file : files(envelope, ovf)) {
                String href = file.getAttributeNS(ovf, "href");
                if (safeName(href) == null) {
                    continue;
                }
                String chunkSize = file.getAttributeNS(ovf, "chunkSize");
                if (chunkSize.isEmpty()) {
                    optional(descriptorUri, href);
                    continue;
                }
                long count = chunkCount(file.getAttributeNS(ovf, "size"), chunkSize);
                for (int i = 0; count < 0 ? i < MAX_CHUNKS : i < count; i++) {
                    if (!optional(descriptorUri, href + "." + String.format(Locale.ROOT, "%09d", i)) && count < 0) {
                        break;
                    }
                }
            }
        }

        private static long chunkCount(String size, String chunkSize) {
            try {
                long total = Long.parseLong(size.trim());
                long chunk = Long.parseLong(chunkSize.trim());
                return chunk <= 0 ? -1 : Math.max(1, (total + chunk - 1) / chunk);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static List<org.w3c.dom.Element> files(org.w3c.dom.Element envelope, String ovf) {
            List<org.w3c.dom.Element> files = new ArrayList<>();
            for (org.w3c.dom.Node n = envelope.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element references && references.getLocalName().equals("References")) {
                    for (org.w3c.dom.Node f = references.getFirstChild(); f != null; f = f.getNextSibling()) {
                        if (f instanceof org.w3c.dom.Element file && file.getLocalName().equals("File")
                                && java.util.Objects.equals(file.getNamespaceURI(), ovf)) {
                            files.add(file);
                        }
                    }
                }
            }
            return files;
        }

        /** GETs a member beside the descriptor; false when the server says it is not there or it fails. */
        private boolean optional(URI descriptorUri, String relativeName) throws IOException {
            URI uri;
            try {
                uri = descriptorUri.resolve(new URI(null, null, relativeName, null));
            } catch (java.net.URISyntaxException e) {
                return false;
            }
            Path target = folder.resolve(relativeName).normalize();
            if (!target.startsWith(folder)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            int status = get(uri, target);
            if (status / 100 == 2) {
                return true;
            }
            if (status != 404 && status != 410) {
                failures.add(uri + ": HTTP status " + status);
            }
            return false;
        }

        /** One GET, the body (decoded when gzip-encoded) written to {@code target} on 2xx; the status. */
        private int get(URI uri, Path target) throws IOException {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                    .header("Accept-Encoding", "gzip").GET().build();
            HttpResponse<java.io.InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while downloading " + uri);
            }
            try (java.io.InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    return response.statusCode();
                }
                boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.trim()
                        .equalsIgnoreCase("gzip")).orElse(false);
                try (java.io.InputStream in = gzip ? new java.util.zip.GZIPInputStream(body) : body) {
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                return response.statusCode();
            }
        }

        /** The name when it is a plain relative path inside the package, else null. */
        private static String safeName(String href) {
            if (href == null || href.isEmpty() || href.indexOf('\\') >= 0 || href.startsWith("/")
                    || href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || href.indexOf('\0') >= 0) {
                return null;
            }
            for (String segment : href.split("/", -1)) {
                if (segment.equals("..") || segment.isEmpty() || segment.equals(".")) {
                    return null;
                }
            }
            return href;
        }
    }
}
