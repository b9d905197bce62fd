package org.vcmtck.simulator.wbem.providers.virt.allocation;

import java.util.Locale;

import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.InvalidSettingsException;

/**
 * RA-012: a requested RASD must keep Reservation ≤ Limit and Reservation ≤ VirtualQuantity. Reservation and Limit
 * share AllocationUnits; VirtualQuantity is compared only when it is counted in the same unit (VirtualQuantityUnits
 * absent or equal to AllocationUnits), since the reference reads VirtualQuantity in AllocationUnits too.
 */
public final class RasdBounds {
    private RasdBounds() {
    }

    /**
     * @throws InvalidSettingsException naming {@code where}.Reservation when the bounds are crossed, or the
     *                                  property that is not an integer
     */
    public static void check(String where, CimInstance rasd) {
        Long reservation = number(where, rasd, "Reservation");
        if (reservation == null) {
            return;
        }
        Long limit = number(where, rasd, "Limit");
        if (limit != null && reservation > limit) {
            throw new InvalidSettingsException(where + ".Reservation", "Reservation " + reservation
                    + " exceeds Limit " + limit);
        }
        Long quantity = number(where, rasd, "VirtualQuantity");
        if (quantity != null && sameUnits(rasd) && reservation > quantity) {
            throw new InvalidSettingsException(where + ".Reservation", "Reservation " + reservation
                    + " exceeds VirtualQuantity " + quantity);
        }
    }

    private static boolean sameUnits(CimInstance rasd) {
        String quantityUnits = text(rasd, "VirtualQuantityUnits");
        String allocationUnits = text(rasd, "AllocationUnits");
        return quantityUnits == null || allocationUnits == null
                || normal(quantityUnits).equals(normal(allocationUnits));
    }

    private static String normal(String unit) {
        return unit.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static String text(CimInstance rasd, String property) {
        CimValue v = rasd.value(property);
        return v == null || v.isNull() || v.type().array() ? null : v.asString();
    }

    /** Integer properties sent untyped arrive as text; both forms are read. */
    static Long number(String where, CimInstance rasd, String property) {
        CimValue v = rasd.value(property);
        if (v == null || v.isNull() || v.type().array()) {
            return null;
        }
        try {
            return v.type().base().isInteger() ? v.asLong() : Long.parseLong(v.asString().trim());
        } catch (RuntimeException e) {
            throw new InvalidSettingsException(where + "." + property, "not an integer: " + v);
        }
    }
}
