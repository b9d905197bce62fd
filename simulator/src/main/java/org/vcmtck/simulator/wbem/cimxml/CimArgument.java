package org.vcmtck.simulator.wbem.cimxml;

import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimValue;

import java.util.List;

/**
 * One extrinsic-method parameter (in or out). {@code value} is always set (NULL when the parameter was empty).
 * For embedded instances ({@code EmbeddedObject="instance"} or an INSTANCE element) the value is the string
 * form and {@code instances} holds them decoded (one per array element); otherwise {@code instances} is empty.
 */
public record CimArgument(String name, CimValue value, List<CimInstance> instances) {
    public CimArgument {
        instances = List.copyOf(instances);
    }

    public static CimArgument of(String name, CimValue value) {
        return new CimArgument(name, value, List.of());
    }

    public boolean isEmbedded() {
        return !instances.isEmpty();
    }
}
