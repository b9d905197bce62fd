package org.vcmtck.features.target;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcmtck.assertions.ovf.corpus.CorpusPackage;
import org.vcmtck.assertions.ovf.corpus.OvfCorpus;
import org.vcmtck.profiles.target.Credentials;
import org.vcmtck.profiles.target.ReferenceOptions;
import org.vcmtck.profiles.target.Target;
import org.vcmtck.simulator.launcher.LaunchException;
import org.vcmtck.simulator.launcher.Launcher;
import org.vcmtck.simulator.launcher.RunningReference;
import org.vcmtck.simulator.ovf.sign.SelfSignedCertificates;

/**
 * Starts the built-in reference in this process, through the launcher's command-line contract only: the suite
 * sees it exactly as it would see a reference started with {@code java -jar vcmtck-simulator.jar}. This is the
 * one place of the checker that touches simulator classes.
 */
public final class ReferenceTarget implements AutoCloseable {

    private final RunningReference running;
    private final List<String> arguments;
    private final ReferenceUsers users;

    private ReferenceTarget(RunningReference running, List<String> arguments, ReferenceUsers users) {
        this.running = running;
        this.arguments = List.copyOf(arguments);
        this.users = users;
    }

    /**
     * Starts a reference with the target file's options; a bad option or inventory raises {@link StartFailure}.
     * Its CIMI and WBEM endpoints require HTTP Basic credentials of a user made for the run, so that the suite's
     * authentication checks (CIMI-HTTP-008, CIMI-HTTP-016, WBEM-AUTH-002) run against the reference too; {@link #authenticated}
     * hands those credentials to the suite.
     */
    public static ReferenceTarget start(ReferenceOptions options) throws StartFailure {
        ReferenceUsers users = ReferenceUsers.create();
        List<String> args = launcherArguments(options);
        args.add("--frontend-setting");
        args.add("cimi.users=" + users.file());
        args.add("--frontend-setting");
        args.add("wbem.users=" + users.file());
        try {
            return new ReferenceTarget(Launcher.start(args.toArray(String[]::new)), args, users);
        } catch (LaunchException e) {
            users.close();
            throw new StartFailure(e.exitCode(), e.getMessage());
        } catch (RuntimeException e) {
            users.close();
            throw e;
        }
    }

    /** The target with the credentials of the reference's CIMI and WBEM user, as a target file would give them. */
    public Target authenticated(Target target) {
        Map<String, Credentials> credentials = new LinkedHashMap<>(target.credentials());
        credentials.putIfAbsent("cimi", users.credentials());
        credentials.putIfAbsent("wbem", users.credentials());
        credentials.putIfAbsent("wbemReadOnly", users.readOnlyCredentials());
        return new Target(target.name(), target.description(), target.vendor(), target.reference(),
                target.endpoints(), credentials, target.tls(), target.claims(), target.consumer(),
                target.producer(), target.source());
    }

    /** The launcher command line equivalent to the options, so the report can say how to reproduce the run. */
    public static List<String> launcherArguments(ReferenceOptions options) {
        List<String> args = modelArguments(options);
        args.add("--job-ticks");
        args.add(Integer.toString(options.jobTicks()));
        for (String deviation : options.deviations()) {
            args.add("--deviate");
            args.add(deviation);
        }
        return args;
    }

    /** The options deciding the datacenter, common to the serving, export, deploy and systems commands. */
    static List<String> modelArguments(ReferenceOptions options) {
        List<String> args = new ArrayList<>();
        args.add("--seed");
        args.add(Long.toString(options.seed()));
        if (options.inventory() != null) {
            args.add("--inventory");
            args.add(options.inventory().toString());
        } else {
            args.add("--hosts");
            args.add(Integer.toString(options.hosts()));
            args.add("--vms");
            args.add(Integer.toString(options.vms()));
        }
        return args;
    }

