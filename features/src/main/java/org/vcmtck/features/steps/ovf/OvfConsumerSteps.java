package org.vcmtck.features.steps.ovf;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.testng.SkipException;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.vcmtck.assertions.ovf.OvfPackageReadException;
import org.vcmtck.assertions.ovf.OvfPackageReader;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.vcmtck.assertions.ovf.Violation;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;
import org.vcmtck.assertions.ovf.corpus.CorpusPackage;
import org.vcmtck.assertions.ovf.corpus.HostedPackage;
import org.vcmtck.assertions.ovf.corpus.OvfCorpus;
import org.vcmtck.assertions.ovf.env.DeliveredEnvironment;
import org.vcmtck.assertions.ovf.env.EnvironmentMedium;
import org.vcmtck.assertions.ovf.env.EnvironmentRule;
import org.vcmtck.assertions.ovf.env.ExpectedEnvironment;
import org.vcmtck.assertions.ovf.env.IsoImage;
import org.vcmtck.features.consumer.ConsumerFailure;
import org.vcmtck.features.consumer.DeployOutcome;
import org.vcmtck.features.consumer.OvfConsumer;
import org.vcmtck.features.steps.World;
import org.vcmtck.features.target.OvfProducer;

/**
 * Has the target deploy packages of the suite's OVF corpus and checks what it did: valid packages deployed with
 * every virtual system defined and the OVF environment each received; invalid ones refused with a reason,
 * leaving its systems and the deploy's work folder unchanged.
 */
public class OvfConsumerSteps {

    /** The VMware guest-variable transport (OVF-OENV-007): the document is the variable guestinfo.ovfEnv. */
    private static final String GUEST_INFO = "com.vmware.guestInfo";

    private final World world;
    private List<String> citedRequirements = List.of();
    private OvfConsumer consumer;
    private ConsumerDeployments.Deployment deployment;
    private OvfProducer producer;
    private List<RawOvfPackage> exported = List.of();
    private HostedFileServer fileServer;
    private HostedPackage hosted;

    public OvfConsumerSteps(World world) {
        this.world = world;
    }

    @Before
    public void rememberCitedRequirements(Scenario scenario) {
        citedRequirements = scenario.getSourceTagNames().stream().map(tag -> tag.substring(1))
                .filter(tag -> tag.startsWith("OVF-")).toList();
    }

    @After
    public void stopFileServer() {
        if (fileServer != null) {
            fileServer.close();
            fileServer = null;
        }
    }

    @Given("the OVF consumer of the target")
    public void theOvfConsumerOfTheTarget() {
        consumer = world.session().ovfConsumer().orElseThrow(() -> new SkipException(
                "the target names no OVF consumer (a consumer: section in the target file)"));
    }

    @When("the consumer deploys the corpus package {string}")
    public void theConsumerDeploys(String name) {
        CorpusPackage pkg = corpusPackage(name);
        deploy(pkg, pkg.choices());
    }

    @When("the consumer deploys the corpus package {string} with deployment option {string}")
    public void theConsumerDeploysWithOption(String name, String option) {
        CorpusPackage pkg = corpusPackage(name);
        deploy(pkg, pkg.choices().withDeploymentOption(option));
    }

    @When("the consumer deploys and powers on the corpus package {string}")
    public void theConsumerDeploysAndPowersOn(String name) {
        CorpusPackage pkg = corpusPackage(name);
        try {
            deploy(pkg, pkg.choices().withPowerOn());
        } catch (ConsumerFailure e) {
            // the command consumer wraps "no template for this choice" around an IllegalArgumentException: the
            // target cannot be asked to start systems, which is not a fault of the implementation
            if (e.getCause() instanceof IllegalArgumentException) {
                throw new SkipException(e.getMessage());
            }
            throw e;
        }
    }

    @When("the consumer deploys a package whose files it must fetch by absolute http URLs from a web server, one sent gzip-encoded")
    public void theConsumerDeploysAHostedPackage() {
        fileServer = HostedFileServer.start();
        try {
            hosted = OvfCorpus.hosted(Files.createTempDirectory(world.scratch(), "hosted-"), fileServer.base());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the hosted OVF package", e);
        }
        fileServer.serve(hosted.served(), hosted.gzipEncoded());
        world.evidence("web server", "serving " + hosted.served().keySet() + " below " + fileServer.base()
                + "; gzip-encoded: " + hosted.gzipEncoded());
        CorpusPackage pkg = requireCited(hosted.pkg());
        deploy(pkg, pkg.choices());
    }

