package org.vcmtck.assertions.wbem;

import java.util.Optional;

/** An ERROR element: CODE and the optional DESCRIPTION (WBEM-XML-011). */
public record CimError(int code, Optional<String> description) {

    @Override
    public String toString() {
        return "ERROR " + CimStatusCodes.describe(code) + description.map(d -> ": " + d).orElse("");
    }
}
