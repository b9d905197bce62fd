package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.SystemSettings;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The System operations of the CIMI view (CIMI-SYS-*). A System is either a deployed OVF package (one of the
 * model's appliances, whose id it keeps) or a group of machines created here from a SystemTemplate
 * ({@link SystemRecords}). Actions apply to every member that can take them; OVF import and export are in
 * {@link SystemPackages}.
 */
final class SystemService {
    /** A System as CIMI sees it: its members are the model's systems that still exist. */
    record Sys(String id, String name, String description, List<VirtualSystem> members, boolean fromPackage) {
    }

    private final Datacenter dc;
    private final UriSpace uris;
    private final SystemRecords records;
    private final CimiViews views;

    SystemService(Datacenter dc, UriSpace uris, SystemRecords records, CimiViews views) {
        this.dc = dc;
        this.uris = uris;
        this.records = records;
        this.views = views;
    }

    Datacenter dc() {
        return dc;
    }

    List<Sys> systems() {
        List<Sys> all = new ArrayList<>();
        for (Appliance a : dc.appliances()) {
            all.add(of(a));
        }
        for (SystemRecords.Group g : records.all()) {
            all.add(of(g));
        }
        return all;
    }

    Sys system(String id) {
        SystemRecords.Group g = records.get(id);
        if (g != null) {
            return of(g);
        }
        for (Appliance a : dc.appliances()) {
            if (a.id().equals(id)) {
                return of(a);
            }
        }
        throw CimiException.notFound("system", id);
    }

    /** The System an OVF deploy recorded as appliance {@code applianceId}. */
    Sys ofAppliance(String applianceId) {
        return system(applianceId);
    }

    /** Systems made of deployed packages no longer listed here are grouped here instead. */
    Sys group(String name, List<String> machineIds) {
        return of(records.add(name, null, machineIds));
    }

    private Sys of(Appliance a) {
        String name = a.content().name() == null || a.content().name().isBlank() ? a.id() : a.content().name();
        return new Sys(a.id(), name, null, existing(a.systemIds()), true);
    }

    private Sys of(SystemRecords.Group g) {
        return new Sys(g.id(), g.name(), g.description(), existing(g.machineIds()), false);
    }

    private List<VirtualSystem> existing(List<String> ids) {
        List<VirtualSystem> members = new ArrayList<>();
        for (String id : ids) {
            try {
                members.add(dc.system(id));
            } catch (ModelException e) {
                if (e.kind() != ErrorKind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return members;
    }

    /** MIXED when the members disagree; an empty system has nothing running, so it is STOPPED. */
    String state(Sys sys) {
        Set<String> states = new LinkedHashSet<>();
        for (VirtualSystem m : sys.members()) {
            states.add(CimiViews.machineState(m, views.runningJob(m.id())));
        }
        if (states.isEmpty()) {
            return "STOPPED";
        }
        return states.size() == 1 ? states.iterator().next() : "MIXED";
    }

    /** The machine actions at least one member can take now, in the order machines advertise them. */
    List<String> legalActions(Sys sys) {
        Set<String> legal = new LinkedHashSet<>();
        for (VirtualSystem m : sys.members()) {
            legal.addAll(CimiViews.legalActions(m, views.runningJob(m.id())));
        }
        return CimiViews.ACTIONS.stream().filter(legal::contains).toList();
    }

    /** Deletable when every member is stopped (the model only destroys DEFINED systems). */
    boolean deletable(Sys sys) {
        return sys.members().stream().allMatch(m -> m.state() == SystemState.DEFINED
                && views.runningJob(m.id()) == null);
    }

    // ---------------------------------------------------------------- creation from a SystemTemplate

    /**
     * Creates the machines every component descriptor asks for ({@code quantity} each); all of them or, when
     * one cannot be placed, none (the ones already defined are destroyed again).
     */
    Sys create(RequestBody body) {
        SystemBodies.expectType(body, "SystemCreate");
        RequestBody template = body.child("systemTemplate");
        if (template == null || template.selfHref() == null) {
            throw CimiException.badRequest("systemTemplate", "is required, as a reference to a SystemTemplate");
        }
        String tid = uris.idIn(SystemViews.SYSTEM_TEMPLATES, template.selfHref(), "systemTemplate");
        SystemCatalog.Template t = SystemCatalog.template(tid).orElseThrow(
                () -> CimiException.badRequest("systemTemplate", "no SystemTemplate '" + tid + "'"));
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw CimiException.badRequest("name", "must not be blank");
        }
        String base = name == null ? t.id() : name;
        List<String> made = new ArrayList<>();
        try {
            for (SystemCatalog.Component c : t.components()) {
                for (int i = 1; i <= c.quantity(); i++) {
                    made.add(define(base + "-" + c.name() + "-" + i, c).id());
                }
            }
        } catch (RuntimeException e) {
            for (String id : made) {
                dc.destroySystem(id);
            }
            throw e;
        }
        return of(records.add(name, body.text("description"), made));
    }

    private VirtualSystem define(String machineName, SystemCatalog.Component c) {
        MachineCatalog.Template mt = MachineCatalog.template(c.machineTemplateId()).orElseThrow();
        MachineCatalog.Config config = MachineCatalog.config(mt.configId()).orElseThrow();
        MachineCatalog.Image image = MachineCatalog.image(mt.imageId()).orElseThrow();
        SystemSpec spec = new SystemSpec(machineName, null, new SystemSettings(c.description(), null, null), List.of(
                AllocationSpec.processors(config.cpu()), AllocationSpec.memory(config.memoryBytes()),
                AllocationSpec.disk(config.diskBytes(), config.format(), image.imageLocation()),
                AllocationSpec.nic()));
        ModelException lastRefusal = null;
        for (Host host : dc.hosts()) {
            try {
                return dc.defineSystem(host.id(), spec);
            } catch (ModelException e) {
                if (e.kind() != ErrorKind.INSUFFICIENT_CAPACITY) {
                    throw e;
                }
                lastRefusal = e;
            }
        }
        throw new CimiException(409, "no host has capacity for component " + c.name()
                + (lastRefusal == null ? " (the datacenter has no host)" : ": " + lastRefusal.getMessage()));
    }

    // ---------------------------------------------------------------- actions and deletion

    /**
     * Asks every member that can take {@code action} now for it; members already where the action leads are left
     * alone. 409 when no member can take it. Returns the members' jobs.
     */
    List<Job> act(String id, String action, RequestBody body) {
        Sys sys = system(id);
        SystemBodies.expectAction(body, action);
        List<Job> jobs = new ArrayList<>();
        for (VirtualSystem m : sys.members()) {
            if (!CimiViews.legalActions(m, views.runningJob(m.id())).contains(action)) {
                continue;
            }
            StateChange change = switch (action) {
                case "start" -> m.state() == SystemState.PAUSED ? StateChange.RESUME : StateChange.START;
                case "stop" -> StateChange.STOP;
                case "restart" -> StateChange.RESET;
                case "pause" -> StateChange.PAUSE;
                case "suspend" -> StateChange.SUSPEND;
                default -> throw CimiException.notFound("system action", action);
            };
            jobs.add(dc.requestStateChange(m.id(), change));
        }
        if (jobs.isEmpty()) {
            throw new CimiException(409, action + " is not allowed while system '" + id + "' is " + state(sys));
        }
        return jobs;
    }

    /** Destroys every member (all must be stopped) and forgets the group; a package's appliance goes with them. */
    List<Job> delete(String id) {
        Sys sys = system(id);
        if (!deletable(sys)) {
            throw new CimiException(409, "system '" + id + "' is " + state(sys) + "; stop it before deleting it");
        }
        List<Job> jobs = new ArrayList<>();
        for (VirtualSystem m : sys.members()) {
            jobs.add(dc.destroySystem(m.id()));
        }
        records.forget(id);
        return jobs;
    }
}