    private CorpusPackage corpusPackage(String name) {
        return requireCited(ConsumerCorpus.get(world.session().workDir(), name));
    }

    private CorpusPackage requireCited(CorpusPackage pkg) {
        String name = pkg.name();
        if (pkg.expectation() != CorpusPackage.Expectation.DEPLOY
                && !citedRequirements.containsAll(pkg.requirementIds())) {
            // the feature and the corpus must agree on what a refusal proves, or the report would credit the wrong id
            throw new IllegalStateException("scenario cites " + citedRequirements + " but corpus package " + name
                    + " violates " + pkg.requirementIds());
        }
        return pkg;
    }

    private void deploy(CorpusPackage pkg, DeployChoices choices) {
        world.evidence("corpus package", pkg.name() + ": " + pkg.description() + "\nfile: " + pkg.path()
                + "\nchoices: " + choices);
        deployment = ConsumerDeployments.deploy(consumer, world.session().workDir(), pkg, choices);
        DeployOutcome outcome = deployment.outcome();
        world.evidence("deploy by " + consumer.describe(), outcome.summary() + "\n\n-- standard output --\n"
                + outcome.stdout() + "\n-- standard error --\n" + outcome.stderr());
    }

    @Given("the OVF export command of the target")
    public void theOvfExportCommandOfTheTarget() {
        producer = world.session().ovfProducer().orElseThrow(() -> new SkipException(
                "the target names no OVF export command (a producer: section in the target file)"));
    }

    @When("the target exports what it holds")
    public void theTargetExportsWhatItHolds() {
        List<Path> packages = producer.export(world.scratch());
        List<RawOvfPackage> read = new ArrayList<>();
        for (Path path : packages) {
            try {
                read.add(OvfPackageReader.read(path));
            } catch (OvfPackageReadException e) {
                throw new AssertionError("the target exported a package the suite cannot read: " + path + ": "
                        + e.getMessage());
            }
        }
        exported = read;
        world.evidence("export by " + producer.describe(), String.join("\n", packages.stream().map(Path::toString)
                .toList()));
    }

    @Then("an exported package keeps the optional section {word} of the namespace {word}")
    public void anExportedPackageKeepsTheSection(String localName, String namespace) {
        List<String> found = new ArrayList<>();
        for (RawOvfPackage pkg : exported) {
            for (String required : CorpusDescriptors.elementsRequiredAttribute(pkg, namespace, localName)) {
                found.add(pkg.displayName() + ": " + localName + " with ovf:required=\"" + required + "\"");
            }
        }
        if (found.isEmpty()) {
            throw new AssertionError("the consumer deployed " + deployment.pkg().name() + ", whose optional section "
                    + "{" + namespace + "}" + localName + " it does not understand, but none of the "
                    + exported.size() + " package(s) it exported afterwards keeps that section");
        }
        if (found.stream().noneMatch(f -> f.endsWith("ovf:required=\"false\""))) {
            throw new AssertionError("the section was exported again but no longer marked optional: " + found);
        }
        world.evidence("optional section kept", String.join("\n", found));
    }

    @Then("the package is deployed")
    public void thePackageIsDeployed() {
        DeployOutcome outcome = deployment.outcome();
        if (!outcome.deployed()) {
            throw new AssertionError("the valid corpus package " + deployment.pkg().name() + " ("
                    + deployment.pkg().description() + ") was not deployed: " + outcome.summary());
        }
    }

    @Then("every virtual system of the package is defined")
    public void everyVirtualSystemIsDefined() {
        List<String> systems = virtualSystemIds(raw(deployment.pkg()));
        DeployOutcome outcome = deployment.outcome();
        int reported = outcome.deployedSystems().size();
        if (reported == 0 && deployment.before().isPresent() && deployment.after().isPresent()) {
            reported = deployment.after().get().size() - deployment.before().get().size();
        } else if (reported == 0) {
            throw new SkipException("the consumer neither prints 'deployed' lines nor has a listing command, so the"
                    + " systems it defined cannot be counted");
        }
        if (reported != systems.size()) {
            throw new AssertionError("the package " + deployment.pkg().name() + " has " + systems.size()
                    + " virtual system(s) " + systems + " but the consumer defined " + reported + ": "
                    + outcome.deployedSystems());
        }
        world.evidence("virtual systems defined", String.join("\n", outcome.deployedSystems()));
    }

