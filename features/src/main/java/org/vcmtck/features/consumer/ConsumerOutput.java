package org.vcmtck.features.consumer;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a deploy command reported on standard output, read by the consumer adapter protocol:
 * {@code deployed <name> <id>}, {@code environment <entityId> <path>}, {@code guestinfo <entityId> <path>},
 * {@code configuration <id>} and {@code started <entityId> [<name>]}, and the optional detail lines of
 * {@link ReportedDetails} ({@code hardware}, {@code network}, {@code annotation}). Other lines are ignored; a line starting with one of these words but lacking its
 * fields is kept in {@link #malformed()} so it can be shown. Names may hold spaces (the id is the last word), and
 * so may paths (everything after the entity id). A later line for the same entity replaces an earlier one.
 *
 * @param deployedSystems names of the systems defined, in order
 * @param deployedIds     their ids, in the same order
 * @param environments    entity id → ISO image, resolved against the work directory
 * @param guestInfo       entity id → file holding the guestinfo.ovfEnv XML, resolved against the work directory
 * @param configuration   the deployment option in effect, when reported
 * @param started         entity ids of the systems started after the deploy, in the order the starts were requested
 * @param malformed       recognised lines that could not be read
 * @param details         the optional detail lines
 */
public record ConsumerOutput(List<String> deployedSystems, List<String> deployedIds, Map<String, Path> environments,
                             Map<String, Path> guestInfo, Optional<String> configuration, List<String> started,
                             List<String> malformed, ReportedDetails details) {

    public ConsumerOutput {
        deployedSystems = List.copyOf(deployedSystems);
        deployedIds = List.copyOf(deployedIds);
        environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
        guestInfo = Collections.unmodifiableMap(new LinkedHashMap<>(guestInfo));
        configuration = configuration == null ? Optional.empty() : configuration;
        started = started == null ? List.of() : List.copyOf(started);
        details = details == null ? ReportedDetails.NONE : details;
        malformed = List.copyOf(malformed);
    }

    /** Reads the lines of {@code stdout}; relative paths are taken from {@code workDir}. */
    public static ConsumerOutput parse(String stdout, Path workDir) {
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, Path> environments = new LinkedHashMap<>();
        Map<String, Path> guestInfo = new LinkedHashMap<>();
        String configuration = null;
        List<String> started = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        Map<String, Map<String, String>> hardware = new LinkedHashMap<>();
        Map<String, String> networks = new LinkedHashMap<>();
        Map<String, String> annotations = new LinkedHashMap<>();
        for (String raw : stdout.lines().toList()) {
            String line = raw.strip();
            String word = firstWord(line);
            String rest = line.substring(word.length()).strip();
            switch (word) {
                case "deployed" -> {
                    int cut = lastSpace(rest);
                    if (cut < 0) {
                        malformed.add(raw);
                    } else {
                        names.add(rest.substring(0, cut).strip());
                        ids.add(rest.substring(cut + 1));
                    }
                }
                case "environment", "guestinfo" -> {
                    String entity = firstWord(rest);
                    String pathText = rest.substring(entity.length()).strip();
                    Optional<Path> path = pathText.isEmpty() ? Optional.empty() : resolve(workDir, pathText);
                    if (path.isEmpty()) {
                        malformed.add(raw);
                    } else {
                        (word.equals("environment") ? environments : guestInfo).put(entity, path.get());
                    }
                }
                case "configuration" -> {
                    if (rest.isEmpty() || lastSpace(rest) >= 0) {
                        malformed.add(raw);
                    } else {
                        configuration = rest;
                    }
                }
                case "started" -> {
                    // the name after the entity id is for people reading the transcript; the order is what counts
                    if (rest.isEmpty()) {
                        malformed.add(raw);
                    } else {
                        started.add(firstWord(rest));
                    }
                }
                case "hardware" -> {
                    String[] fields = rest.split("\\s+");
                    if (fields.length != 3) {
                        malformed.add(raw);
                    } else {
                        hardware.computeIfAbsent(fields[0], k -> new LinkedHashMap<>()).put(fields[1], fields[2]);
                    }
                }
                case "network", "annotation" -> {
                    String key = firstWord(rest);
                    String value = rest.substring(key.length()).strip();
                    if (key.isEmpty() || value.isEmpty()) {
                        malformed.add(raw);
                    } else {
                        (word.equals("network") ? networks : annotations).put(key, value);
                    }
                }
                default -> {
                    // not part of the protocol: tools print progress and the like
                }
            }
        }
        return new ConsumerOutput(names, ids, environments, guestInfo, Optional.ofNullable(configuration), started,
                malformed, new ReportedDetails(hardware, networks, annotations));
    }

    private static String firstWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static int lastSpace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Path> resolve(Path workDir, String text) {
        try {
            return Optional.of(workDir.toAbsolutePath().resolve(text).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
