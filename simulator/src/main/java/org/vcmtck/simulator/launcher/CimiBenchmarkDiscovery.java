package org.vcmtck.simulator.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the benchmark's URLs the way a CIMI client would: the Machine collection from the Cloud Entry Point's
 * {@code machines.href}, and Machine URLs from the {@code id}s of the collection's pages, so the benchmark
 * follows whatever URI layout the front end chooses.
 */
final class CimiBenchmarkDiscovery {
    /** Enough distinct Machines that random picks do not all hit a few cached entries. */
    static final int MAX_MACHINES = 1_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** The Machine collection's URL, read from the Cloud Entry Point. */
    URI machineCollection(URI cloudEntryPoint) throws IOException, InterruptedException {
        JsonNode href = get(cloudEntryPoint).path("machines").path("href");
        if (!href.isTextual()) {
            throw new IOException("the Cloud Entry Point " + cloudEntryPoint + " has no machines.href");
        }
        return cloudEntryPoint.resolve(href.asText());
    }

    /** Up to {@value #MAX_MACHINES} Machine URLs, read page by page from the collection. */
    List<URI> machines(URI collection, int page) throws IOException, InterruptedException {
        List<URI> found = new ArrayList<>();
        for (int first = 1; found.size() < MAX_MACHINES; first += page) {
            JsonNode members = get(page(collection, first, first + page - 1)).path("machines");
            for (JsonNode m : members) {
                if (m.path("id").isTextual() && found.size() < MAX_MACHINES) {
                    found.add(collection.resolve(m.path("id").asText()));
                }
            }
            if (members.size() < page) {
                break;
            }
        }
        if (found.isEmpty()) {
            throw new IOException("the Machine collection " + collection + " lists no machine with an id");
        }
        return found;
    }

    /** The URL of the collection's members {@code first}..{@code last} (1-based, inclusive, CIMI paging). */
    static URI page(URI collection, int first, int last) {
        String query = "$first=" + first + "&$last=" + last;
        String s = collection.toString();
        return URI.create(s + (collection.getRawQuery() == null ? "?" : "&") + query);
    }

    /** Every page of {@code page} members of a collection of {@code size} members. */
    static List<URI> pages(URI collection, int size, int page) {
        List<URI> pages = new ArrayList<>();
        for (int first = 1; first <= size; first += page) {
            pages.add(page(collection, first, Math.min(size, first + page - 1)));
        }
        return pages;
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }
}
