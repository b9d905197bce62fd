package org.vcmtck.simulator.wbem.providers.virt.switches;

import java.util.ArrayList;
import java.util.List;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.providers.ComputedInstances;
import org.vcmtck.simulator.wbem.providers.ProfileRegistration;
import org.vcmtck.simulator.wbem.providers.ProfileRegistry;
import org.vcmtck.simulator.wbem.providers.virt.AssociationContributions;
import org.vcmtck.simulator.wbem.providers.virt.AssociationContributions.Ends;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * DSP1097 Virtual Ethernet Switch over the model's switches: its own provider for
 * CIM_VirtualEthernetSwitchSettingData, and contributions to the classes other providers of the virtualization
 * namespace serve (one provider per class): the switch CIM_ComputerSystem, hosted by its host through
 * CIM_HostedDependency and linked to its settings by CIM_SettingsDefineState and CIM_ElementSettingData; its
 * CIM_EthernetPort ports through CIM_SystemDevice, each with a CIM_EthernetPortAllocationSettingData (ResourceType
 * 30) linked by CIM_SettingsDefineState and, from the switch settings, by CIM_VirtualSystemSettingDataComponent.
 * The profile's central instances are the switches.
 */
public final class SwitchProviders {
    public static final String PROFILE_ID = "DMTF:DSP1097-VirtualEthernetSwitch-1.0.0";
    static final String REGISTERED_NAME = "Virtual Ethernet Switch";
    static final String VERSION = "1.0.0";
    static final String SYSTEM_DEVICE = "CIM_SystemDevice";

    private final CimRepository repository;
    private final SwitchPaths paths;
    private final Datacenter dc;
    private final AssociationContributions contributions;
    private final SwitchInstances instances;

    public SwitchProviders(CimRepository repository, VirtualizationPaths paths, Datacenter dc,
                           AssociationContributions contributions) {
        this.repository = repository;
        this.paths = new SwitchPaths(paths);
        this.dc = dc;
        this.contributions = contributions;
        this.instances = new SwitchInstances(repository, this.paths, dc);
    }

    /** Registers the provider, the contributions and the profile; returns the profile's InstanceID. */
    public String install(ProfileRegistry registry) {
        repository.registerInstanceProvider(paths.namespace(), SwitchPaths.SWITCH_SETTINGS,
                new ComputedInstances(ctx -> instances.settings()));
        contributions.contributeInstances(VirtualizationPaths.COMPUTER_SYSTEM, instances::systems);
        contributions.contributeInstances(SwitchPaths.ETHERNET_PORT, instances::ports);
        contributions.contributeInstances(SwitchPaths.PORT_SETTINGS, instances::portSettings);
        contributions.contribute(VirtualizationPaths.HOSTED_DEPENDENCY, () -> perSwitch((sw, ends) ->
                ends.add(new Ends(paths.system(sw.hostId()), paths.system(sw.id())))));
        contributions.contribute(VirtualizationPaths.SETTINGS_DEFINE_STATE, () -> perSwitch((sw, ends) -> {
            ends.add(new Ends(paths.system(sw.id()), paths.settings(sw.id())));
            for (int port = 0; port < sw.portCount(); port++) {
                ends.add(new Ends(paths.port(sw.id(), port), paths.portSettings(sw.id(), port)));
            }
        }));
        contributions.contribute(VirtualizationPaths.ELEMENT_SETTING_DATA, () -> perSwitch((sw, ends) ->
                ends.add(new Ends(paths.system(sw.id()), paths.settings(sw.id())))));
        contributions.contribute(SYSTEM_DEVICE, () -> perSwitch((sw, ends) -> {
            for (int port = 0; port < sw.portCount(); port++) {
                ends.add(new Ends(paths.system(sw.id()), paths.port(sw.id(), port)));
            }
        }));
        contributions.contribute(VirtualizationPaths.VSSD_COMPONENT, () -> perSwitch((sw, ends) -> {
            for (int port = 0; port < sw.portCount(); port++) {
                ends.add(new Ends(paths.settings(sw.id()), paths.portSettings(sw.id(), port)));
            }
        }));
        ProfileRegistration profile = ProfileRegistration.dmtf("DSP1097-VirtualEthernetSwitch-1.0.0",
                REGISTERED_NAME, VERSION, this::switchPaths, List.of());
        registry.register(profile);
        return profile.instanceId();
    }

    private List<CimObjectPath> switchPaths() {
        return dc.switches().stream().map(sw -> paths.system(sw.id())).toList();
    }

    private List<Ends> perSwitch(java.util.function.BiConsumer<VirtualSwitch, List<Ends>> links) {
        List<Ends> out = new ArrayList<>();
        dc.switches().forEach(sw -> links.accept(sw, out));
        return out;
    }
}
