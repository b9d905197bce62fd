package org.vcmtck.simulator.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What reading and hashing a file costs without any OVF work: the {@code sha256sum} command when it is on the
 * PATH, else SHA-256 in Java over a plain file stream. The verifier can at best match it, hence the ratio target.
 */
final class Sha256Baseline {
    private static final String COMMAND = "sha256sum";

    private final Path executable;

    private Sha256Baseline(Path executable) {
        this.executable = executable;
    }

    /** Uses {@code sha256sum} from the PATH if there is one. */
    static Sha256Baseline detect() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, COMMAND);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return new Sha256Baseline(candidate);
                }
            }
        }
        return new Sha256Baseline(null);
    }

    /** Java only, whatever the PATH holds. */
    static Sha256Baseline javaOnly() {
        return new Sha256Baseline(null);
    }

    String description() {
        return executable != null ? COMMAND + " (" + executable + ")"
                : "Java SHA-256 over a FileInputStream (no " + COMMAND + " on the PATH)";
    }

    /** The file's SHA-256 in lower-case hex. */
    String digest(Path file) throws IOException {
        return executable != null ? byCommand(file) : byJava(file);
    }

    private String byCommand(Path file) throws IOException {
        Process p = new ProcessBuilder(executable.toString(), "-b", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit;
        try {
            exit = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new IOException(COMMAND + " was interrupted", e);
        }
        int space = output.indexOf(' ');
        if (exit != 0 || space != 64) {
            throw new IOException(COMMAND + " failed (exit " + exit + "): " + output.strip());
        }
        return output.substring(0, 64).toLowerCase(Locale.ROOT);
    }

    private static String byJava(Path file) throws IOException {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                d.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
