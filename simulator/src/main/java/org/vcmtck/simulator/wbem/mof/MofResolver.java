package org.vcmtck.simulator.wbem.mof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads MOF text by a '/'-separated path; includes are resolved against the including file's folder by the
 * compiler, so one resolver serves a directory, the classpath or a zip alike.
 */
@FunctionalInterface
public interface MofResolver {
    /** The file's text, or throws NoSuchFileException when there is none. */
    String read(String path) throws IOException;

    static MofResolver directory(Path root) {
        return path -> Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    /** Resources under a classpath folder such as "org/vcmtck/simulator/wbem/mof". */
    static MofResolver classpath(ClassLoader loader, String folder) {
        return path -> {
            String name = folder.isEmpty() ? path : folder + "/" + path;
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new NoSuchFileException("classpath:" + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        };
    }

    /** Entries of an open zip file, looked up case-insensitively because schema includes are not case-exact. */
    static MofResolver zip(ZipFile zip) {
        Map<String, ZipEntry> byLowerName = new java.util.HashMap<>();
        zip.stream().forEach(e -> byLowerName.put(e.getName().toLowerCase(java.util.Locale.ROOT), e));
        return path -> {
            ZipEntry e = byLowerName.get(path.toLowerCase(java.util.Locale.ROOT));
            if (e == null) {
                throw new NoSuchFileException("zip:" + path);
            }
            try (InputStream in = zip.getInputStream(e)) {
                // The DMTF schema files are Latin-1/ASCII; ISO-8859-1 never fails on any byte.
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        };
    }

    static MofResolver ofStrings(Map<String, String> files) {
        return path -> {
            String text = files.get(path);
            if (text == null) {
                throw new NoSuchFileException(path);
            }
            return text;
        };
    }

    default String readUnchecked(String path) {
        try {
            return read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