    @Then("the consumer reports the deployment option {string} if it reports one")
    public void theConsumerReportsTheOption(String option) {
        Optional<String> reported = deployment.outcome().configuration();
        if (reported.isPresent() && !reported.get().equals(option)) {
            throw new AssertionError("asked for deployment option '" + option + "', the consumer reports '"
                    + reported.get() + "' in effect");
        }
    }

    @Then("the hardware the consumer reports for each virtual system is its Items merged for the configuration in effect")
    public void theReportedHardwareIsTheMergedItems() {
        DeployOutcome outcome = requireDeployed();
        Map<String, Map<String, String>> reported = outcome.details().hardware();
        if (reported.isEmpty()) {
            throw new SkipException("the consumer prints no 'hardware <entityId> <resource> <amount>' lines, so the"
                    + " hardware it gave its systems cannot be compared with the descriptor");
        }
        RawOvfPackage raw = raw(deployment.pkg());
        OvfDescriptor descriptor = descriptor(raw);
        List<String> problems = new ArrayList<>();
        List<String> compared = new ArrayList<>();
        for (String entityId : virtualSystemIds(raw)) {
            Optional<String> configuration = ExpectedEnvironment.of(raw, entityId, deployment.choices())
                    .configuration();
            Map<String, Long> expected = DeployDetails.expectedHardware(descriptor, entityId, configuration);
            compared.add(entityId + " (configuration " + configuration.orElse("none") + "): expected " + expected
                    + ", reported " + reported.getOrDefault(entityId, Map.of()));
            problems.addAll(DeployDetails.hardwareProblems(entityId, expected,
                    reported.getOrDefault(entityId, Map.of())));
        }
        world.evidence("hardware compared", String.join("\n", compared));
        failIfAny(problems);
    }

    @Then("the consumer reports the host network each network the package's NICs connect to was mapped to")
    public void theConsumerReportsTheNetworkMapping() {
        DeployOutcome outcome = requireDeployed();
        Map<String, String> reported = outcome.details().networks();
        if (reported.isEmpty()) {
            throw new SkipException("the consumer prints no 'network <ovf-network> <host-network>' lines, so the"
                    + " mapping of the package's networks to its own cannot be seen");
        }
        RawOvfPackage raw = raw(deployment.pkg());
        Optional<String> configuration = virtualSystemIds(raw).stream().findFirst()
                .flatMap(id -> ExpectedEnvironment.of(raw, id, deployment.choices()).configuration());
        var connected = DeployDetails.connectedNetworks(descriptor(raw), configuration);
        world.evidence("network mapping", "connected in the package: " + connected + "\nreported: " + reported);
        failIfAny(DeployDetails.networkProblems(connected, reported));
    }

    @Then("the consumer shows an Annotation whose msgid no string bundle holds with the element's own text")
    public void theConsumerShowsTheOwnText() {
        DeployOutcome outcome = requireDeployed();
        Map<String, String> reported = outcome.details().annotations();
        if (reported.isEmpty()) {
            throw new SkipException("the consumer prints no 'annotation <entityId> <text>' lines, so the text it"
                    + " uses for a system's annotation cannot be seen");
        }
        RawOvfPackage raw = raw(deployment.pkg());
        OvfDescriptor descriptor = descriptor(raw);
        List<String> problems = new ArrayList<>();
        List<String> examined = new ArrayList<>();
        for (String entityId : virtualSystemIds(raw)) {
            Optional<String> own = DeployDetails.ownTextWhenNoBundleHasIt(descriptor, entityId, "Annotation");
            if (own.isEmpty()) {
                continue;
            }
            String shown = reported.get(entityId);
            String msgid = DeployDetails.annotationMsgid(descriptor, entityId).orElse("");
            examined.add(entityId + ": msgid '" + msgid + "', own text '" + own.get() + "', shown '" + shown + "'");
            if (shown == null) {
                problems.add("virtual system '" + entityId + "': no 'annotation " + entityId + " <text>' line");
            } else if (!shown.strip().replaceAll("\\s+", " ").equals(own.get())) {
                problems.add("virtual system '" + entityId + "': no string bundle holds the msgid '" + msgid
                        + "' of its Annotation, so its own text '" + own.get() + "' must be used, but the consumer"
                        + " shows '" + shown + "'");
            }
        }
        if (examined.isEmpty()) {
            throw new SkipException("no Annotation of " + deployment.pkg().name() + " has a msgid missing from"
                    + " every string bundle");
        }
        world.evidence("annotation texts", String.join("\n", examined));
        failIfAny(problems);
    }

