package org.vcmtck.features.steps.wbem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcmtck.assertions.wbem.CimXmlResponse;
import org.vcmtck.assertions.wbem.CimXmlResponseException;

/**
 * One request to the WBEM server and what came back, raw: status, headers (names lower-cased) and body bytes.
 *
 * @param operation what was asked, for messages (e.g. "GetClass CIM_ManagedElement")
 */
record WbemExchange(String operation, int status, Map<String, List<String>> headers, byte[] body) {

    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body as a CIM-XML response; one that cannot be read fails the requirement that asked for it. */
    CimXmlResponse response(String requirement) {
        try {
            return CimXmlResponse.parse(body);
        } catch (CimXmlResponseException e) {
            throw new AssertionError("[" + requirement + "] " + summary() + ": the body is not a CIM-XML response: "
                    + e.getMessage());
        }
    }

    String summary() {
        return operation + " → HTTP " + status + header("CIMError").map(t -> " (CIMError " + t + ")").orElse("");
    }

    String bodyText() {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
