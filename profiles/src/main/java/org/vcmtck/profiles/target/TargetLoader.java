package org.vcmtck.profiles.target;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.OptionalFeature;
import org.vcmtck.profiles.Standard;
import org.vcmtck.profiles.yaml.YamlDocument;
import org.vcmtck.profiles.yaml.YamlProblem;
import org.vcmtck.profiles.yaml.YamlReader;

/**
 * Reads a {@code target.yaml} (format documented in {@code org/vcmtck/profiles/target/example-target.yaml}) and
 * checks it against the catalogue. Relative paths in the file are resolved against the file's folder.
 */
public final class TargetLoader {

    /** The documented example, on the classpath. */
    public static final String EXAMPLE_RESOURCE = "org/vcmtck/profiles/target/example-target.yaml";

    private static final Set<String> TOP_KEYS = Set.of(
            "name", "description", "vendor", "reference", "endpoints", "credentials", "tls", "claims", "consumer",
            "producer");
    private static final Set<String> REFERENCE_KEYS = Set.of("seed", "hosts", "vms", "jobTicks", "inventory", "deviate");
    private static final Set<String> ENDPOINT_KEYS =
            Set.of("cimi", "wbem", "interopNamespace", "virtualizationNamespace", "ovf");
    private static final Set<String> CREDENTIAL_KINDS = Set.of("cimi", "wbem", "wbemReadOnly");
    private static final Set<String> CREDENTIAL_KEYS = Set.of("user", "password", "passwordEnv");
    private static final Set<String> TLS_KEYS = Set.of("insecure", "trustStore");
    private static final Set<String> CLAIM_KEYS = Set.of("standards", "versions", "features");
    private static final Set<String> CONSUMER_KEYS =
            Set.of("deploy", "acceptEula", "property", "deploymentOption", "list", "powerOn",
                    "timeoutSeconds");
    private static final Set<String> PRODUCER_KEYS = Set.of("export", "timeoutSeconds");
    /** The standard consumer and producer sections are checked against. */
    static final String OVF_STANDARD = "DSP0243";
    private static final long MAX_TIMEOUT_SECONDS = 86_400;
    /** A URL scheme followed by "//": anything else in an ovf list is a local path (also "C:\..." on Windows). */
    private static final Pattern URL_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private final Path file;
    private final Path folder;
    private final Catalogue catalogue;
    private final Function<String, String> environment;
    private final YamlReader yaml;

    private TargetLoader(Path file, Catalogue catalogue, Function<String, String> environment, YamlReader yaml) {
        this.file = file;
        this.folder = file.toAbsolutePath().getParent();
        this.catalogue = catalogue;
        this.environment = environment;
        this.yaml = yaml;
    }

    /**
     * Loads a target file, taking {@code passwordEnv} values from the process environment.
     *
     * @throws TargetFileException naming the file, line and field of the first problem
     */
    public static Target load(Path file, Catalogue catalogue) throws TargetFileException {
        return load(file, catalogue, System::getenv);
    }

