package org.vcmtck.simulator.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.server.OperationDispatcher;
import org.vcmtck.simulator.wbem.server.ReferenceRepository;
import org.vcmtck.simulator.wbem.server.RepositoryData;
import org.vcmtck.simulator.wbem.server.WbemFrontEnd;
import org.vcmtck.simulator.wbem.server.WbemNamespaces;

/**
 * Runs a parsed {@link WbemBenchmarkCommand}: fills the reference repository, starts the WBEM front end and drives
 * it with raw CIM-XML over java.net.http (the benchmark measures the server, not a client library).
 */
final class WbemBenchmarkRun {
    static final long TARGET_MILLIS = 1_000;
    static final long TARGET_HEAP_MEGABYTES = 200;
    static final String CLASS = "CIM_ComputerSystem";
    private static final Pattern CONTEXT = Pattern.compile(
            "NAME=\"EnumerationContext\"[^>]*>\\s*<VALUE>([^<]*)</VALUE>");
    private static final Pattern END = Pattern.compile("NAME=\"EndOfSequence\"[^>]*>\\s*<VALUE>([^<]*)</VALUE>");

    private final String namespace = WbemNamespaces.DEFAULT.virtualization();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private URI url;

    static int run(WbemBenchmarkCommand command, PrintWriter out, PrintWriter err, String name) {
        WbemBenchmarkCommand.Settings settings;
        try {
            settings = command.settings();
        } catch (IllegalArgumentException e) {
            err.println(name + " benchmark-wbem: " + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        try {
            new WbemBenchmarkRun().measure(settings, out);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(name + " benchmark-wbem: " + e.getMessage());
            return LaunchException.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(name + " benchmark-wbem: interrupted");
            return LaunchException.FAILURE;
        }
    }

    private void measure(WbemBenchmarkCommand.Settings s, PrintWriter out) throws IOException, InterruptedException {
        CimRepository repo = new ReferenceRepository(WbemNamespaces.DEFAULT).repository();
        for (int i = 0; i < s.instances(); i++) {
            repo.addStaticInstance(namespace, new CimInstance(CLASS, List.of(
                    CimProperty.of("CreationClassName", CimValue.of(CLASS)),
                    CimProperty.of("Name", CimValue.of(systemName(i))),
                    CimProperty.of("ElementName", CimValue.of("benchmark system " + i)),
                    CimProperty.of("EnabledState", CimValue.uint16(2)))));
        }
        WbemFrontEnd frontEnd = new WbemFrontEnd((dc, ns, host) -> new OperationDispatcher(new RepositoryData(repo),
                host));
        Map<String, String> endpoints = frontEnd.start(null, new FrontEndOptions(null, 0, Map.of()));
        try {
            url = URI.create(endpoints.get(WbemFrontEnd.KIND));
            out.printf("benchmark-wbem: %d instances of %s in %s at %s%n", s.instances(), CLASS, namespace, url);
            // one untimed round of each workload first, so neither figure includes compiling its code path
            call("EnumerateInstances", param("ClassName", "<CLASSNAME NAME=\"" + CLASS + "\"/>"));
            pullAll(s.page());
            enumerate(s, out);
            pull(s, out);
            getInstances(s, out);
        } finally {
            frontEnd.stop();
        }
    }

    private static String systemName(int i) {
        return "bench-" + i;
    }

    private void enumerate(WbemBenchmarkCommand.Settings s, PrintWriter out) throws IOException,
            InterruptedException {
        long idle = HeapSampler.settledHeap();
        long started = System.nanoTime();
        int count;
        long peak;
        try (HeapSampler heap = HeapSampler.start()) {
            String body = call("EnumerateInstances", param("ClassName", "<CLASSNAME NAME=\"" + CLASS + "\"/>"));
            count = occurrences(body, "<VALUE.NAMEDINSTANCE>");
            heap.close();
            peak = heap.peakBytes();
        }
        report(out, "enumerate-instances", count + " instances in one response", started, peak - idle, count,
                s.instances());
    }

    private void pull(WbemBenchmarkCommand.Settings s, PrintWriter out) throws IOException, InterruptedException {
        long idle = HeapSampler.settledHeap();
        long started = System.nanoTime();
        int[] counted;
        long peak;
        try (HeapSampler heap = HeapSampler.start()) {
            counted = pullAll(s.page());
            heap.close();
            peak = heap.peakBytes();
        }
        report(out, "pull-enumeration", counted[0] + " instances in " + counted[1] + " requests of up to "
                + s.page(), started, peak - idle, counted[0], s.instances());
    }

    /** One whole pull enumeration; returns the instances received and the number of requests it took. */
    private int[] pullAll(int page) throws IOException, InterruptedException {
        String body = call("OpenEnumerateInstances", param("ClassName", "<CLASSNAME NAME=\"" + CLASS + "\"/>")
                + param("MaxObjectCount", "<VALUE>" + page + "</VALUE>"));
        int count = occurrences(body, "<VALUE.INSTANCEWITHPATH>");
        int requests = 1;
        while (!"TRUE".equalsIgnoreCase(group(END, body))) {
            String context = group(CONTEXT, body);
            body = call("PullInstancesWithPath", param("EnumerationContext", "<VALUE>" + context + "</VALUE>")
                    + param("MaxObjectCount", "<VALUE>" + page + "</VALUE>"));
            count += occurrences(body, "<VALUE.INSTANCEWITHPATH>");
            requests++;
        }
        return new int[]{count, requests};
    }

    private static void report(PrintWriter out, String label, String what, long started, long heapBytes, int got,
                               int expected) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        long mb = Math.max(0, heapBytes) / (1024 * 1024);
        boolean pass = millis <= TARGET_MILLIS && mb <= TARGET_HEAP_MEGABYTES && got == expected;
        out.printf("%s: %s, %d ms, peak heap %d MB (target <= %d ms, <= %d MB): %s%n", label, what, millis, mb,
                TARGET_MILLIS, TARGET_HEAP_MEGABYTES, got != expected ? "INCOMPLETE (expected " + expected + ")"
                        : pass ? "PASS" : "BELOW");
    }

    private void getInstances(WbemBenchmarkCommand.Settings s, PrintWriter out) throws InterruptedException {
        long deadline = System.nanoTime() + s.seconds() * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<CimiBenchmarkHistogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < s.clients(); c++) {
            CimiBenchmarkHistogram h = new CimiBenchmarkHistogram();
            histograms.add(h);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    String name = systemName(ThreadLocalRandom.current().nextInt(s.instances()));
                    long t0 = System.nanoTime();
                    try {
                        String body = call("GetInstance", param("InstanceName", "<INSTANCENAME CLASSNAME=\"" + CLASS
                                + "\"><KEYBINDING NAME=\"CreationClassName\"><KEYVALUE>" + CLASS
                                + "</KEYVALUE></KEYBINDING><KEYBINDING NAME=\"Name\"><KEYVALUE>" + name
                                + "</KEYVALUE></KEYBINDING></INSTANCENAME>"));
                        if (!body.contains("<INSTANCE ")) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    h.record((System.nanoTime() - t0) / 1_000);
                }
            }, "wbem-bench-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        CimiBenchmarkHistogram all = new CimiBenchmarkHistogram();
        histograms.forEach(all::add);
        out.printf("get-instance: %d requests, %d errors, %.0f requests/s, p50 %.2f ms, p99 %.2f ms with %d"
                        + " clients over %d s%n", all.count(), errors.get(), all.count() / elapsed,
                all.percentileMicros(50) / 1000.0, all.percentileMicros(99) / 1000.0, s.clients(), s.seconds());
    }

