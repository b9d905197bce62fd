package org.vcmtck.profiles.target;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a real implementation is reached. All empty for the built-in reference, whose endpoints are only known once
 * it has started.
 *
 * @param cimi                    the CIMI cloud entry point
 * @param wbem                    the WBEM (CIM-XML over HTTP) server
 * @param interopNamespace        the CIM namespace holding the profile registrations
 * @param virtualizationNamespace the CIM namespace holding the virtualization model
 * @param ovf                     OVF package locations: http/https URLs as written, local paths made absolute
 *                                against the target file (a trailing '/' marks a folder of packages)
 */
public record Endpoints(Optional<URI> cimi, Optional<URI> wbem, String interopNamespace,
                        String virtualizationNamespace, List<String> ovf) {

    public static final String DEFAULT_INTEROP_NAMESPACE = "root/interop";
    public static final String DEFAULT_VIRTUALIZATION_NAMESPACE = "root/virtualization";

    public Endpoints {
        Objects.requireNonNull(cimi, "cimi");
        Objects.requireNonNull(wbem, "wbem");
        interopNamespace = interopNamespace == null ? DEFAULT_INTEROP_NAMESPACE : interopNamespace;
        virtualizationNamespace =
                virtualizationNamespace == null ? DEFAULT_VIRTUALIZATION_NAMESPACE : virtualizationNamespace;
        ovf = ovf == null ? List.of() : List.copyOf(ovf);
    }

    /** No endpoints, default namespaces: what a built-in-reference target carries. */
    public static Endpoints none() {
        return new Endpoints(Optional.empty(), Optional.empty(), null, null, List.of());
    }
}
