package org.vcmtck.simulator.cimi;

/** Checks shared by the System request bodies: the declared type and the action an Action body names. */
final class SystemBodies {
    private SystemBodies() {
    }

    static void expectType(RequestBody body, String type) {
        String declared = body.declaredType();
        if (declared != null && !declared.equals(CimiNames.typeUri(type))) {
            throw CimiException.badRequest("resourceURI", "expected " + CimiNames.typeUri(type) + ", was "
                    + declared);
        }
    }

    /** An Action body whose {@code action} is the URI of {@code action}; 400 naming the attribute otherwise. */
    static void expectAction(RequestBody body, String action) {
        expectType(body, "Action");
        String requested = body.text("action");
        if (requested == null) {
            throw CimiException.badRequest("action", "is required");
        }
        if (!requested.equals(CimiNames.actionUri(action))) {
            throw CimiException.badRequest("action", "'" + requested + "' does not match this operation ("
                    + CimiNames.actionUri(action) + ")");
        }
    }
}
