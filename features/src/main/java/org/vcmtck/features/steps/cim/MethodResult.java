package org.vcmtck.features.steps.cim;

import java.util.Map;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * What an extrinsic method answered: its return value and output parameters, or (status code not 0) the CIM
 * error the server sent instead, in which case {@code returnValue} is -1.
 */
record MethodResult(String method, long returnValue, Map<String, Object> outputs, int statusCode, String message) {

    static final long COMPLETED = 0;
    static final long JOB_STARTED = 4096;

    boolean answered() {
        return statusCode == 0;
    }

    /** An output reference parameter, if the server returned one. */
    Optional<CIMObjectPath> reference(String name) {
        return outputs.get(name) instanceof CIMObjectPath path ? Optional.of(path) : Optional.empty();
    }

    @Override
    public String toString() {
        return answered() ? method + " returned " + returnValue + " " + outputs
                : method + " failed with CIM status " + statusCode + ": " + message;
    }
}
