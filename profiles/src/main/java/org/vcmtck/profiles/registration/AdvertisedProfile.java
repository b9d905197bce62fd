package org.vcmtck.profiles.registration;

import java.util.Objects;

/**
 * One CIM_RegisteredProfile as a target's interop namespace shows it: only what a client may rely on (DSP1033:
 * profiles are found by RegisteredName and RegisteredVersion; the InstanceID is opaque and never parsed).
 *
 * @param name         RegisteredName as written by the server
 * @param version      RegisteredVersion as written, empty when NULL
 * @param organization RegisteredOrganization as written (e.g. "2" for DMTF), empty when NULL
 */
public record AdvertisedProfile(String name, String version, String organization) {

    public AdvertisedProfile {
        Objects.requireNonNull(name, "name");
        version = version == null ? "" : version;
        organization = organization == null ? "" : organization;
    }

    @Override
    public String toString() {
        return "'" + name + "'" + (version.isEmpty() ? "" : " " + version);
    }
}
