package org.vcmtck.simulator.cimi;

/** Checks shared by the request handlers of the volume and network views. */
final class Bodies {
    private Bodies() {
    }

    /** A body may omit its resourceURI; when it names one, it must be the expected type. */
    static void expectType(RequestBody body, String type) {
        String declared = body.declaredType();
        if (declared != null && !declared.equals(CimiNames.typeUri(type))) {
            throw CimiException.badRequest("resourceURI", "expected " + CimiNames.typeUri(type) + ", was "
                    + declared);
        }
    }
}
