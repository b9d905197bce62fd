package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.ApplianceFile;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.descriptor.ContentEntity;
import org.vcmtck.simulator.ovf.descriptor.DeploymentConfiguration;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.StartupEntry;
import org.vcmtck.simulator.ovf.descriptor.UnknownSection;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemEntity;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deploys an OVF package into a {@link Datacenter}: the consumer side of the reference's OVF engine.
 *
 * <p>Everything is checked before anything changes: reader errors (digests, traversal, sizes, XXE...),
 * required sections the reference does not understand (OVF-EXT-003), unaccepted EulaSections (OVF-SEC-003),
 * the deployment option (OVF-SEC-009), property values (OVF-PROD-*), and the hardware of every VirtualSystem.
 * The plan is then tried on a copy of the datacenter, so that a capacity or switch refusal also leaves the real
 * one untouched; only then is it applied. Either every system of the package is defined or none is: a refusal
 * leaves the datacenter snapshot unchanged. (Only a concurrent change between trial and apply can still make the
 * real apply fail; that case is undone by destroying what was defined.)
 *
 * <p>OVF 2.x sections: ScaleOutSection deploys the InstanceCount default copies of its prototype (names suffixed
 * -1, -2, ...); placement groups spread (availability, anti-affinity) or keep together (affinity) their members;
 * a SharedDisk is allocated once, for its first user; an EncryptionSection is refused when required (the
 * reference holds no keys) and reported otherwise. Item ranges (ovf:bound) deploy their normal value.
 *
 * <p>What the package said beyond hardware (product and license sections, annotations, configurations, startup
 * order, message bundles, kept optional sections, ...) is recorded as the model's {@code Appliance}, so an
 * export can say it again; see {@link ApplianceRecorder}.
 */
public final class OvfDeployer {
    private final Datacenter dc;

    private final PackageFileStore store;

    /** A deployer that keeps no package files: its appliances export disks without image files. */
    public OvfDeployer(Datacenter dc) {
        this(dc, null);
    }

    /** A deployer that keeps the files of the packages it deploys in {@code store} (null: none kept). */
    public OvfDeployer(Datacenter dc, PackageFileStore store) {
        this.dc = dc;
        this.store = store;
    }

    /** As {@link #deploy(OvfPackage, DeployRequest, Path)} with no local copy of the package (no files kept). */
    public DeployResult deploy(OvfPackage pkg, DeployRequest request) throws OvfDeployException {
        return deploy(pkg, request, null);
    }

