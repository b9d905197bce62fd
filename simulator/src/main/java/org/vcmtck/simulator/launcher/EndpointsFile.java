package org.vcmtck.simulator.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The {@code --endpoints-file}: a JSON object of endpoint key → URL. Written through a temporary file and an
 * atomic rename, so a script polling for the file never reads half of it.
 */
final class EndpointsFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EndpointsFile() {
    }

    static void write(Path file, Map<String, String> endpoints) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
        try {
            JSON.writeValue(temp.toFile(), endpoints);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
