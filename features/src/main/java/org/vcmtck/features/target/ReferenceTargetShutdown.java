package org.vcmtck.features.target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.vcmtck.simulator.launcher.LaunchException;
import org.vcmtck.simulator.launcher.Launcher;
import org.vcmtck.simulator.launcher.RunningReference;

/**
 * WBEM-HTTP-012 needs a server that is shutting down, which no checker can ask of an arbitrary target. For the
 * built-in reference the suite starts a private, throw-away copy (a small datacenter, WBEM only, told to answer
 * 503 for a while before its listener closes), shuts it down and keeps sending one request until the answer is no
 * longer 200. The run's own reference is never touched.
 */
public final class ReferenceTargetShutdown {

    private static final long DRAIN_MILLIS = 3000;

    private ReferenceTargetShutdown() {
    }

    /**
     * The status of the first request the private reference does not serve with 200 once its shutdown began, or
     * -1 when it closed the connection without answering.
     */
    public static int firstRefusalWhileShuttingDown(byte[] body, Map<String, String> headers) throws NoReference {
        RunningReference running;
        try {
            running = Launcher.start(new String[]{"--seed", "1", "--hosts", "1", "--vms", "1",
                "--frontend-setting", "wbem.drainMillis=" + DRAIN_MILLIS});
        } catch (LaunchException e) {
            throw new NoReference("a private reference could not be started: " + e.getMessage());
        }
        String url = running.endpoints().get("wbem");
        if (url == null) {
            running.close();
            throw new NoReference("the private reference serves no WBEM endpoint");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CompletableFuture<Void> stopping = null;
        try {
            if (send(client, url, body, headers) != 200) {
                throw new NoReference("the private reference did not serve the request before its shutdown");
            }
            stopping = CompletableFuture.runAsync(running::close);
            int status = 200;
            // until the stop flips the front end into shutting down, requests are still served
            while (status == 200) {
                status = send(client, url, body, headers);
            }
            return status;
        } finally {
            if (stopping == null) {
                running.close();
            } else {
                stopping.join();
            }
        }
    }

    private static int send(HttpClient client, String url, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The private reference could not be made to shut down: the requirement stays not tested. */
    public static final class NoReference extends Exception {
        public NoReference(String message) {
            super(message);
        }
    }
}
