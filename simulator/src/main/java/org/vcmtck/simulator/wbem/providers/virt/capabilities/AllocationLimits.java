package org.vcmtck.simulator.wbem.providers.virt.capabilities;

import java.util.Optional;

import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.model.ResourceType;

/**
 * What one allocation from a pool may hold, in the pool's unit, as the model enforces it: a sized resource
 * (processors, memory, storage) takes any whole amount from 1 up to the pool's limit (capacity × over-commit; more
 * can never fit), a device slot exactly one. The default is only a suggestion for clients that build a request.
 *
 * @param minimum        the smallest quantity the model accepts
 * @param maximum        the largest quantity the pool could ever grant to one allocation
 * @param increment      the step between accepted quantities above the minimum
 * @param defaultQuantity the suggested quantity, within [minimum, maximum]
 */
public record AllocationLimits(long minimum, long maximum, long increment, long defaultQuantity) {
    private static final long GIB = 1L << 30;
    /** Suggested defaults: one processor, 1 GiB of memory, 8 GiB of disk; never beyond what the pool allows. */
    private static final long DEFAULT_MEMORY = GIB;
    private static final long DEFAULT_STORAGE = 8 * GIB;

    public AllocationLimits {
        if (minimum < 1 || increment < 1 || maximum < minimum || defaultQuantity < minimum
                || defaultQuantity > maximum) {
            throw new IllegalArgumentException("inconsistent allocation limits: minimum " + minimum + ", maximum "
                    + maximum + ", increment " + increment + ", default " + defaultQuantity);
        }
    }

    /** The limits of {@code pool}; a pool whose limit is below one unit still bounds requests at one. */
    public static AllocationLimits of(ResourcePool pool) {
        ResourceType type = pool.type();
        boolean sized = type == ResourceType.PROCESSOR || type == ResourceType.MEMORY
                || type == ResourceType.STORAGE;
        if (!sized) {
            return new AllocationLimits(1, 1, 1, 1);
        }
        long max = Math.max(1, pool.limit());
        long suggested = switch (type) {
            case MEMORY -> DEFAULT_MEMORY;
            case STORAGE -> DEFAULT_STORAGE;
            default -> 1;
        };
        return new AllocationLimits(1, max, 1, Math.min(suggested, max));
    }

    /** Why {@code quantity} is not an allowed request, or empty when it is. */
    public Optional<String> violation(long quantity) {
        if (quantity < minimum || quantity > maximum) {
            return Optional.of(quantity + " is outside [" + minimum + ", " + maximum + "]");
        }
        if ((quantity - minimum) % increment != 0) {
            return Optional.of(quantity + " is not " + minimum + " + k × " + increment);
        }
        return Optional.empty();
    }
}
