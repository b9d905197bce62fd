package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.inventory.StateFile;
import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.deploy.DeployRequest;
import org.vcmtck.simulator.ovf.deploy.DeployResult;
import org.vcmtck.simulator.ovf.deploy.DeployedSystem;
import org.vcmtck.simulator.ovf.deploy.OvfDeployException;
import org.vcmtck.simulator.ovf.deploy.OvfDeployer;
import org.vcmtck.simulator.ovf.deploy.PackageFileStore;
import org.vcmtck.simulator.ovf.deploy.StartOrder;
import org.vcmtck.simulator.ovf.env.EnvironmentDelivery;
import org.vcmtck.simulator.ovf.env.EnvironmentSources;
import org.vcmtck.simulator.ovf.env.Platform;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;
import org.vcmtck.simulator.ovf.sign.KeyMaterialException;
import org.vcmtck.simulator.ovf.sign.SignatureCheck;
import org.vcmtck.simulator.ovf.sign.TrustAnchors;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a parsed {@link DeployCommand}: builds the datacenter, reads the package, deploys, writes the OVF
 * environments into --deploy-dir, saves the state file, prints {@code deployed <name> <id>} per system,
 * {@code hardware}/{@code annotation}/{@code network} detail lines, {@code configuration <id>} and one
 * {@code environment}/{@code guestinfo} line per environment delivered; with
 * --power-on it then starts the systems in StartupSection order and prints {@code started <ovf:id> <name>} each.
 * Warnings go to standard error.
 */
