package org.vcmtck.simulator.wbem.repository;

import java.util.Map;

import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimValue;

/**
 * Runs extrinsic methods of a class (and its subclasses unless they have their own). {@code target} is an
 * instance path, or a class path for static methods; {@code in} holds the IN parameters already typed
 * against the method's declaration (case-insensitive names, as the caller sent them).
 */
@FunctionalInterface
public interface MethodProvider {
    MethodResult invoke(ProviderContext ctx, CimObjectPath target, CimMethod method, Map<String, CimValue> in);

    /** The method's return value and OUT parameters. */
    record MethodResult(CimValue returnValue, Map<String, CimValue> out) {
        public MethodResult {
            out = Map.copyOf(out);
        }

        public static MethodResult of(CimValue returnValue) {
            return new MethodResult(returnValue, Map.of());
        }
    }
}
