package org.vcmtck.simulator.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The concurrent clients: one thread per client, each with its own {@link HttpClient} (HTTP/1.1, so one
 * keep-alive connection per client), sending one request at a time and waiting for the answer before the next
 * (a closed loop, so the rate measured is what the server sustains at that concurrency). The clients are kept
 * between runs so the measured run reuses the warm-up's connections.
 */
final class CimiBenchmarkClients {
    /** Far above any latency target; a request slower than this counts as an error rather than stalling the run. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final List<HttpClient> clients = new ArrayList<>();

    CimiBenchmarkClients(int count) {
        for (int i = 0; i < count; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build());
        }
    }

    /** Runs every client on {@code workload} for {@code duration}, and merges what they measured. */
    CimiBenchmarkResult run(CimiBenchmarkWorkload workload, Duration duration) throws InterruptedException {
        int n = clients.size();
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        ClientTally[] tallies = new ClientTally[n];
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (int i = 0; i < n; i++) {
            ClientTally tally = new ClientTally(clients.get(i), workload.targets(), new SplittableRandom(i + 1L),
                    firstError);
            tallies[i] = tally;
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                tally.loop(deadline[0]);
            }, "benchmark-cimi-client-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ready.await();
        long start = System.nanoTime();
        deadline[0] = start + duration.toNanos();
        go.countDown(); // publishes deadline[0] to the clients (happens-before through the latch)
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - start;
        CimiBenchmarkHistogram merged = new CimiBenchmarkHistogram();
        long errors = 0;
        for (ClientTally tally : tallies) {
            merged.add(tally.latencies);
            errors += tally.errors;
        }
        return new CimiBenchmarkResult(merged.count(), errors, merged, elapsed, firstError.get());
    }

    /** One client's loop and what it counted; touched by its own thread only until that thread is joined. */
    private static final class ClientTally {
        private final HttpClient http;
        private final List<HttpRequest> requests;
        private final SplittableRandom random;
        private final AtomicReference<String> firstError;
        private final CimiBenchmarkHistogram latencies = new CimiBenchmarkHistogram();
        private long errors;

        ClientTally(HttpClient http, List<URI> targets, SplittableRandom random, AtomicReference<String> firstError) {
            this.http = http;
            this.requests = targets.stream().map(u -> HttpRequest.newBuilder(u).GET()
                    .header("Accept", "application/json").timeout(REQUEST_TIMEOUT).build()).toList();
            this.random = random;
            this.firstError = firstError;
        }

        void loop(long deadline) {
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                HttpRequest request = requests.get(random.nextInt(requests.size()));
                long start = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    long micros = (System.nanoTime() - start) / 1_000;
                    if (response.statusCode() == 200) {
                        latencies.record(micros);
                    } else {
                        fail("GET " + request.uri() + " answered " + response.statusCode());
                    }
                } catch (IOException e) {
                    fail("GET " + request.uri() + " failed: " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void fail(String message) {
            errors++;
            firstError.compareAndSet(null, message);
        }
    }
}