    private String call(String op, String params) throws IOException, InterruptedException {
        String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
                + "<MESSAGE ID=\"1\" PROTOCOLVERSION=\"1.0\"><SIMPLEREQ><IMETHODCALL NAME=\"" + op + "\">"
                + "<LOCALNAMESPACEPATH>" + namespaceElements() + "</LOCALNAMESPACEPATH>" + params
                + "</IMETHODCALL></SIMPLEREQ></MESSAGE></CIM>";
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("Content-Type", "application/xml; charset=\"utf-8\"")
                .header("CIMOperation", "MethodCall").header("CIMMethod", op).header("CIMObject", namespace)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200 || r.body().contains("<ERROR ")) {
            throw new IOException(op + " failed: HTTP " + r.statusCode() + " " + r.body().substring(0,
                    Math.min(300, r.body().length())));
        }
        return r.body();
    }

    private String namespaceElements() {
        StringBuilder b = new StringBuilder();
        for (String part : namespace.split("/")) {
            b.append("<NAMESPACE NAME=\"").append(part).append("\"/>");
        }
        return b.toString();
    }

    private static String param(String name, String content) {
        return "<IPARAMVALUE NAME=\"" + name + "\">" + content + "</IPARAMVALUE>";
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static String group(Pattern p, String body) throws IOException {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IOException("no " + p.pattern() + " in a pull response");
        }
        return m.group(1);
    }
}
