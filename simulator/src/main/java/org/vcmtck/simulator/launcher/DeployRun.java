package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.inventory.StateFile;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.deploy.DeployRequest;
import org.vcmtck.simulator.ovf.deploy.DeployResult;
import org.vcmtck.simulator.ovf.deploy.DeployedSystem;
import org.vcmtck.simulator.ovf.deploy.OvfDeployException;
import org.vcmtck.simulator.ovf.deploy.OvfDeployer;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Runs a parsed {@link DeployCommand}: builds the datacenter, reads the package, deploys, saves the state file,
 * prints {@code deployed <name> <id>} per system. Warnings go to standard error.
 */
final class DeployRun {
    private DeployRun() {
    }

    /** Returns the exit code; {@code in} is read when the package is '-'; messages go to {@code err}. */
    static int run(DeployCommand command, InputStream in, PrintWriter out, PrintWriter err, String name) {
        String prefix = name + " deploy: ";
        Map<String, String> properties;
        try {
            properties = command.propertyValues();
        } catch (IllegalArgumentException e) {
            err.println(prefix + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        Path path = command.fromStandardInput() ? null : Paths.get(command.packagePath);
        if (path != null && !Files.exists(path)) {
            err.println(prefix + "no such package: " + path);
            return LaunchException.BAD_INPUT;
        }
        Datacenter dc;
        try {
            dc = new Startup(command.modelOptions(), out, err).datacenterOnly();
        } catch (LaunchException e) {
            err.println(prefix + e.getMessage());
            return e.exitCode();
        }
        OvfPackage pkg;
        try {
            OvfPackageReader reader = new OvfPackageReader();
            pkg = path == null ? reader.readOva(in, "stdin") : reader.read(path);
        } catch (OvfPackageException e) {
            err.println(prefix + "refused: " + e.finding());
            return LaunchException.FAILURE;
        }
        DeployRequest request = new DeployRequest(command.host, command.deploymentOption, properties,
                command.acceptEula);
        DeployResult result;
        try {
            result = new OvfDeployer(dc).deploy(pkg, request);
        } catch (OvfDeployException e) {
            err.println(prefix + "refused: " + e.finding());
            return LaunchException.FAILURE;
        } catch (IllegalArgumentException e) {
            err.println(prefix + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        if (command.model.state != null) {
            try {
                new StateFile(command.model.state, err::println).save(dc.snapshot());
            } catch (IOException e) {
                err.println(prefix + "cannot save the state file " + command.model.state + ": " + e.getMessage());
                return LaunchException.FAILURE;
            }
        }
        for (OvfFinding w : result.warnings()) {
            err.println(prefix + w);
        }
        for (DeployedSystem s : result.systems()) {
            out.println("deployed " + s.name() + " " + s.systemId());
        }
        return 0;
    }
}
