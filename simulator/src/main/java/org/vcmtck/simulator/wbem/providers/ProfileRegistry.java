package org.vcmtck.simulator.wbem.providers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles the reference implements. The interop providers read it on every request, so a profile's
 * providers (issue 6: System Virtualization, Virtual System, the resource profiles…) only {@link #register}
 * their {@link ProfileRegistration} here to appear in the interop namespace with their conformance and
 * reference associations.
 */
public final class ProfileRegistry {
    private final Map<String, ProfileRegistration> byId = new LinkedHashMap<>();

    /** @throws IllegalArgumentException when the InstanceID is already registered */
    public synchronized void register(ProfileRegistration profile) {
        if (byId.putIfAbsent(profile.instanceId(), profile) != null) {
            throw new IllegalArgumentException("profile InstanceID " + profile.instanceId()
                    + " is already registered");
        }
    }

    public synchronized List<ProfileRegistration> all() {
        return new ArrayList<>(byId.values());
    }

    public synchronized Optional<ProfileRegistration> find(String instanceId) {
        return Optional.ofNullable(byId.get(instanceId));
    }
}
