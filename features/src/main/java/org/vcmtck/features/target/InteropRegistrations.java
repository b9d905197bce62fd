package org.vcmtck.features.target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vcmtck.assertions.wbem.CimError;
import org.vcmtck.assertions.wbem.CimXmlInstance;
import org.vcmtck.assertions.wbem.CimXmlProperty;
import org.vcmtck.assertions.wbem.CimXmlResponse;
import org.vcmtck.assertions.wbem.CimXmlResponseException;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.registration.AdvertisedProfile;
import org.vcmtck.profiles.registration.ProfileDiscovery;
import org.vcmtck.profiles.target.Credentials;

/**
 * Reads, before the scenarios, which profiles a WBEM target registers (DSP1033 CIM_RegisteredProfile instances in
 * its interop namespace), so the run can tell which CIM profiles apply. Only RegisteredName, RegisteredVersion and
 * RegisteredOrganization are read: profiles are found by name and version, never by parsing InstanceIDs.
 */
public final class InteropRegistrations {

    /** Where interop namespaces usually are, tried after the one the target names. */
    public static final List<String> USUAL_INTEROP_NAMESPACES = List.of("interop", "root/interop", "root/PG_InterOp");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private InteropRegistrations() {
    }

    /** The namespaces to try, the target's own first. */
    public static List<String> candidateNamespaces(Optional<String> announced) {
        Set<String> out = new LinkedHashSet<>();
        announced.filter(ns -> !ns.isBlank()).ifPresent(out::add);
        out.addAll(USUAL_INTEROP_NAMESPACES);
        return List.copyOf(out);
    }

    /**
     * The discovery for a run against {@code endpoints}: {@link ProfileDiscovery#none()} without a WBEM endpoint,
     * a failed one (claims unchanged) when no candidate namespace answers.
     */
    public static ProfileDiscovery discover(Catalogue catalogue, Map<String, String> endpoints,
                                            Optional<Credentials> credentials) {
        String url = endpoints.get("wbem");
        if (url == null) {
            return ProfileDiscovery.none();
        }
        List<String> candidates = candidateNamespaces(Optional.ofNullable(endpoints.get("interopNamespace")));
        List<String> problems = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (String namespace : candidates) {
            try {
                CimXmlResponse response = enumerate(client, url, namespace, credentials);
                Optional<CimError> error = response.error();
                if (error.isPresent()) {
                    problems.add(namespace + ": " + error.get());
                    continue;
                }
                return ProfileDiscovery.of(catalogue, namespace, response.instances().stream()
                        .map(InteropRegistrations::advertised).toList());
            } catch (CimXmlResponseException | IOException e) {
                problems.add(namespace + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ProfileDiscovery.failed(candidates.get(0), "interrupted");
            }
        }
        return ProfileDiscovery.failed(candidates.get(0), String.join("; ", problems));
    }

    private static AdvertisedProfile advertised(CimXmlInstance instance) {
        return new AdvertisedProfile(value(instance, "RegisteredName"), value(instance, "RegisteredVersion"),
                value(instance, "RegisteredOrganization"));
    }

    private static String value(CimXmlInstance instance, String property) {
        return instance.properties().stream().filter(p -> p.name().equalsIgnoreCase(property)).findFirst()
                .flatMap(CimXmlProperty::value).map(String::strip).orElse("");
    }

    private static CimXmlResponse enumerate(HttpClient client, String url, String namespace,
                                            Optional<Credentials> credentials)
            throws IOException, InterruptedException, CimXmlResponseException {
        StringBuilder ns = new StringBuilder("<LOCALNAMESPACEPATH>");
        for (String segment : namespace.split("/")) {
            ns.append("<NAMESPACE NAME=\"").append(escape(segment)).append("\"/>");
        }
        ns.append("</LOCALNAMESPACEPATH>");
        String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
                + "<MESSAGE ID=\"1\" PROTOCOLVERSION=\"1.0\"><SIMPLEREQ><IMETHODCALL NAME=\"EnumerateInstances\">"
                + ns + "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME NAME=\"CIM_RegisteredProfile\"/></IPARAMVALUE>"
                + "<IPARAMVALUE NAME=\"DeepInheritance\"><VALUE>TRUE</VALUE></IPARAMVALUE>"
                + "<IPARAMVALUE NAME=\"LocalOnly\"><VALUE>FALSE</VALUE></IPARAMVALUE>"
                + "</IMETHODCALL></SIMPLEREQ></MESSAGE></CIM>";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/xml; charset=\"utf-8\"")
                .header("CIMOperation", "MethodCall")
                .header("CIMMethod", "EnumerateInstances")
                .header("CIMObject", namespace)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        credentials.ifPresent(c -> request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8))));
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode()
                    + response.headers().firstValue("CIMError").map(e -> " (CIMError " + e + ")").orElse(""));
        }
        return CimXmlResponse.parse(response.body());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