final class DeployRun {
    /** Every date on an environment medium: a constant, so the same deploy gives the same image bytes. */
    static final Instant ENVIRONMENT_TIME = Instant.parse("2020-01-01T00:00:00Z");

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
        Path path = command.fromStandardInput() || command.fromUrl() ? null : Paths.get(command.packagePath);
        if (path != null && !Files.exists(path)) {
            err.println(prefix + "no such package: " + path);
            return LaunchException.BAD_INPUT;
        }
        if (command.deployDir != null && Files.exists(command.deployDir) && !Files.isDirectory(command.deployDir)) {
            err.println(prefix + "--deploy-dir " + command.deployDir + " exists and is not a directory");
            return LaunchException.BAD_INPUT;
        }
        SignatureCheck signatures;
        try {
            signatures = command.trustAnchors.isEmpty() ? SignatureCheck.untrusting()
                    : SignatureCheck.requiring(TrustAnchors.load(command.trustAnchors));
        } catch (KeyMaterialException e) {
            err.println(prefix + "--trust-anchor: " + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        Datacenter dc;
        try {
            dc = new Startup(command.modelOptions(), out, err).datacenterOnly();
        } catch (LaunchException e) {
            err.println(prefix + e.getMessage());
            return e.exitCode();
        }
        Path spooled = null;
        try {
            if (path == null && !command.fromUrl() && (command.deployDir != null || command.model.state != null)) {
                // the environment and the kept files need the package's bytes a second time; standard input can
                // be read only once
                spooled = Files.createTempFile("vcmtck-deploy-", ".ova");
                Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
            }
            // as a consumer the reference takes the MAY of OVF-REF-006: a folder package's Files may live on a web
            // server, named by absolute http(s) hrefs
            return deploy(command, new OvfPackageReader(signatures).fetchingRemoteHrefs(), path, spooled, in,
                    properties, dc, out, err, prefix);
        } catch (IOException e) {
            err.println(prefix + "cannot keep the package read from standard input: " + e.getMessage());
            return LaunchException.FAILURE;
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    err.println(prefix + "cannot remove the temporary file " + spooled + ": " + e.getMessage());
                }
            }
        }
    }

    private static int deploy(DeployCommand command, OvfPackageReader reader, Path path, Path spooled, InputStream in,
                              Map<String, String> properties, Datacenter dc, PrintWriter out, PrintWriter err,
                              String prefix) throws IOException {
        OvfPackage pkg;
        try {
            if (command.fromUrl()) {
                pkg = reader.read(URI.create(command.packagePath));
            } else if (path != null) {
                pkg = reader.read(path);
            } else if (spooled != null) {
                try (InputStream spool = Files.newInputStream(spooled)) {
                    pkg = reader.readOva(spool, "stdin");
                }
            } else {
                pkg = reader.readOva(in, "stdin");
            }
        } catch (OvfPackageException e) {
            err.println(prefix + "refused: " + e.finding());
            return LaunchException.FAILURE;
        }
        DeployRequest request = new DeployRequest(command.host, command.deploymentOption, properties,
                command.acceptEula);
        DeployResult result;
        try {
            // the package's files are kept beside the state file, where a later export run finds them
            PackageFileStore store = command.model.state == null ? null
                    : PackageFileStore.besideStateFile(command.model.state);
            result = new OvfDeployer(dc, store).deploy(pkg, request, spooled != null ? spooled : path);
        } catch (OvfDeployException e) {
            err.println(prefix + "refused: " + e.finding());
            return LaunchException.FAILURE;
        } catch (IllegalArgumentException e) {
            err.println(prefix + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        EnvironmentDelivery environment = null;
        List<Path> written = List.of();
        if (command.deployDir != null) {
            EnvironmentSources sources = sources(pkg, spooled != null ? spooled : path, err, prefix);
            environment = EnvironmentDelivery.plan(new EnvironmentDelivery.Inputs(pkg.descriptor(), result,
                    sources.contents(), properties, Platform.reference(), ENVIRONMENT_TIME), command.deployDir);
            try {
                written = environment.write();
            } catch (IOException e) {
                err.println(prefix + "cannot write the OVF environment into " + command.deployDir + ": "
                        + e.getMessage());
                return LaunchException.FAILURE;
            }
        }
        // started before the state is saved, so a saved datacenter holds the systems as they were left
        List<DeployedSystem> started = command.powerOn ? start(dc, result, err, prefix) : List.of();
        if (command.model.state != null) {
            try {
                new StateFile(command.model.state, err::println).save(dc.snapshot());
            } catch (IOException e) {
                err.println(prefix + "cannot save the state file " + command.model.state + ": " + e.getMessage());
                // the deploy is not kept, so neither is its environment
                removeAll(written, err, prefix);
                return LaunchException.FAILURE;
            }
        }
        for (OvfFinding w : result.warnings()) {
            err.println(prefix + w);
        }
        for (DeployedSystem s : result.systems()) {
            out.println("deployed " + s.name() + " " + s.systemId());
        }
        printDetails(dc, result, out);
        if (result.configuration() != null) {
            out.println("configuration " + result.configuration());
        }
        if (environment != null) {
            for (OvfFinding w : environment.warnings()) {
                err.println(prefix + w);
            }
            for (EnvironmentDelivery.Delivery d : environment.deliveries()) {
                String kind = d.transport().equals(EnvironmentDelivery.ISO) ? "environment" : "guestinfo";
                out.println(kind + " " + d.entityId() + " " + d.path());
            }
        }
        for (DeployedSystem s : started) {
            out.println("started " + s.entityId() + " " + s.name());
        }
        return 0;
    }

    /**
     * The optional detail lines of the consumer protocol: per system the vCPUs and memory it was given (after the
     * deployment option merged its Items), its annotation, and the virtual switch each logical network its NICs
     * connect to was mapped to (the switch carries the network's name; its id is the host's name for it).
     */
    private static void printDetails(Datacenter dc, DeployResult result, PrintWriter out) {
        Map<String, String> networks = new LinkedHashMap<>();
        for (DeployedSystem s : result.systems()) {
            VirtualSystem vs = dc.system(s.systemId());
            out.println("hardware " + s.entityId() + " processors " + vs.total(DeviceKind.PROCESSOR));
            out.println("hardware " + s.entityId() + " memory-mb " + vs.total(DeviceKind.MEMORY) / (1024 * 1024));
            String annotation = vs.settings().description().strip().replaceAll("\\s+", " ");
            if (!annotation.isEmpty()) {
                out.println("annotation " + s.entityId() + " " + annotation);
            }
            for (Allocation nic : vs.allocationsOf(DeviceKind.NIC)) {
                if (nic.connected()) {
                    dc.switches().stream().filter(sw -> sw.id().equals(nic.switchId())).findFirst()
                            .ifPresent(sw -> networks.putIfAbsent(sw.name(), sw.id()));
                }
            }
        }
        networks.forEach((name, switchId) -> out.println("network " + name + " " + switchId));
    }

    /**
     * Requests the start of each system in {@link StartOrder}; returns those the model accepted. A refusal is a
     * warning only: the systems are defined whatever happens to their start.
     */
    private static List<DeployedSystem> start(Datacenter dc, DeployResult result, PrintWriter err, String prefix) {
        List<DeployedSystem> started = new ArrayList<>();
        for (DeployedSystem s : StartOrder.of(result)) {
            try {
                dc.requestStateChange(s.systemId(), StateChange.START);
                started.add(s);
            } catch (ModelException e) {
                err.println(prefix + "warning: OVF-SEC-006: system " + s.name() + " (" + s.entityId()
                        + ") was not started: " + e.getMessage());
            }
        }
        return started;
    }

    /**
     * The package members the environment files name, read a second time; when that fails the environment is
     * still written, without those files, and the reason is a warning.
     */
    private static EnvironmentSources sources(OvfPackage pkg, Path ova, PrintWriter err, String prefix) {
        try {
            return EnvironmentSources.read(pkg, ova);
        } catch (IOException e) {
            err.println(prefix + "warning: the package members cannot be read again (" + e.getMessage() + "); the"
                    + " OVF environment leaves out the EnvironmentFilesSection files");
            return EnvironmentSources.none();
        }
    }

    private static void removeAll(List<Path> written, PrintWriter err, String prefix) {
        for (int i = written.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(written.get(i));
            } catch (IOException e) {
                err.println(prefix + "cannot remove " + written.get(i) + ": " + e.getMessage());
            }
        }
    }
}
