package org.vcmtck.features.steps.cimi;

import io.cucumber.java.After;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiVocabulary;
import org.vcmtck.features.steps.World;

/**
 * Per-scenario state of the CIMI steps: the format under test, what was discovered from the Cloud Entry Point,
 * the last exchange, and the machines this scenario created (deleted again afterwards). Discovery always starts
 * at the Cloud Entry Point and follows its hrefs (CIMI-CEP-005): no URI is ever built by the suite.
 */
public final class CimiContext {

    /** How long a state change may take before the scenario gives up; generous for slow clouds, bounded for CI. */
    static final Duration STATE_CHANGE_WAIT = Duration.ofSeconds(10);
    /**
     * Overrides {@link #STATE_CHANGE_WAIT} (milliseconds): the suite's own tests drive fakes that change state at
     * once, so waiting the full bound for a state a broken fake never reaches only makes them slow.
     */
    static final String STATE_CHANGE_WAIT_PROPERTY = "vcmtck.cimi.stateChangeWaitMillis";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    /** States a machine passes through on its way to a stable one. */
    static final Set<String> TRANSITIONAL = Set.of("CREATING", "STARTING", "STOPPING", "PAUSING", "SUSPENDING",
            "CAPTURING", "RESTORING", "DELETING");

    private final World world;
    private final CimiHttp http;
    private CimiFormat format = CimiFormat.JSON;
    private CimiExchange entryPointExchange;
    private CimiExchange last;
    private final List<String> createdMachines = new ArrayList<>();
    /** The template {@link #createMachineAsynchronously()} last created from (its initialState decides the end). */
    private String lastAsynchronousTemplate;

    public CimiContext(World world) {
        this.world = world;
        this.http = new CimiHttp(world);
    }

    CimiHttp http() {
        return http;
    }

    CimiFormat format() {
        return format;
    }

    void useMediaType(String mediaType) {
        format = CimiFormat.ofContentType(mediaType)
                .orElseThrow(() -> new IllegalArgumentException("not a CIMI media type: " + mediaType));
    }

    CimiExchange last() {
        if (last == null) {
            throw new IllegalStateException("no request was sent to the CIMI provider in this scenario yet");
        }
        return last;
    }

    CimiExchange remember(CimiExchange exchange) {
        last = exchange;
        return exchange;
    }

    String entryPointUrl() {
        return world.session().endpoint("cimi")
                .orElseThrow(() -> new SkipException("the target has no CIMI endpoint"));
    }

    CimiExchange readEntryPoint() {
        entryPointExchange = remember(http.get(entryPointUrl(), format));
        return entryPointExchange;
    }

    CimiDocument entryPoint() {
        CimiExchange exchange = entryPointExchange == null ? readEntryPoint() : entryPointExchange;
        if (exchange.status() != 200) {
            throw new AssertionError("[CIMI-CEP-001] the Cloud Entry Point " + exchange.url() + " answered "
                    + exchange.status() + ", not 200");
        }
        return exchange.document();
    }

    /** The href of a top-level collection; a collection the provider does not offer skips the scenario. */
    String collectionHref(String name) {
        return entryPoint().href(name)
                .orElseThrow(() -> new SkipException("the Cloud Entry Point offers no " + name + " collection"));
    }

    /** Reads a collection the Cloud Entry Point references; it must answer 200. */
    CimiDocument readCollection(String name) {
        CimiExchange exchange = remember(http.get(collectionHref(name), format));
        expectStatus(exchange, "CIMI-HTTP-002", Set.of(200));
        return exchange.document();
    }

