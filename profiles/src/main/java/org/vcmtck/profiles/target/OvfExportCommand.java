package org.vcmtck.profiles.target;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the suite gets OVF packages out of an implementation: the {@code producer:} section of a target file. The
 * export command is run once, without a shell, before the scenarios; it writes packages into {@code {outdir}}, an
 * empty folder the suite makes, and every package found there is checked by the OVF producer scenarios.
 *
 * @param export  the export command; uses {@code {outdir}}
 * @param timeout how long the export may run before it is stopped
 */
public record OvfExportCommand(CommandTemplate export, Duration timeout) {

    public static final String OUTDIR = "outdir";
    /** Exporting every system of a product can take a while; the consumer's 300 s is too short for that. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(600);

    static final Set<String> PLACEHOLDERS = Set.of(OUTDIR);

    public OvfExportCommand {
        Objects.requireNonNull(export, "export");
        if (!export.uses(OUTDIR)) {
            throw new IllegalArgumentException("the export command '" + export + "' must use {" + OUTDIR
                    + "}: without it the suite cannot tell where the packages go");
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** The full export command line writing into {@code outDir} (made absolute). */
    public List<String> exportCommand(Path outDir) {
        return export.expand(Map.of(OUTDIR, outDir.toAbsolutePath().toString()));
    }
}