    /**
     * Has the reference export its datacenter as OVF packages, through its {@code export} command, in every form
     * it offers (OVA and directory, OVF 2.0 and 1.1, signed and unsigned), into the folder; returns the packages
     * written. These are the packages the OVF producer checks read. The signing key is a throw-away self-signed
     * one made for the run, as a vendor would sign with its own.
     *
     * <p>Before exporting, the reference deploys the valid packages of the suite's OVF corpus (through its
     * {@code deploy} command, into a state file of its own), so that what it exports holds appliances as a product
     * in use would: product sections, licences, deployment options, string bundles, collections with a start
     * order. The export then shows whether the reference writes back what it was given.
     */
    public static List<Path> exportOvfPackages(ReferenceOptions options, Path folder) throws StartFailure {
        SelfSignedCertificates.Generated signer;
        try {
            signer = SelfSignedCertificates.generate(folder.resolve("signer"), "VCM-TCK reference",
                    Instant.now().minus(Duration.ofDays(1)));
        } catch (IOException e) {
            throw new StartFailure(4, "cannot make a signing key for the reference's OVF export: " + e.getMessage());
        }
        List<String> datacenter = deployCorpus(options, folder.resolve("appliances"))
                .map(state -> List.of("--state", state.toString())).orElseGet(() -> modelArguments(options));
        List<Path> packages = new ArrayList<>();
        for (String format : List.of("ova", "dir")) {
            for (String version : List.of("2.0", "1.1")) {
                boolean signed = format.equals("ova") == version.equals("2.0");
                List<String> args = new ArrayList<>(List.of("export", "--all", "--format", format,
                        "--ovf-version", version, "--out",
                        folder.resolve(format + "-" + version + (signed ? "-signed" : "")).toString()));
                if (signed) {
                    args.addAll(List.of("--sign", signer.keyFile().toString(),
                            "--cert", signer.certificateFile().toString()));
                }
                args.addAll(datacenter);
                packages.addAll(export(args));
            }
        }
        return packages;
    }

    /**
     * Deploys every valid corpus package into a fresh datacenter of the options; returns its state file, or empty
     * when no package could be deployed (the export then shows the datacenter as the options make it).
     */
    private static Optional<Path> deployCorpus(ReferenceOptions options, Path scratch) throws StartFailure {
        List<CorpusPackage> corpus;
        try {
            corpus = OvfCorpus.valid(scratch.resolve("corpus"));
        } catch (IOException e) {
            throw new StartFailure(4, "cannot write the OVF corpus for the reference's export: " + e.getMessage());
        }
        ReferenceLauncherConsumer consumer = new ReferenceLauncherConsumer(options, scratch);
        boolean any = false;
        for (CorpusPackage pkg : corpus) {
            // a refusal (say, a datacenter too small for the package) only leaves that appliance out of the export;
            // the consumer scenarios deploy the same package and report the refusal where it belongs
            any |= consumer.deploy(pkg.path(), pkg.choices(), scratch.resolve("deploy-" + pkg.name())).deployed();
        }
        return any ? Optional.of(consumer.stateFile()) : Optional.empty();
    }

    private static List<Path> export(List<String> args) throws StartFailure {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            exit = Launcher.run(o, e, args.toArray(String[]::new));
        }
        if (exit != 0) {
            throw new StartFailure(exit, "the reference could not export OVF packages (" + String.join(" ", args)
                    + "): " + err.toString().strip());
        }
        return out.toString().lines().filter(line -> line.startsWith("package "))
                .map(line -> Path.of(line.substring("package ".length()).strip())).toList();
    }

    public Map<String, String> endpoints() {
        return running.endpoints();
    }

    public List<String> arguments() {
        return arguments;
    }

    @Override
    public void close() {
        try {
            running.close();
        } finally {
            users.close();
        }
    }

    /** The reference refused to start; {@link #exitCode()} is the launcher's (2 = bad inventory or option). */
    public static final class StartFailure extends Exception {
        private final int exitCode;

        public StartFailure(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
