package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.ovf.export.ExportException;
import org.vcmtck.simulator.ovf.export.ExportRequest;
import org.vcmtck.simulator.ovf.export.OvfExporter;
import org.vcmtck.simulator.ovf.export.PackageFormat;
import org.vcmtck.simulator.ovf.OvfVersion;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs a parsed {@link ExportCommand}: builds the datacenter, exports, prints {@code package <path>}. */
final class ExportRun {
    private ExportRun() {
    }

    /** Returns the exit code; messages go to {@code err} prefixed with {@code name}. */
    static int run(ExportCommand command, PrintWriter out, PrintWriter err, String name) {
        PackageFormat format;
        OvfVersion version;
        try {
            format = command.packageFormat();
            version = command.version();
        } catch (IllegalArgumentException e) {
            err.println(name + " export: " + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        Datacenter dc;
        try {
            dc = new Startup(command.modelOptions(), out, err).datacenterOnly();
        } catch (LaunchException e) {
            err.println(name + " export: " + e.getMessage());
            return e.exitCode();
        }
        ExportRequest request = command.selection.all ? ExportRequest.all(version, format, command.out)
                : ExportRequest.one(command.selection.system, version, format, command.out);
        try {
            Path written = new OvfExporter(dc).export(request);
            out.println("package " + written);
            return 0;
        } catch (ExportException e) {
            err.println(name + " export: " + e.getMessage());
            return e.kind() == ExportException.Kind.IO ? LaunchException.FAILURE : LaunchException.BAD_INPUT;
        }
    }
}
