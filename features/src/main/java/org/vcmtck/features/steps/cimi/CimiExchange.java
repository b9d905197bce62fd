package org.vcmtck.features.steps.cimi;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiDocumentException;
import org.vcmtck.assertions.cimi.CimiFormat;

/**
 * One request to the provider and its answer, kept raw so each check reads what was on the wire.
 *
 * @param requested the format asked for with Accept; bodies are read in it when the answer does not say otherwise
 */
public record CimiExchange(String method, String url, CimiFormat requested, int status, Map<String, String> headers,
                           String body) {

    public CimiExchange {
        TreeMap<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        headers = caseless;
        body = body == null ? "" : body;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The body as a CIMI representation; an unreadable body fails naming the request (CIMI-HTTP-010). */
    public CimiDocument document() {
        CimiFormat format = header("Content-Type").flatMap(CimiFormat::ofContentType).orElse(requested);
        try {
            return CimiDocument.read(body, format);
        } catch (CimiDocumentException e) {
            throw new AssertionError("[CIMI-HTTP-010] " + method + " " + url + " answered " + status + " with a body "
                    + "that is " + e.getMessage(), e);
        }
    }

    public String summary() {
        return method + " " + url + " → " + status;
    }
}
