package org.vcmtck.simulator.ovf.descriptor;

/**
 * A {@code DiskSection/Disk}. {@code capacity} stays text because it may be a {@code ${property}} reference;
 * {@link #capacityBytes()} resolves the numeric case. {@code fileRef} null = an empty disk created at deploy.
 */
public record DiskDefinition(String diskId, String capacity, String capacityAllocationUnits, String fileRef,
                             String format, Long populatedSize, String parentRef) {

    /** Capacity in bytes, or null when it is a property reference or not a valid number/unit. */
    public Long capacityBytes() {
        if (capacity == null || !capacity.trim().matches("\\d+")) {
            return null;
        }
        try {
            AllocationUnits units = AllocationUnits.parse(
                    capacityAllocationUnits == null ? "byte" : capacityAllocationUnits);
            if (!units.baseUnit().equals("byte")) {
                return null;
            }
            return units.toBaseUnits(Long.parseLong(capacity.trim()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }
}