    /**
     * Deploys {@code pkg}; {@code source} is the OVA file or the descriptor file it was read from (null: no
     * local copy), from which the package's files are copied into the store for a later export.
     *
     * @throws OvfDeployException the package or the request is refused; nothing was changed
     * @throws IllegalArgumentException {@code request.host()} names no host of the datacenter
     */
    public DeployResult deploy(OvfPackage pkg, DeployRequest request, Path source) throws OvfDeployException {
        if (pkg.hasErrors()) {
            OvfFinding first = pkg.errors().get(0);
            throw new OvfDeployException(new OvfFinding(first.requirementId(), first.severity(), first.member(),
                    "package refused (" + pkg.errors().size() + " error finding(s)): " + first.message()));
        }
        OvfDescriptor descriptor = pkg.descriptor();
        if (descriptor == null || descriptor.content() == null) {
            throw OvfDeployException.refused("OVF-ENV-004", pkg.descriptorName(),
                    "the descriptor has no VirtualSystem or VirtualSystemCollection to deploy");
        }
        List<OvfFinding> warnings = new ArrayList<>(pkg.findings());
        checkUnknownSections(descriptor, warnings);
        checkEncryption(descriptor, warnings);
        checkEulas(descriptor.content(), request.acceptEulas());
        String configuration = configuration(descriptor, request.deploymentOption());
        Set<String> declared = new LinkedHashSet<>();
        descriptor.configurations().forEach(c -> declared.add(c.id()));
        PropertyValues properties = PropertyValues.resolve(descriptor.content(), request.properties(),
                configuration);
        HardwarePlanner planner = new HardwarePlanner(descriptor, configuration, declared, properties, warnings);
        List<SystemPlan> plans = new ArrayList<>();
        EntityPlan root = plan(descriptor.content(), planner, configuration, plans, warnings, 1);
        String hostId = chooseHost(plans, request.host());
        Map<Integer, String> placement = Placement.hosts(descriptor, root, hostId, dc.hosts(), warnings);
        if (!placement.isEmpty()) {
            String failure = trial(plans, hostId, placement);
            if (failure != null) {
                throw OvfDeployException.refused("OVF-V2-003", "", "the placement groups cannot be honoured: "
                        + failure);
            }
        }
        // read before anything changes; a file that cannot be kept is a warning, not a refusal
        List<ApplianceFile> files = store == null ? List.of()
                : PackageFileKeeper.keep(pkg, source, store, warnings);
        List<VirtualSystem> systems;
        try {
            systems = new PlanApplier(dc, hostId, placement).apply(plans);
        } catch (ModelException e) {
            throw OvfDeployException.refused("OVF-EXT-006", "", "host " + hostId + " cannot provide the package: "
                    + e.getMessage());
        }
        String applianceId = dc.recordAppliance(ApplianceRecorder.appliance(descriptor, root, systems, configuration,
                properties, plans, files)).id();
        List<DeployedSystem> deployed = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            deployed.add(new DeployedSystem(plans.get(i).entityId(), systems.get(i).id(), systems.get(i).name()));
        }
        List<StartupStep> startup = new ArrayList<>();
        startupOrder(descriptor.content(), deployed, startup);
        return new DeployResult(deployed, warnings, startup, configuration, hostId, applianceId);
    }

    /**
     * Plans an entity: a VirtualSystem once per copy (several when its collection scales it out, names then
     * suffixed -1, -2, ...), a collection child by child, in document order.
     */
    private static EntityPlan plan(ContentEntity e, HardwarePlanner planner, String configuration,
                                   List<SystemPlan> plans, List<OvfFinding> warnings, int copies)
            throws OvfDeployException {
        if (e instanceof VirtualSystemEntity vs) {
            List<Integer> indexes = new ArrayList<>();
            String name = HardwarePlanner.systemName(vs);
            for (int i = 1; i <= copies; i++) {
                indexes.add(plans.size());
                plans.add(planner.plan(vs, copies == 1 ? name : name + "-" + i));
            }
            return new EntityPlan(e, indexes, List.of());
        }
        VirtualSystemCollectionEntity vsc = (VirtualSystemCollectionEntity) e;
        Map<String, Integer> counts = ScaleOut.counts(vsc, configuration, warnings);
        List<EntityPlan> children = new ArrayList<>();
        for (ContentEntity child : vsc.children()) {
            children.add(plan(child, planner, configuration, plans, warnings, counts.getOrDefault(child.id(), 1)));
        }
        return new EntityPlan(e, List.of(), children);
    }

    /** EncryptionSection (OVF-V2-004): the reference holds no keys, so it cannot decrypt any part of a package. */
    private static void checkEncryption(OvfDescriptor descriptor, List<OvfFinding> warnings)
            throws OvfDeployException {
        for (var section : descriptor.sections("EncryptionSection")) {
            String what = "the package has an EncryptionSection and the reference cannot decrypt (it holds no keys)";
            if (!ScaleOut.isFalse(section.attribute(section.namespace(), "required"))) {
                throw OvfDeployException.refused("OVF-V2-004", "", what + "; the section is required");
            }
            warnings.add(OvfFinding.warning("OVF-V2-004", "", what + "; optional, ignored"));
        }
    }

    private static void checkUnknownSections(OvfDescriptor descriptor, List<OvfFinding> warnings)
            throws OvfDeployException {
        check("Envelope", descriptor.unknownSections(), warnings);
        checkEntity(descriptor.content(), warnings);
    }

    private static void checkEntity(ContentEntity e, List<OvfFinding> warnings) throws OvfDeployException {
        check("entity '" + e.id() + "'", e.unknownSections(), warnings);
        if (e instanceof VirtualSystemCollectionEntity vsc) {
            for (ContentEntity child : vsc.children()) {
                checkEntity(child, warnings);
            }
        }
    }

    private static void check(String where, List<UnknownSection> sections, List<OvfFinding> warnings)
            throws OvfDeployException {
        for (UnknownSection s : sections) {
            if (s.required()) {
                throw OvfDeployException.refused("OVF-EXT-003", "", where + ": section " + s.qualifiedName()
                        + " is required (ovf:required is true) and the reference does not understand it");
            }
            // the reader reports ignored optional sections already; only packages built without it need ours
            boolean reported = warnings.stream().anyMatch(w -> w.requirementId().equals("OVF-EXT-004")
                    && w.message().contains(s.qualifiedName()));
            if (!reported) {
                warnings.add(OvfFinding.warning("OVF-EXT-004", "", where + ": optional section "
                        + s.qualifiedName() + " not understood (kept for re-export)"
                        + (s.info() == null || s.info().isBlank() ? "" : ": " + s.info().trim())));
            }
        }
    }

    private static void checkEulas(ContentEntity e, boolean accepted) throws OvfDeployException {
        if (!e.eulas().isEmpty() && !accepted) {
            throw OvfDeployException.refused("OVF-SEC-003", "", "entity '" + e.id() + "' has "
                    + e.eulas().size() + " EulaSection license(s) that were not accepted (accept them explicitly)");
        }
        if (e instanceof VirtualSystemCollectionEntity vsc) {
            for (ContentEntity child : vsc.children()) {
                checkEulas(child, accepted);
            }
        }
    }

    /** The configuration in effect: the requested one, else the default, else the first (OVF-SEC-009). */
    private static String configuration(OvfDescriptor descriptor, String requested) throws OvfDeployException {
        List<DeploymentConfiguration> all = descriptor.configurations();
        if (requested != null) {
            if (all.stream().noneMatch(c -> c.id().equals(requested))) {
                throw OvfDeployException.refused("OVF-SEC-009", "", "deployment option '" + requested
                        + "' is not a Configuration of the DeploymentOptionSection (declared: "
                        + all.stream().map(DeploymentConfiguration::id).toList() + ")");
            }
            return requested;
        }
        return all.stream().filter(DeploymentConfiguration::isDefault).findFirst()
                .or(() -> all.stream().findFirst()).map(DeploymentConfiguration::id).orElse(null);
    }

    /**
     * The requested host, else the first host whose primordial pools have room and on which a trial deploy on a
     * copy of the datacenter succeeds. A requested host is also tried on a copy, so its refusal changes nothing.
     */
    private String chooseHost(List<SystemPlan> plans, String requested) throws OvfDeployException {
        List<Host> hosts = dc.hosts();
        if (requested != null) {
            Host host = hosts.stream().filter(h -> h.id().equals(requested) || h.name().equals(requested))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no host with id or name '"
                            + requested + "' (hosts: " + hosts.stream().map(Host::name).toList() + ")"));
            String failure = trial(plans, host.id());
            if (failure != null) {
                throw OvfDeployException.refused("OVF-EXT-006", "", "host " + host.name()
                        + " cannot provide the package: " + failure);
            }
            return host.id();
        }
        Map<ResourceType, Long> demand = demand(plans);
        String lastFailure = "the datacenter has no hosts";
        for (Host host : hosts) {
            String shortfall = shortfall(host, demand);
            String failure = shortfall != null ? shortfall : trial(plans, host.id());
            if (failure == null) {
                return host.id();
            }
            lastFailure = host.name() + ": " + failure;
        }
        throw OvfDeployException.refused("OVF-EXT-006", "", "no host can provide the package (" + lastFailure + ")");
    }

    /** Null when the plan applies on a copy of the datacenter, else the model's reason. */
    private String trial(List<SystemPlan> plans, String hostId) {
        return trial(plans, hostId, Map.of());
    }

    private String trial(List<SystemPlan> plans, String hostId, Map<Integer, String> placement) {
        Datacenter copy = Datacenter.restore(dc.snapshot());
        try {
            new PlanApplier(copy, hostId, placement).apply(plans);
            return null;
        } catch (ModelException e) {
            return e.getMessage();
        }
    }

    private static Map<ResourceType, Long> demand(List<SystemPlan> plans) {
        Map<ResourceType, Long> demand = new EnumMap<>(ResourceType.class);
        for (SystemPlan p : plans) {
            for (AllocationSpec a : p.spec().allocations()) {
                demand.merge(a.kind().poolType(), a.quantity(), OvfDeployer::saturatedAdd);
            }
        }
        return demand;
    }

    /** A quick capacity check on the primordial pools, so hosts that obviously lack room are not tried. */
    private String shortfall(Host host, Map<ResourceType, Long> demand) {
        for (Map.Entry<ResourceType, Long> d : demand.entrySet()) {
            long available = dc.primordialPool(host.id(), d.getKey()).available();
            if (available < d.getValue()) {
                return d.getKey() + " needs " + d.getValue() + ", " + available + " available";
            }
        }
        return null;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    /** Each collection's StartupSection entries by ovf:order (document order among equals), depth first. */
    private static void startupOrder(ContentEntity e, List<DeployedSystem> deployed, List<StartupStep> out) {
        if (!(e instanceof VirtualSystemCollectionEntity vsc)) {
            return;
        }
        List<StartupEntry> entries = new ArrayList<>(vsc.startup());
        entries.sort(Comparator.comparingInt(StartupEntry::order));
        for (StartupEntry entry : entries) {
            String systemId = null;
            for (ContentEntity child : vsc.children()) {
                if (child.id().equals(entry.id()) && child instanceof VirtualSystemEntity) {
                    systemId = deployed.stream().filter(d -> d.entityId().equals(entry.id())).findFirst()
                            .map(DeployedSystem::systemId).orElse(null);
                }
            }
            out.add(new StartupStep(vsc.id(), entry.id(), entry.order(), systemId, entry.startAction()));
        }
        for (ContentEntity child : vsc.children()) {
            startupOrder(child, deployed, out);
        }
    }
}
