package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.wbem.providers.InteropProviders;
import org.vcmtck.simulator.wbem.providers.ProfileRegistry;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationProviders;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.CimSchemaLoader;

/**
 * The reference's repository: the project's MOF in the two configured namespaces plus the providers. Profile
 * providers (issue 6) register their profiles in {@link #profiles()} and their classes' providers in
 * {@link #repository()} here, next to the DSP1033 interop providers.
 */
public final class ReferenceRepository {
    /** The name of the (simulated) system hosting the CIM object manager. */
    public static final String SYSTEM_NAME = "vcmtck-reference";

    private final CimRepository repository;
    private final ProfileRegistry profiles = new ProfileRegistry();
    private final InteropProviders interop;

    /** The classes and the interop providers only (no model to view). */
    public ReferenceRepository(WbemNamespaces namespaces) {
        this(namespaces, null);
    }

    /**
     * With a datacenter, also the DSP1042 / DSP1057 providers over it in the virtualization namespace.
     *
     * @param dc the model to view; null for the classes and interop providers only
     */
    public ReferenceRepository(WbemNamespaces namespaces, Datacenter dc) {
        this.repository = CimSchemaLoader.load(namespaces.interop(), namespaces.virtualization());
        this.interop = new InteropProviders(repository, namespaces.interop(), SYSTEM_NAME, profiles);
        interop.install();
        if (dc != null) {
            new VirtualizationProviders(repository, namespaces.virtualization(), dc).install(profiles);
        }
    }

    public CimRepository repository() {
        return repository;
    }

    public ProfileRegistry profiles() {
        return profiles;
    }

    public InteropProviders interop() {
        return interop;
    }
}
