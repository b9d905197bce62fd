package org.vcmtck.simulator.wbem.server;

import java.util.function.UnaryOperator;

/**
 * The M-POST form of a CIM request (RFC 2774 as DSP0200 uses it): a mandatory {@code Man} header naming the CIM
 * mapping URI with {@code ns=NN}, and the CIM extension headers carried as {@code NN-CIMOperation},
 * {@code NN-CIMMethod}, ... A request whose Man header is missing or names another extension is refused with
 * 510 Not Extended, which tells a DSP0200 client to retry with plain POST.
 */
record MPostHeaders(String prefix) {
    static final String MAPPING = "http://www.dmtf.org/cim/mapping/http/v1.0";

    /** The M-POST prefix ("NN-") from a Man header value; {@link HttpRejection} 510 when it is not the CIM one. */
    static MPostHeaders of(String man) {
        if (man == null || man.isBlank()) {
            throw new HttpRejection(510, null, "an M-POST request needs a Man header naming " + MAPPING + "; ns=NN");
        }
        String[] parts = man.split(";");
        String uri = parts[0].trim().replace("\"", "");
        if (!uri.equalsIgnoreCase(MAPPING)) {
            throw new HttpRejection(510, null, "the mandatory extension " + uri + " is not supported (only "
                    + MAPPING + ")");
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.toLowerCase(java.util.Locale.ROOT).startsWith("ns=")) {
                String ns = p.substring(3).trim();
                if (!ns.matches("[0-9]{2}")) {
                    throw new HttpRejection(400, null, "the Man header's ns must be two digits, was '" + ns + "'");
                }
                return new MPostHeaders(ns + "-");
            }
        }
        throw new HttpRejection(400, null, "the Man header " + man + " has no ns=NN parameter");
    }

    /** Looks CIM extension headers up under the prefix; HTTP's own headers keep their names. */
    UnaryOperator<String> lookup(UnaryOperator<String> header) {
        return name -> name.startsWith("CIM") ? header.apply(prefix + name) : header.apply(name);
    }
}
