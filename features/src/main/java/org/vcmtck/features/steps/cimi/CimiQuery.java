package org.vcmtck.features.steps.cimi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CIMI query parameters added to an href the provider gave (the href itself is never built by the suite,
 * CIMI-CEP-005). Values are percent-encoded (CIMI-Q-010); names are sent as written so a check can choose
 * between {@code $filter} and {@code %24filter}.
 */
public final class CimiQuery {

    private final List<String> parameters = new ArrayList<>();

    public static CimiQuery of(String name, String value) {
        return new CimiQuery().and(name, value);
    }

    public CimiQuery and(String name, String value) {
        // URLEncoder writes form encoding; a space must be %20 in a query a provider reads as a URI
        parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        return this;
    }

    public String appendTo(String href) {
        if (parameters.isEmpty()) {
            return href;
        }
        return href + (href.contains("?") ? "&" : "?") + String.join("&", parameters);
    }

    @Override
    public String toString() {
        return String.join("&", parameters);
    }
}
