package org.vcmtck.simulator.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ResourcePool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mixed create/start/stop/delete traffic from concurrent clients on a CIMI front end whose datacenter runs in
 * this process, then the invariants: created-and-not-deleted Machines listed exactly once, deleted ones gone,
 * legal states, only 2xx and 409 answers, and every pool's reservation back to where it was after clean-up.
 * The datacenter is read directly only for what CIMI does not show (running jobs, pool reservations).
 */
final class CimiLoad {
    static final int JOB_TICKS = 1;
    static final int TICK_MILLIS = 10;
    static final String ACTION = "http://schemas.dmtf.org/cimi/1/action/";
    /** The Machine states of CIMI (DSP0263 Machine state attribute). */
    static final Set<String> MACHINE_STATES = Set.of("CREATING", "STARTING", "STARTED", "STOPPING", "STOPPED",
            "PAUSING", "PAUSED", "SUSPENDING", "SUSPENDED", "CAPTURING", "RESTORING", "DELETING", "ERROR", "FAILED");
    /** A machine created by a client is acted on at most this many at a time, so creation does not run away. */
    private static final int MAX_OWNED = 4;
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI cep;
    private final Datacenter dc;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> outcomes = new ConcurrentHashMap<>();
    /** Created and not (successfully) deleted, by any client. */
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();
    private final Set<String> everCreated = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicLong created = new AtomicLong();
    private URI machines;
    private String template;

    CimiLoad(URI cep, Datacenter dc) {
        this.cep = cep;
        this.dc = dc;
    }

