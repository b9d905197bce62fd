package org.vcmtck.simulator.cimi;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The provider's URL layout under one base URI ({@code http://host:port/cimi/}): builds absolute ids and turns
 * hrefs sent by consumers back into ids of a given collection.
 */
public final class UriSpace {
    public static final String ROOT = "/cimi";

    private final String base;

    public UriSpace(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The base URI, ending with '/'. */
    public String base() {
        return base;
    }

    public String cloudEntryPoint() {
        return base + "cloudEntryPoint";
    }

    public String collection(String name) {
        return base + name;
    }

    public String member(String collection, String id) {
        return base + collection + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The member id that an href names within {@code collection}, or 400 naming {@code attribute} when the href
     * points elsewhere. Relative hrefs are resolved against the base.
     */
    public String idIn(String collection, String href, String attribute) {
        String prefix = base + collection + "/";
        String absolute = href.startsWith("http://") || href.startsWith("https://") ? href : base + stripSlash(href);
        if (!absolute.startsWith(prefix) || absolute.length() == prefix.length()
                || absolute.indexOf('/', prefix.length()) >= 0) {
            throw CimiException.badRequest(attribute, "'" + href + "' is not a member of " + base + collection);
        }
        return URLDecoder.decode(absolute.substring(prefix.length()), StandardCharsets.UTF_8);
    }

    private static String stripSlash(String href) {
        String h = href.startsWith("/") ? href.substring(1) : href;
        String root = ROOT.substring(1) + "/";
        return h.startsWith(root) ? h.substring(root.length()) : h;
    }
}