    /** The first MachineTemplate of the provider's machineTemplates collection. */
    String firstMachineTemplate() {
        List<CimiDocument> templates = readCollection("machineTemplates").entries("machineTemplates",
                "MachineTemplate");
        return templates.stream().map(t -> t.text("id")).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new SkipException("the provider offers no MachineTemplate to create a machine from"));
    }

    /** Where new machines are POSTed: the collection's add operation (CIMI-COL-003), else the collection. */
    String machineCreationHref() {
        CimiDocument machines = readCollection("machines");
        return machines.operation("add").map(op -> op.href()).orElse(collectionHref("machines"));
    }

    /** POSTs a MachineCreate from the first template; a machine it announces is deleted after the scenario. */
    CimiExchange createMachine() {
        return createMachineNamed("vcmtck-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** POSTs a MachineCreate with the given name from the first template; the machine is deleted afterwards. */
    CimiExchange createMachineNamed(String name) {
        String template = firstMachineTemplate();
        CimiExchange exchange = remember(http.post(machineCreationHref(), format, format.mediaType(),
                CimiBodies.machineCreate(format, name, template)));
        exchange.header("Location").ifPresent(createdMachines::add);
        return exchange;
    }

    /** The ids of every MachineTemplate the provider offers, in the order it lists them. */
    List<String> machineTemplates() {
        return readCollection("machineTemplates").entries("machineTemplates", "MachineTemplate").stream()
                .map(t -> t.text("id")).flatMap(Optional::stream).toList();
    }

    /**
     * POSTs a MachineCreate body; a machine it announces (Location) is deleted after the scenario. The body is
     * made by {@link CimiBodies} for the format under test.
     */
    CimiExchange postMachineCreate(String body) {
        CimiExchange exchange = remember(http.post(machineCreationHref(), format, format.mediaType(), body));
        exchange.header("Location").ifPresent(createdMachines::add);
        return exchange;
    }

    /**
     * Creates machines from the provider's templates, in order, until one is created asynchronously (202);
     * returns that answer, or skips when every template is created synchronously. Each is deleted afterwards.
     */
    CimiExchange createMachineAsynchronously() {
        List<Integer> statuses = new ArrayList<>();
        for (String template : machineTemplates()) {
            CimiExchange created = postMachineCreate(CimiBodies.machineCreate(format,
                    "vcmtck-" + UUID.randomUUID().toString().substring(0, 8), template));
            expectStatus(created, "CIMI-HTTP-003", Set.of(201, 202));
            if (created.status() == 202) {
                lastAsynchronousTemplate = template;
                return created;
            }
            statuses.add(created.status());
        }
        throw new SkipException("the provider created a machine from each of its templates synchronously ("
                + statuses + "): no asynchronous creation to check");
    }

    String lastAsynchronousTemplate() {
        return lastAsynchronousTemplate;
    }

    /**
     * The value of the Machine capability DefaultInitialState the provider publishes in its ResourceMetadata;
     * empty when it serves no ResourceMetadata, and then the capability cannot be published at all.
     * A provider that serves ResourceMetadata without the capability fails CIMI-MACH-004.
     */
    Optional<String> publishedDefaultInitialState() {
        if (entryPoint().href("resourceMetadata").isEmpty()) {
            return Optional.empty();
        }
        String uri = CimiVocabulary.NAMESPACE + "/capability/Machine/DefaultInitialState";
        for (CimiDocument metadata : readCollection("resourceMetadata").entries("resourceMetadata",
                "ResourceMetadata")) {
            for (CimiDocument capability : org.vcmtck.assertions.cimi.CimiAssertions.assertThatResourceMetadata(
                    metadata).capabilities()) {
                if (uri.equals(capability.text("uri").orElse(""))) {
                    return Optional.of(capability.text("value").orElse(""));
                }
            }
        }
        throw new AssertionError("[CIMI-MACH-004] the provider serves ResourceMetadata but publishes no capability "
                + uri + " saying which state a new machine settles in");
    }

    /** Creates a machine and waits until it has left its transitional states; returns its id. */
    String createSettledMachine() {
        return settle(createMachine());
    }

    /** Creates a machine with the given name and waits until it has left its transitional states. */
    String createSettledMachineNamed(String name) {
        return settle(createMachineNamed(name));
    }

    private String settle(CimiExchange created) {
        expectStatus(created, "CIMI-HTTP-003", Set.of(201, 202));
        String id = created.header("Location").orElseThrow(() -> new AssertionError(
                "[CIMI-HTTP-003] the creation answered " + created.status() + " without a Location header"));
        waitForStableState(id);
        return id;
    }

    CimiDocument readMachine(String id) {
        CimiExchange exchange = remember(http.get(id, format));
        expectStatus(exchange, "CIMI-HTTP-002", Set.of(200));
        return exchange.document();
    }

    /** Polls the machine until its state is not transitional; fails naming the last state seen. */
    CimiDocument waitForStableState(String id) {
        return waitForState(id, null);
    }

    /** Polls until the machine is in {@code wanted} (or, when null, in any non-transitional state). */
    CimiDocument waitForState(String id, String wanted) {
        long deadline = System.nanoTime() + stateChangeWait().toNanos();
        while (true) {
            CimiExchange exchange = http.poll(id, format);
            if (exchange.status() != 200) {
                http.attach(exchange);
            }
            expectStatus(exchange, "CIMI-HTTP-002", Set.of(200));
            CimiDocument machine = exchange.document();
            String state = machine.text("state").orElse("");
            boolean done = wanted == null ? !state.isEmpty() && !TRANSITIONAL.contains(state) : wanted.equals(state);
            if (done) {
                http.attach(exchange);
                return machine;
            }
            if (System.nanoTime() > deadline) {
                http.attach(exchange);
                throw new AssertionError("machine " + id + " did not reach " + (wanted == null ? "a stable state"
                        : wanted) + " within " + stateChangeWait().toMillis() + " ms; last state '" + state + "'");
            }
            pause();
        }
    }

    /** Polls until reading the resource answers 404; returns that final exchange. */
    CimiExchange waitUntilGone(String id, String requirement) {
        long deadline = System.nanoTime() + stateChangeWait().toNanos();
        while (true) {
            CimiExchange exchange = http.poll(id, format);
            if (exchange.status() == 404 || System.nanoTime() > deadline) {
                http.attach(exchange);
                if (exchange.status() != 404) {
                    throw new AssertionError("[" + requirement + "] " + id + " still answers " + exchange.status()
                            + " " + stateChangeWait().toMillis() + " ms after its deletion, not 404");
                }
                return remember(exchange);
            }
            pause();
        }
    }

    /** The bound on waiting for a state change or a job's end. */
    static Duration stateChangeWait() {
        String override = System.getProperty(STATE_CHANGE_WAIT_PROPERTY);
        if (override == null || override.isBlank()) {
            return STATE_CHANGE_WAIT;
        }
        try {
            return Duration.ofMillis(Long.parseLong(override.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(STATE_CHANGE_WAIT_PROPERTY + " must be a number of milliseconds, was '"
                    + override + "'", e);
        }
    }

    static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the CIMI provider", e);
        }
    }

    static void expectStatus(CimiExchange exchange, String requirement, Set<Integer> allowed) {
        if (!allowed.contains(exchange.status())) {
            throw new AssertionError("[" + requirement + "] " + exchange.method() + " " + exchange.url()
                    + " answered " + exchange.status() + ", expected " + allowed.stream().sorted().toList()
                    + (exchange.body().isBlank() ? "" : "; body: " + abbreviate(exchange.body())));
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** Whether the target claims an optional feature of the catalogue (e.g. cimi-query); unclaimed → skipped. */
    void requireClaimedFeature(String feature) {
        if (!world.session().target().claims().claimsFeature(feature)) {
            throw new SkipException("the target does not claim the optional feature " + feature);
        }
    }

    /** A resource the provider created although it should not have: still deleted after the scenario. */
    void adopt(String machineId) {
        createdMachines.add(machineId);
    }

    void forget(String machineId) {
        createdMachines.remove(machineId);
    }

    /**
     * Providers may refuse to delete a running machine (and then do not advertise delete): stop it through its
     * advertised stop operation and try once more.
     */
    private void deleteStoppingFirstIfRefused(String id) {
        if (http.delete(id, format).status() != 409) {
            return;
        }
        CimiExchange current = http.get(id, format);
        if (current.status() != 200) {
            return;
        }
        Optional<String> stop = current.document().operation(CimiVocabulary.STOP)
                .map(op -> op.href());
        if (stop.isPresent()) {
            http.post(stop.get(), format, format.mediaType(),
                    CimiBodies.action(format, CimiVocabulary.STOP));
            waitForState(id, "STOPPED");
            http.delete(id, format);
        }
    }

    /** Leaves the provider as it was: machines this scenario created are deleted, whatever the outcome. */
    @After
    public void deleteCreatedMachines() {
        for (String id : List.copyOf(createdMachines)) {
            try {
                deleteStoppingFirstIfRefused(id);
            } catch (RuntimeException | AssertionError e) {
                world.evidence("clean-up of " + id + " failed", e.toString());
            }
        }
        createdMachines.clear();
    }
}