    /** Runs {@code clients} clients for {@code duration}, then checks and cleans up. */
    CimiLoadReport run(int clients, Duration duration) throws IOException, InterruptedException {
        HttpClient setup = client();
        machines = cep.resolve(href(getJson(setup, cep), "machines"));
        URI templates = cep.resolve(href(getJson(setup, cep), "machineTemplates"));
        JsonNode first = getJson(setup, templates).path("machineTemplates").path(0).path("id");
        if (!first.isTextual()) {
            throw new IOException("the MachineTemplate collection " + templates + " lists no template");
        }
        template = templates.resolve(first.asText()).toString();
        Map<String, Long> poolsBefore = reservations();

        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            SplittableRandom random = new SplittableRandom(31L * i + 7);
            Thread t = new Thread(() -> clientLoop(random, deadline), "load-cimi-client-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        int deletedDuringRun = deleted.size();

        settle();
        // a fresh client: the set-up one sat idle through the run, and the server may close a connection idle for
        // as long, which a non-idempotent DELETE on the stale pooled connection would meet as an EOF
        HttpClient after = client();
        checkListing(after);
        int cleaned = cleanUp(after);
        settle();
        Map<String, Long> poolsAfter = reservations();
        if (!poolsAfter.equals(poolsBefore)) {
            violations.add("pool reservations did not return to their start after clean-up: before "
                    + poolsBefore + ", after " + poolsAfter);
        }
        Set<String> left = listing(after).keySet();
        left.retainAll(everCreated);
        if (!left.isEmpty()) {
            violations.add("machines still listed after clean-up: " + left);
        }
        return new CimiLoadReport(clients, elapsed, new TreeMap<>(outcomes), (int) created.get(),
                deletedDuringRun, cleaned, new ArrayList<>(violations));
    }

    // ---------------------------------------------------------------- the clients

    private void clientLoop(SplittableRandom random, long deadline) {
        HttpClient http = client();
        List<String> owned = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            try {
                int pick = random.nextInt(10);
                if (owned.isEmpty() || (owned.size() < MAX_OWNED && pick < 3)) {
                    create(http, owned);
                } else {
                    String id = owned.get(random.nextInt(owned.size()));
                    if (pick < 6) {
                        action(http, id, "start");
                    } else if (pick < 9) {
                        action(http, id, "stop");
                    } else {
                        delete(http, id, owned);
                    }
                }
            } catch (IOException e) {
                violations.add("I/O error: " + e);
                count("I/O error");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void create(HttpClient http, List<String> owned) throws IOException, InterruptedException {
        String body = "{\"resourceURI\":\"http://schemas.dmtf.org/cimi/1/MachineCreate\","
                + "\"name\":\"load\",\"machineTemplate\":{\"href\":\"" + template + "\"}}";
        HttpResponse<String> r = send(http, "POST", machines, body);
        int status = record("create", r);
        if (status == 201 || status == 202) {
            String location = r.headers().firstValue("Location").orElse(null);
            if (location == null) {
                violations.add("create answered " + status + " without a Location");
                return;
            }
            String id = machines.resolve(location).toString();
            created.incrementAndGet();
            if (!everCreated.add(id)) {
                violations.add("create returned an id given out before: " + id);
            }
            live.add(id);
            owned.add(id);
        }
    }

    private void action(HttpClient http, String id, String action) throws IOException, InterruptedException {
        String body = "{\"resourceURI\":\"http://schemas.dmtf.org/cimi/1/Action\",\"action\":\"" + ACTION + action
                + "\"}";
        record(action, send(http, "POST", URI.create(id + "/" + action), body));
    }

    private void delete(HttpClient http, String id, List<String> owned) throws IOException, InterruptedException {
        int status = record("delete", send(http, "DELETE", URI.create(id), null));
        if (status == 200 || status == 202 || status == 204) {
            owned.remove(id);
            live.remove(id);
            deleted.add(id);
        }
    }

    /** Counts the answer; anything but 2xx and 409 is a violation. */
    private int record(String op, HttpResponse<String> r) {
        int status = r.statusCode();
        count(op + " " + status);
        if (status / 100 != 2 && status != 409) {
            violations.add(op + " " + r.request().uri() + " answered " + status + ": " + r.body());
        }
        return status;
    }

    private void count(String key) {
        outcomes.merge(key, 1L, Long::sum);
    }

    // ---------------------------------------------------------------- checks and clean-up

    /** Waits (bounded) until no job runs, so listings and pools show the final outcome of every request. */
    private void settle() throws InterruptedException {
        long limit = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (dc.jobs().stream().anyMatch(j -> !j.state().finished())) {
            if (System.nanoTime() > limit) {
                violations.add("jobs still running " + SETTLE_LIMIT.toSeconds() + " s after the load stopped");
                return;
            }
            Thread.sleep(TICK_MILLIS);
        }
    }

    private void checkListing(HttpClient http) throws IOException, InterruptedException {
        Map<String, List<String>> listed = listing(http);
        listed.forEach((id, states) -> {
            if (states.size() > 1) {
                violations.add("machine " + id + " is listed " + states.size() + " times");
            }
            for (String state : states) {
                if (!MACHINE_STATES.contains(state)) {
                    violations.add("machine " + id + " has state '" + state + "', not a CIMI Machine state");
                }
            }
        });
        for (String id : live) {
            if (!listed.containsKey(id)) {
                violations.add("machine " + id + " was created and not deleted, but is not listed (lost)");
            }
        }
        for (String id : deleted) {
            if (listed.containsKey(id)) {
                violations.add("machine " + id + " was deleted but is still listed");
            }
        }
    }

    /** Every Machine of the collection: id → the states it is listed with (one entry per listing). */
    private Map<String, List<String>> listing(HttpClient http) throws IOException, InterruptedException {
        Map<String, List<String>> listed = new HashMap<>();
        for (JsonNode m : getJson(http, machines).path("machines")) {
            listed.computeIfAbsent(machines.resolve(m.path("id").asText()).toString(), k -> new ArrayList<>())
                    .add(m.path("state").asText());
        }
        return listed;
    }

    /** Stops and deletes every live machine, retrying 409s (a job still running) until a bounded time. */
    private int cleanUp(HttpClient http) throws IOException, InterruptedException {
        int cleaned = 0;
        long limit = System.nanoTime() + SETTLE_LIMIT.toNanos();
        for (String id : new ArrayList<>(live)) {
            while (true) {
                int status = send(http, "DELETE", URI.create(id), null).statusCode();
                if (status / 100 == 2) {
                    cleaned++;
                    live.remove(id);
                    break;
                }
                if (status != 409 || System.nanoTime() > limit) {
                    violations.add("clean-up: DELETE " + id + " answered " + status);
                    break;
                }
                // a running machine must be stopped first; a busy one is left to finish its job
                send(http, "POST", URI.create(id + "/stop"), "{\"resourceURI\":"
                        + "\"http://schemas.dmtf.org/cimi/1/Action\",\"action\":\"" + ACTION + "stop\"}");
                settle();
            }
        }
        return cleaned;
    }

    private Map<String, Long> reservations() {
        Map<String, Long> reserved = new TreeMap<>();
        for (ResourcePool p : dc.pools()) {
            reserved.put(p.id(), p.reserved());
        }
        return reserved;
    }

    // ---------------------------------------------------------------- HTTP

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> send(HttpClient http, String method, URI uri, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .timeout(REQUEST_TIMEOUT);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = send(http, "GET", uri, null);
        if (r.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + r.statusCode());
        }
        return json.readTree(r.body());
    }

    private static String href(JsonNode doc, String collection) throws IOException {
        JsonNode href = doc.path(collection).path("href");
        if (!href.isTextual()) {
            throw new IOException("the Cloud Entry Point has no " + collection + ".href");
        }
        return href.asText();
    }
}
