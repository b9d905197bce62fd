package org.vcmtck.simulator.model;

/**
 * A requested resource allocation.
 * <ul>
 * <li>{@code quantity}: vCPUs for PROCESSOR, bytes for MEMORY and DISK, exactly 1 for every other kind.</li>
 * <li>{@code poolId}: the pool to draw from; null means the host's primordial pool of the kind's type.</li>
 * <li>{@code parentId}: a controller allocation of the same system. Inside a {@link SystemSpec}, where ids do
 *     not exist yet, "#n" names the n-th (0-based, earlier) allocation of that spec.</li>
 * <li>{@code format}, {@code backing}: disk format (default "raw") and image path; DISK and CD_DVD only.</li>
 * <li>{@code mac}: NIC only; null means the model generates a locally administered unicast one.</li>
 * </ul>
 * When passed to {@code modifyAllocation}, a null field keeps the current value.
 */
public record AllocationSpec(DeviceKind kind, long quantity, String poolId, String parentId, String addressOnParent,
                             String format, String backing, String mac) {

    public AllocationSpec {
        if (kind == null) {
            throw ModelException.invalid("kind", "must not be null");
        }
        if (kind.sized()) {
            Checks.positive("quantity", quantity);
        } else if (quantity != 1) {
            throw ModelException.invalid("quantity", kind + " allocations have quantity 1, was " + quantity);
        }
        if (poolId != null) {
            Checks.nonBlank("poolId", poolId);
        }
        if (parentId != null) {
            Checks.nonBlank("parentId", parentId);
        }
        if (addressOnParent != null && parentId == null) {
            throw ModelException.invalid("addressOnParent", "needs a parentId");
        }
        if ((format != null || backing != null) && kind != DeviceKind.DISK && kind != DeviceKind.CD_DVD) {
            throw ModelException.invalid(format != null ? "format" : "backing",
                    "only DISK and CD_DVD allocations have a format or backing image");
        }
        if (format != null) {
            Checks.nonBlank("format", format);
        }
        if (mac != null) {
            if (kind != DeviceKind.NIC) {
                throw ModelException.invalid("mac", "only NIC allocations have a MAC address");
            }
            mac = Checks.unicastMac("mac", mac);
        }
    }

    public static AllocationSpec processors(int count) {
        return new AllocationSpec(DeviceKind.PROCESSOR, count, null, null, null, null, null, null);
    }

    public static AllocationSpec memory(long bytes) {
        return new AllocationSpec(DeviceKind.MEMORY, bytes, null, null, null, null, null, null);
    }

    public static AllocationSpec disk(long bytes, String format, String backing) {
        return new AllocationSpec(DeviceKind.DISK, bytes, null, null, null, format, backing, null);
    }

    public static AllocationSpec nic() {
        return new AllocationSpec(DeviceKind.NIC, 1, null, null, null, null, null, null);
    }

    public static AllocationSpec nic(String mac) {
        return new AllocationSpec(DeviceKind.NIC, 1, null, null, null, null, null, mac);
    }

    public static AllocationSpec cdDvd(String image) {
        return new AllocationSpec(DeviceKind.CD_DVD, 1, null, null, null, null, image, null);
    }

    public static AllocationSpec controller(DeviceKind kind) {
        if (kind == null || !kind.controller()) {
            throw ModelException.invalid("kind", kind + " is not a controller");
        }
        return new AllocationSpec(kind, 1, null, null, null, null, null, null);
    }

    public AllocationSpec withPool(String pool) {
        return new AllocationSpec(kind, quantity, pool, parentId, addressOnParent, format, backing, mac);
    }

    public AllocationSpec withParent(String parent, String address) {
        return new AllocationSpec(kind, quantity, poolId, parent, address, format, backing, mac);
    }

    public AllocationSpec withQuantity(long newQuantity) {
        return new AllocationSpec(kind, newQuantity, poolId, parentId, addressOnParent, format, backing, mac);
    }
}
