package org.vcmtck.simulator.wbem.providers.virt.migration;

/**
 * A migration request refused before the model is asked: the DSP1081 return code it maps to and which parameter
 * was wrong, so the refusal can be explained in the simulator's log and tests.
 */
final class MigrationRefusal extends RuntimeException {
    static final int NOT_SUPPORTED = 1;
    static final int INVALID_PARAMETER = 4;

    private final int returnCode;
    private final String parameter;

    MigrationRefusal(int returnCode, String parameter, String message) {
        super(parameter + ": " + message);
        this.returnCode = returnCode;
        this.parameter = parameter;
    }

    int returnCode() {
        return returnCode;
    }

    String parameter() {
        return parameter;
    }
}