    private DeployOutcome requireDeployed() {
        DeployOutcome outcome = deployment.outcome();
        if (!outcome.deployed()) {
            throw new AssertionError("the package was not deployed: " + outcome.summary());
        }
        return outcome;
    }

    private void failIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            String message = String.join("\n", problems);
            world.evidence("violations", message);
            throw new AssertionError(message);
        }
    }

    private static OvfDescriptor descriptor(RawOvfPackage raw) {
        try {
            return OvfDescriptor.parse(raw.descriptorBytes());
        } catch (OvfDescriptor.DescriptorNotReadable e) {
            throw new IllegalStateException("the suite cannot read its own corpus package " + raw.displayName(), e);
        }
    }

    @Then("each virtual system whose hardware lists the iso transport received an environment image")
    public void eachSystemReceivedAnEnvironment() {
        RawOvfPackage raw = raw(deployment.pkg());
        List<String> isoSystems = isoSystems(raw);
        DeployOutcome outcome = deployment.outcome();
        requireReportedEnvironments(outcome);
        List<String> missing = isoSystems.stream().filter(id -> !outcome.environments().containsKey(id)
                && !outcome.guestInfo().containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("virtual system(s) " + missing + " list the iso transport, which the consumer"
                    + " supports (it delivered environments for " + outcome.environments().keySet()
                    + "), but received no environment");
        }
        world.evidence("environments delivered", String.join("\n", outcome.environments().entrySet().stream()
                .map(e -> e.getKey() + " -> " + e.getValue()).toList()));
    }

    @Then("each virtual system whose hardware lists the guestInfo transport received its environment as guestinfo.ovfEnv")
    public void eachGuestInfoSystemReceivedItsEnvironment() {
        RawOvfPackage raw = raw(deployment.pkg());
        List<String> systems = virtualSystemIds(raw).stream().filter(id -> {
            ExpectedEnvironment expected = ExpectedEnvironment.of(raw, id, deployment.choices());
            return expected.lists(GUEST_INFO) && !expected.lists(DeliveredEnvironment.ISO);
        }).toList();
        if (systems.isEmpty()) {
            throw new SkipException("no virtual system of " + deployment.pkg().name() + " lists only the "
                    + GUEST_INFO + " transport");
        }
        DeployOutcome outcome = deployment.outcome();
        requireReportedEnvironments(outcome);
        List<String> failures = new ArrayList<>();
        for (String entityId : systems) {
            Path file = outcome.guestInfo().get(entityId);
            if (file == null) {
                failures.add("virtual system '" + entityId + "' lists only " + GUEST_INFO + ", and the consumer"
                        + " reported no 'guestinfo " + entityId + " <file>' line");
                continue;
            }
            byte[] xml;
            try {
                xml = Files.readAllBytes(file);
            } catch (IOException e) {
                failures.add("virtual system '" + entityId + "': the guest variable file " + file
                        + " cannot be read: " + e.getMessage());
                continue;
            }
            world.evidence("guestinfo.ovfEnv of " + entityId, new String(xml, StandardCharsets.UTF_8));
            DeliveredEnvironment delivered = DeliveredEnvironment.fromDocument(xml, GUEST_INFO, file.toString(),
                    ExpectedEnvironment.of(raw, entityId, deployment.choices()));
            // the variable must hold a proper environment for its system: right root and id, every property
            for (EnvironmentRule rule : List.of(EnvironmentRule.ROOT_AND_ID, EnvironmentRule.PROPERTY_VALUES)) {
                rule.check(delivered).forEach(v -> failures.add(v.toString()));
            }
        }
        if (!failures.isEmpty()) {
            String message = String.join("\n", failures);
            world.evidence("violations", message);
            throw new AssertionError(message);
        }
    }

    @Then("the OVF environment of each virtual system meets {word}")
    public void theEnvironmentMeets(String requirementId) {
        List<EnvironmentRule> rules = EnvironmentRule.forRequirement(requirementId);
        if (rules.isEmpty()) {
            throw new IllegalStateException("no environment rule checks " + requirementId);
        }
        RawOvfPackage raw = raw(deployment.pkg());
        List<String> isoSystems = isoSystems(raw);
        if (isoSystems.isEmpty()) {
            throw new SkipException("no virtual system of " + deployment.pkg().name() + " lists the iso transport");
        }
        DeployOutcome outcome = deployment.outcome();
        requireReportedEnvironments(outcome);
        List<String> failures = new ArrayList<>();
        List<String> examined = new ArrayList<>();
        for (String entityId : isoSystems) {
            Path image = outcome.environments().get(entityId);
            if (image == null) {
                failures.add("virtual system '" + entityId + "': no environment image reported");
                continue;
            }
            ExpectedEnvironment expected = ExpectedEnvironment.of(raw, entityId, deployment.choices());
            DeliveredEnvironment delivered = DeliveredEnvironment.fromIso(image, expected);
            world.evidence("ovf-env.xml of " + entityId, environmentText(image));
            for (EnvironmentRule rule : rules) {
                if (!rule.appliesTo(delivered)) {
                    continue;
                }
                examined.add(delivered.displayName() + ": " + rule.summary());
                for (Violation v : rule.check(delivered)) {
                    failures.add(v.toString());
                }
            }
        }
        if (!failures.isEmpty()) {
            String message = String.join("\n", failures);
            world.evidence("violations", message);
            throw new AssertionError(message);
        }
        if (examined.isEmpty()) {
            throw new SkipException("nothing to check for " + requirementId + " in the environments of "
                    + deployment.pkg().name());
        }
        world.evidence("checked", String.join("\n", examined));
    }

    @Then("the systems of each collection were started in ascending StartupSection order")
    public void theSystemsWereStartedInOrder() {
        DeployOutcome outcome = deployment.outcome();
        if (!outcome.deployed()) {
            throw new AssertionError("the package was not deployed: " + outcome.summary());
        }
        if (outcome.started().isEmpty()) {
            throw new SkipException("the consumer printed no 'started <entityId> [<name>]' lines, so the order it"
                    + " started the systems in cannot be checked");
        }
        RawOvfPackage raw = raw(deployment.pkg());
        OvfDescriptor descriptor;
        try {
            descriptor = OvfDescriptor.parse(raw.descriptorBytes());
        } catch (OvfDescriptor.DescriptorNotReadable e) {
            throw new IllegalStateException("the suite cannot read its own corpus package " + raw.displayName(), e);
        }
        List<StartupOrderCheck.Entry> entries = StartupOrderCheck.entries(descriptor);
        if (entries.isEmpty()) {
            throw new SkipException("the package " + deployment.pkg().name() + " has no StartupSection");
        }
        world.evidence("systems started, in order", String.join("\n", outcome.started()));
        List<String> problems = StartupOrderCheck.violations(entries, outcome.started());
        if (!problems.isEmpty()) {
            String message = String.join("\n", problems);
            world.evidence("violations", message);
            throw new AssertionError(message);
        }
    }

    /**
     * For a package using a leniency the standard allows but does not demand: a consumer that deploys it must
     * define every virtual system (with the hardware its Items give, when it reports hardware); one that does not
     * must say why and leave nothing behind. Which of the two it did goes into the evidence.
     */
    @Then("the package is deployed correctly or refused with a reason, leaving nothing behind")
    public void thePackageIsDeployedOrRefused() {
        CorpusPackage pkg = deployment.pkg();
        if (pkg.expectation() != CorpusPackage.Expectation.DEPLOY_OR_REFUSE) {
            throw new IllegalStateException("corpus package " + pkg.name() + " is expected to " + pkg.expectation()
                    + ", not to be deployed or refused at the consumer's choice");
        }
        DeployOutcome outcome = deployment.outcome();
        if (outcome.deployed()) {
            world.evidence("the consumer accepted the leniency", pkg.requirementIds() + ": " + outcome.summary());
            everyVirtualSystemIsDefinedIfCountable();
            if (!outcome.details().hardware().isEmpty()) {
                theReportedHardwareIsTheMergedItems();
            }
            return;
        }
        world.evidence("the consumer refused the leniency", pkg.requirementIds() + ": " + outcome.stderr().strip());
        thePackageIsRefused();
        theSystemsAreUnchanged();
        nothingIsLeft();
    }

    /** Like {@link #everyVirtualSystemIsDefined()}, but a consumer that gives no way to count is no failure. */
    private void everyVirtualSystemIsDefinedIfCountable() {
        try {
            everyVirtualSystemIsDefined();
        } catch (SkipException e) {
            world.evidence("systems not counted", e.getMessage());
        }
    }

    @Then("a consumer that deployed it fetched each file from the web server")
    public void aConsumerThatDeployedItFetchedEachFile() {
        if (hosted == null || fileServer == null) {
            throw new IllegalStateException("no package of this scenario was hosted on a web server");
        }
        world.evidence("requests to the web server", String.join("\n", fileServer.requests()));
        if (!deployment.outcome().deployed()) {
            return;
        }
        List<String> missed = hosted.served().keySet().stream().sorted().filter(name -> !fileServer.fetched(name))
                .toList();
        if (!missed.isEmpty()) {
            throw new AssertionError("the consumer deployed " + hosted.pkg().name() + " without fetching "
                    + missed + " from " + fileServer.base() + ", so it cannot have checked them against the"
                    + " manifest; requests: " + fileServer.requests());
        }
    }

    @Then("the package is refused with a reason")
    public void thePackageIsRefused() {
        DeployOutcome outcome = deployment.outcome();
        CorpusPackage pkg = deployment.pkg();
        if (outcome.timedOut()) {
            throw new AssertionError("the consumer did not answer within its timeout for " + pkg.name() + " ("
                    + pkg.description() + ")");
        }
        if (outcome.deployed()) {
            throw new AssertionError("the invalid corpus package " + pkg.name() + " was deployed, but "
                    + pkg.description() + " breaks " + pkg.requirementIds() + ": " + outcome.summary());
        }
        if (outcome.stderr().isBlank()) {
            throw new AssertionError("the consumer refused " + pkg.name() + " (exit " + outcome.exitCode()
                    + ") without saying why on standard error");
        }
    }

    @Then("the consumer's systems are as they were before the deploy")
    public void theSystemsAreUnchanged() {
        if (deployment.before().isEmpty() || deployment.after().isEmpty()) {
            world.evidence("systems not compared", "the consumer has no listing command");
            return;
        }
        List<String> before = deployment.before().get();
        List<String> after = deployment.after().get();
        if (!before.equals(after)) {
            List<String> added = after.stream().filter(s -> !before.contains(s)).toList();
            List<String> removed = before.stream().filter(s -> !after.contains(s)).toList();
            throw new AssertionError("refusing " + deployment.pkg().name() + " changed the consumer's systems:"
                    + " added " + added + ", removed " + removed);
        }
        world.evidence("systems before and after", String.join("\n", after));
    }

    @Then("nothing is left in the deploy's work folder")
    public void nothingIsLeft() {
        try (Stream<Path> left = Files.walk(deployment.workDir())) {
            List<String> files = left.filter(p -> !p.equals(deployment.workDir()))
                    .map(p -> deployment.workDir().relativize(p).toString()).sorted().toList();
            if (!files.isEmpty()) {
                throw new AssertionError("refusing " + deployment.pkg().name() + " left files in the deploy's work"
                        + " folder " + deployment.workDir() + ": " + files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Environment checks need the consumer to say where it delivered them; one that never does is not tested. */
    private static void requireReportedEnvironments(DeployOutcome outcome) {
        if (outcome.deployed() && outcome.environments().isEmpty() && outcome.guestInfo().isEmpty()) {
            throw new SkipException("the consumer reports no delivered OVF environment ('environment <entity>"
                    + " <image>' lines), so what its guests receive cannot be checked");
        }
        if (!outcome.deployed()) {
            throw new AssertionError("the package was not deployed: " + outcome.summary());
        }
    }

    private static RawOvfPackage raw(CorpusPackage pkg) {
        try {
            return OvfPackageReader.read(pkg.path());
        } catch (OvfPackageReadException e) {
            throw new IllegalStateException("the suite cannot read its own corpus package " + pkg.name(), e);
        }
    }

    private static List<String> virtualSystemIds(RawOvfPackage raw) {
        return CorpusDescriptors.virtualSystemIds(raw);
    }

    private List<String> isoSystems(RawOvfPackage raw) {
        return virtualSystemIds(raw).stream().filter(id -> ExpectedEnvironment.of(raw, id, deployment.choices())
                .lists(DeliveredEnvironment.ISO)).toList();
    }

    private static String environmentText(Path image) {
        try (IsoImage iso = IsoImage.open(image)) {
            return iso.read(EnvironmentMedium.ENVIRONMENT_FILE).map(b -> new String(b, StandardCharsets.UTF_8))
                    .orElse("(no " + EnvironmentMedium.ENVIRONMENT_FILE + " in " + image + ")");
        } catch (IOException e) {
            return "(unreadable image " + image + ": " + e.getMessage() + ")";
        }
    }
}
