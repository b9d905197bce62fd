package org.vcmtck.simulator.launcher;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The concurrent clients: one thread per client, each with its own keep-alive HTTP/1.1
 * {@link CimiBenchmarkConnection}, sending one request at a time and waiting for the answer before the next
 * (a closed loop, so the rate measured is what the server sustains at that concurrency). The clients are kept
 * between runs so the measured run reuses the warm-up's connections.
 */
final class CimiBenchmarkClients implements AutoCloseable {
    private final List<CimiBenchmarkConnection> clients = new ArrayList<>();

    CimiBenchmarkClients(int count, URI server) {
        for (int i = 0; i < count; i++) {
            clients.add(new CimiBenchmarkConnection(server));
        }
    }

    @Override
    public void close() {
        clients.forEach(CimiBenchmarkConnection::close);
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
        private final CimiBenchmarkConnection http;
        private final List<URI> targets;
        private final List<byte[]> requests;
        private final SplittableRandom random;
        private final AtomicReference<String> firstError;
        private final CimiBenchmarkHistogram latencies = new CimiBenchmarkHistogram();
        private long errors;

        ClientTally(CimiBenchmarkConnection http, List<URI> targets, SplittableRandom random,
                    AtomicReference<String> firstError) {
            this.http = http;
            this.targets = targets;
            this.requests = targets.stream().map(CimiBenchmarkConnection::request).toList();
            this.random = random;
            this.firstError = firstError;
        }

        void loop(long deadline) {
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                int pick = random.nextInt(requests.size());
                long start = System.nanoTime();
                try {
                    int status = http.exchange(requests.get(pick));
                    long micros = (System.nanoTime() - start) / 1_000;
                    if (status == 200) {
                        latencies.record(micros);
                    } else {
                        fail("GET " + targets.get(pick) + " answered " + status);
                    }
                } catch (IOException | RuntimeException e) {
                    fail("GET " + targets.get(pick) + " failed: " + e);
                }
            }
        }

        private void fail(String message) {
            errors++;
            firstError.compareAndSet(null, message);
        }
    }
}