    /**
     * Loads a target file, taking {@code passwordEnv} values from {@code environment} (name to value, null when
     * unset).
     */
    public static Target load(Path file, Catalogue catalogue, Function<String, String> environment)
            throws TargetFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TargetFileException(file, 0, "",
                    "cannot read target file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        try {
            YamlReader yaml = new YamlReader(YamlDocument.parse(text));
            return new TargetLoader(file, catalogue, environment, yaml).read();
        } catch (YamlProblem problem) {
            throw new TargetFileException(file, problem.line(), problem.field(), problem.problem(), problem);
        }
    }

    private Target read() throws YamlProblem {
        yaml.requireMapping("", TOP_KEYS);
        String name = yaml.requiredText("name");
        String description = yaml.optionalText("description").orElse("");
        String vendor = yaml.optionalText("vendor").orElse("");
        boolean hasReference = yaml.document().node("reference").isPresent();
        boolean hasEndpoints = yaml.document().node("endpoints").isPresent();
        boolean hasConsumer = yaml.document().node("consumer").isPresent();
        boolean hasProducer = yaml.document().node("producer").isPresent();
        if (hasReference && hasEndpoints) {
            throw yaml.problem("endpoints",
                    "a target is either the built-in reference or a set of endpoints: remove 'reference' or 'endpoints'");
        }
        if (!hasReference && !hasEndpoints && !hasConsumer && !hasProducer) {
            throw yaml.problem("", "say what to check: add 'reference:' (the built-in reference), "
                    + "'endpoints:' (a real implementation), 'consumer:' (an implementation that deploys OVF packages) "
                    + "or 'producer:' (an implementation that exports OVF packages)");
        }
        Optional<ReferenceOptions> reference = hasReference ? Optional.of(reference()) : Optional.empty();
        Endpoints endpoints = hasEndpoints ? endpoints() : Endpoints.none();
        Map<String, Credentials> credentials = credentials();
        TlsOptions tls = tls();
        Claims claims = claims(hasReference);
        Optional<OvfConsumerCommand> consumer = hasConsumer ? Optional.of(consumer()) : Optional.empty();
        if (consumer.isPresent() && isInCatalogue(OVF_STANDARD) && !claims.claimsStandard(OVF_STANDARD)) {
            throw yaml.problem("consumer", "deploying OVF packages is checked against " + OVF_STANDARD
                    + " (OVF): add " + OVF_STANDARD + " to claims.standards, or remove the consumer section");
        }
        Optional<OvfExportCommand> producer = hasProducer ? Optional.of(producer()) : Optional.empty();
        if (producer.isPresent() && isInCatalogue(OVF_STANDARD) && !claims.claimsStandard(OVF_STANDARD)) {
            throw yaml.problem("producer", "exported OVF packages are checked against " + OVF_STANDARD
                    + " (OVF): add " + OVF_STANDARD + " to claims.standards, or remove the producer section");
        }
        return new Target(name, description, vendor, reference, endpoints, credentials, tls, claims, consumer,
                producer, file);
    }

    private ReferenceOptions reference() throws YamlProblem {
        if (!yaml.has("reference")) {
            return ReferenceOptions.defaults(); // "reference:" alone means all defaults
        }
        yaml.requireMapping("reference", REFERENCE_KEYS);
        long seed = yaml.nonNegative("reference.seed", ReferenceOptions.DEFAULT_SEED, Long.MAX_VALUE);
        int hosts = (int) yaml.nonNegative("reference.hosts", ReferenceOptions.DEFAULT_HOSTS, Integer.MAX_VALUE);
        int vms = (int) yaml.nonNegative("reference.vms", ReferenceOptions.DEFAULT_VMS, Integer.MAX_VALUE);
        int jobTicks = (int) yaml.nonNegative("reference.jobTicks", ReferenceOptions.DEFAULT_JOB_TICKS,
                Integer.MAX_VALUE);
        Path inventory = null;
        Optional<String> inventoryText = yaml.optionalText("reference.inventory");
        if (inventoryText.isPresent()) {
            inventory = localPath("reference.inventory", inventoryText.get());
        }
        List<String> deviations = yaml.textList("reference.deviate");
        return new ReferenceOptions(seed, hosts, vms, jobTicks, inventory, deviations);
    }

    private Endpoints endpoints() throws YamlProblem {
        if (!yaml.has("endpoints")) {
            throw yaml.problem("endpoints", "name at least one of cimi, wbem or ovf");
        }
        yaml.requireMapping("endpoints", ENDPOINT_KEYS);
        Optional<URI> cimi = optionalHttpUrl("endpoints.cimi");
        Optional<URI> wbem = optionalHttpUrl("endpoints.wbem");
        String interop = namespace("endpoints.interopNamespace", Endpoints.DEFAULT_INTEROP_NAMESPACE);
        String virtualization =
                namespace("endpoints.virtualizationNamespace", Endpoints.DEFAULT_VIRTUALIZATION_NAMESPACE);
        List<String> written = yaml.textList("endpoints.ovf");
        List<String> ovf = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            ovf.add(ovfLocation(elementPath("endpoints.ovf", i), written.get(i)));
        }
        if (cimi.isEmpty() && wbem.isEmpty() && ovf.isEmpty()) {
            throw yaml.problem("endpoints", "name at least one of cimi, wbem or ovf");
        }
        return new Endpoints(cimi, wbem, interop, virtualization, ovf);
    }

    private String namespace(String path, String fallback) throws YamlProblem {
        String namespace = yaml.optionalText(path).orElse(fallback).strip();
        if (namespace.isEmpty() || namespace.startsWith("/") || namespace.endsWith("/")) {
            throw yaml.problem(path, "a CIM namespace is a non-empty '/'-separated name such as " + fallback);
        }
        return namespace;
    }

    private Optional<URI> optionalHttpUrl(String path) throws YamlProblem {
        Optional<String> text = yaml.optionalText(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(httpUrl(path, text.get()));
    }

    private URI httpUrl(String path, String text) throws YamlProblem {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw yaml.problem(path, "'" + text + "' is not a URL: " + e.getReason()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw yaml.problem(path, "'" + text + "' must be an http:// or https:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw yaml.problem(path, "'" + text + "' has no host name");
        }
        return uri;
    }

    private String ovfLocation(String path, String text) throws YamlProblem {
        if (URL_LIKE.matcher(text).matches()) {
            return httpUrl(path, text).toString();
        }
        String resolved = localPath(path, text).toString();
        // Keep the folder marker: the suite reads every package under a location that ends in '/'.
        boolean folderMarker = text.endsWith("/") || text.endsWith("\\");
        return folderMarker && !resolved.endsWith("/") ? resolved + "/" : resolved;
    }

    private Path localPath(String path, String text) throws YamlProblem {
        try {
            return folder.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw yaml.problem(path, "'" + text + "' is not a valid file path: " + e.getReason());
        }
    }

    /** The {@code consumer:} section: how the suite deploys a package into the implementation. */
    private OvfConsumerCommand consumer() throws YamlProblem {
        if (!yaml.has("consumer")) {
            throw yaml.problem("consumer", "needs at least 'deploy:', the command that deploys a package, e.g. "
                    + "[acme-cli, import, \"{package}\", --workdir, \"{workdir}\"]");
        }
        yaml.requireMapping("consumer", CONSUMER_KEYS);
        if (!yaml.has("consumer.deploy")) {
            throw yaml.problem("consumer.deploy", "is required in the consumer section: the command that deploys a "
                    + "package, e.g. [acme-cli, import, \"{package}\", --workdir, \"{workdir}\"]");
        }
        CommandTemplate deploy = command("consumer.deploy", OvfConsumerCommand.DEPLOY_PLACEHOLDERS);
        if (!deploy.uses(OvfConsumerCommand.PACKAGE)) {
            throw yaml.problem("consumer.deploy", "must pass the package: put \"{package}\" where the command "
                    + "expects the package path");
        }
        Optional<CommandTemplate> acceptEula =
                options("consumer.acceptEula", OvfConsumerCommand.DEPLOY_PLACEHOLDERS, List.of());
        Optional<CommandTemplate> property = options("consumer.property", OvfConsumerCommand.PROPERTY_PLACEHOLDERS,
                List.of(OvfConsumerCommand.KEY, OvfConsumerCommand.VALUE));
        Optional<CommandTemplate> deploymentOption = options("consumer.deploymentOption",
                OvfConsumerCommand.DEPLOYMENT_OPTION_PLACEHOLDERS, List.of(OvfConsumerCommand.ID));
        Optional<CommandTemplate> list = yaml.has("consumer.list")
                ? Optional.of(command("consumer.list", Set.of())) : Optional.empty();
        // appended as is: starting the systems needs nothing from the deploy's own values
        Optional<CommandTemplate> powerOn = options("consumer.powerOn", Set.of(), List.of());
        long seconds = yaml.nonNegative("consumer.timeoutSeconds", OvfConsumerCommand.DEFAULT_TIMEOUT.toSeconds(),
                MAX_TIMEOUT_SECONDS);
        if (seconds == 0) {
            throw yaml.problem("consumer.timeoutSeconds", "must be at least 1 (seconds one command may run)");
        }
        return new OvfConsumerCommand(deploy, acceptEula, property, deploymentOption, list, powerOn,
                Duration.ofSeconds(seconds));
    }

    /** The {@code producer:} section: how the suite gets packages exported from the implementation. */
    private OvfExportCommand producer() throws YamlProblem {
        String example = "[acme-cli, export, --all, --out, \"{outdir}\"]";
        if (!yaml.has("producer")) {
            throw yaml.problem("producer", "needs 'export:', the command that writes the packages into the folder "
                    + "given as {outdir}, e.g. " + example);
        }
        yaml.requireMapping("producer", PRODUCER_KEYS);
        if (!yaml.has("producer.export")) {
            throw yaml.problem("producer.export", "is required in the producer section: the command that writes the "
                    + "packages into the folder given as {outdir}, e.g. " + example);
        }
        CommandTemplate export = command("producer.export", OvfExportCommand.PLACEHOLDERS);
        if (!export.uses(OvfExportCommand.OUTDIR)) {
            throw yaml.problem("producer.export", "must say where the packages go: put \"{outdir}\" where the "
                    + "command expects its output folder, e.g. " + example);
        }
        long seconds = yaml.nonNegative("producer.timeoutSeconds", OvfExportCommand.DEFAULT_TIMEOUT.toSeconds(),
                MAX_TIMEOUT_SECONDS);
        if (seconds == 0) {
            throw yaml.problem("producer.timeoutSeconds", "must be at least 1 (seconds the export may run)");
        }
        return new OvfExportCommand(export, Duration.ofSeconds(seconds));
    }

    /** A program and its arguments; a relative program path with a folder in it is taken from the file's folder. */
    private CommandTemplate command(String path, Set<String> placeholders) throws YamlProblem {
        List<String> arguments = new ArrayList<>(arguments(path));
        if (arguments.isEmpty()) {
            throw yaml.problem(path, "must list the program to run and its arguments");
        }
        CommandTemplate template = template(path, arguments, placeholders);
        if (template.hasPlaceholder(0)) {
            throw yaml.problem(elementPath(path, 0), "the first element is the program to run and cannot hold a "
                    + "placeholder");
        }
        String program = arguments.get(0);
        if (program.contains("/") || program.contains("\\")) {
            arguments.set(0, localPath(elementPath(path, 0), program).toString());
            template = template(path, arguments, placeholders);
        }
        return template;
    }

    /** Arguments appended to the deploy command for one choice; each of {@code required} must appear in them. */
    private Optional<CommandTemplate> options(String path, Set<String> placeholders, List<String> required)
            throws YamlProblem {
        if (!yaml.has(path)) {
            return Optional.empty();
        }
        List<String> arguments = arguments(path);
        if (arguments.isEmpty()) {
            throw yaml.problem(path, "must list at least one argument (leave the field out if the consumer has no "
                    + "such option)");
        }
        CommandTemplate template = template(path, arguments, placeholders);
        for (String placeholder : required) {
            if (!template.uses(placeholder)) {
                throw yaml.problem(path, "must use {" + placeholder + "}, e.g. "
                        + (required.size() == 2 ? "[--prop, \"{key}={value}\"]" : "[--config, \"{id}\"]"));
            }
        }
        return Optional.of(template);
    }

    /**
     * The arguments of a command field. No shell runs the commands, so a single text with spaces is refused rather
     * than split in a way its author may not expect.
     */
    private List<String> arguments(String path) throws YamlProblem {
        Optional<String> scalar = yaml.document().node(path).filter(node -> node.isTextual()).map(node -> node.asText());
        if (scalar.isPresent() && scalar.get().strip().chars().anyMatch(Character::isWhitespace)) {
            String example = path.startsWith("producer") ? "[acme-cli, export, \"{outdir}\"]"
                    : "[acme-cli, import, \"{package}\"]";
            throw yaml.problem(path, "must be a list with one element per argument, e.g. " + example
                    + ": no shell runs the command, so '" + scalar.get() + "' would not be split at its spaces");
        }
        return yaml.textList(path);
    }

    private CommandTemplate template(String path, List<String> arguments, Set<String> placeholders)
            throws YamlProblem {
        try {
            return CommandTemplate.parse(arguments, placeholders);
        } catch (CommandTemplate.Problem problem) {
            throw yaml.problem(elementPath(path, problem.index()), problem.getMessage());
        }
    }

    private boolean isInCatalogue(String standard) {
        return catalogue.standards().stream().anyMatch(s -> s.id().equals(standard));
    }

    private Map<String, Credentials> credentials() throws YamlProblem {
        Map<String, Credentials> credentials = new LinkedHashMap<>();
        if (!yaml.has("credentials")) {
            return credentials;
        }
        yaml.requireMapping("credentials", CREDENTIAL_KINDS);
        for (String kind : yaml.keys("credentials")) {
            String path = YamlDocument.child("credentials", kind);
            yaml.requireMapping(path, CREDENTIAL_KEYS);
            String user = yaml.requiredText(YamlDocument.child(path, "user"));
            String passwordPath = YamlDocument.child(path, "password");
            String envPath = YamlDocument.child(path, "passwordEnv");
            boolean hasPassword = yaml.has(passwordPath);
            boolean hasEnv = yaml.has(envPath);
            if (hasPassword == hasEnv) {
                throw yaml.problem(path, "give exactly one of 'password' and 'passwordEnv'");
            }
            String password;
            if (hasPassword) {
                password = yaml.optionalText(passwordPath).orElseThrow();
            } else {
                String variable = yaml.requiredText(envPath);
                password = environment.apply(variable);
                if (password == null) {
                    throw yaml.problem(envPath, "environment variable '" + variable + "' is not set");
                }
            }
            credentials.put(kind, new Credentials(user, password));
        }
        return credentials;
    }

    private TlsOptions tls() throws YamlProblem {
        if (!yaml.has("tls")) {
            return TlsOptions.defaults();
        }
        yaml.requireMapping("tls", TLS_KEYS);
        boolean insecure = yaml.bool("tls.insecure", false);
        Optional<String> store = yaml.optionalText("tls.trustStore");
        Optional<Path> trustStore = store.isPresent()
                ? Optional.of(localPath("tls.trustStore", store.get())) : Optional.empty();
        return new TlsOptions(insecure, trustStore);
    }

    private Claims claims(boolean builtInReference) throws YamlProblem {
        if (!yaml.has("claims")) {
            if (builtInReference) {
                return Claims.everything(catalogue);
            }
            throw yaml.problem("claims", "is required for an implementation: list the standards it claims "
                    + "under claims.standards");
        }
        yaml.requireMapping("claims", CLAIM_KEYS);
        if (!yaml.has("claims.standards")) {
            throw yaml.problem("claims.standards", "is required: the standard and profile ids claimed");
        }
        Set<String> standards = new LinkedHashSet<>(
                known("claims.standards", catalogue.standards().stream().map(Standard::id).toList(), "standard"));
        Set<String> features = new LinkedHashSet<>(
                known("claims.features", catalogue.features().stream().map(OptionalFeature::id).toList(), "feature"));
        Map<String, String> versions = new LinkedHashMap<>();
        for (String standard : yaml.keys("claims.versions")) {
            String path = YamlDocument.child("claims.versions", standard);
            if (!standards.contains(standard)) {
                throw yaml.problem(path, "a version is given for '" + standard
                        + "', which is not listed in claims.standards");
            }
            versions.put(standard, yaml.requiredText(path));
        }
        return new Claims(standards, versions, features);
    }

    /** The path of the i-th value of a list field, which may also be written as a single scalar. */
    private String elementPath(String listPath, int index) {
        boolean isList = yaml.document().node(listPath).map(node -> node.isArray()).orElse(false);
        return isList ? YamlDocument.element(listPath, index) : listPath;
    }

    private List<String> known(String path, List<String> catalogueIds, String kind) throws YamlProblem {
        List<String> values = yaml.textList(path);
        for (int i = 0; i < values.size(); i++) {
            if (!catalogueIds.contains(values.get(i))) {
                throw yaml.problem(elementPath(path, i),
                        "unknown " + kind + " '" + values.get(i) + "' (the catalogue has: "
                                + String.join(", ", catalogueIds) + ")");
            }
        }
        return values;
    }
}
