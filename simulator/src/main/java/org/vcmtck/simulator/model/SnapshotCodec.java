package org.vcmtck.simulator.model;

import java.util.List;
import java.util.Map;

/** Turns a model into a {@link DatacenterSnapshot} and back. */
final class SnapshotCodec {
    private SnapshotCodec() {
    }

    static DatacenterSnapshot snapshot(long seed, ModelState s) {
        return new DatacenterSnapshot(DatacenterSnapshot.FORMAT_VERSION, seed, s.options, s.tick,
                new ModelCounters(s.hostSeq, s.poolSeq, s.systemSeq, s.allocationSeq, s.switchSeq, s.jobSeq,
                        s.eventSeq, s.uuidSeq, s.macSeq, s.changeSeq),
                List.copyOf(s.hosts.values()), s.pools.values().stream().map(PoolState::view).toList(),
                List.copyOf(s.systems.values()), s.switches.values().stream().map(SwitchState::view).toList(),
                List.copyOf(s.jobs.values()), s.eventLog.all(),
                List.copyOf(s.appliances.values()));
    }

    /** Fills an empty model from a snapshot, then cross-checks it (see {@link ConsistencyCheck}). */
    static void load(ModelState model, DatacenterSnapshot s) {
        ModelCounters c = s.counters();
        model.tick = s.tick();
        model.hostSeq = c.hosts();
        model.poolSeq = c.pools();
        model.systemSeq = c.systems();
        model.allocationSeq = c.allocations();
        model.switchSeq = c.switches();
        model.jobSeq = c.jobs();
        model.eventSeq = c.events();
        model.uuidSeq = c.uuids();
        model.macSeq = c.macs();
        model.changeSeq = c.changes();
        for (Host h : s.hosts()) {
            model.hosts.put(h.id(), h);
            model.primordial.put(h.id(), new PoolState[ResourceType.values().length]);
        }
        for (ResourcePool p : s.pools()) {
            PoolState pool = PoolState.of(p);
            PoolState[] own = model.primordial.get(p.hostId());
            if (own == null) {
                throw ModelException.invalid("pools", "pool " + p.id() + " names unknown host " + p.hostId());
            }
            if (p.primordial()) {
                own[p.type().ordinal()] = pool;
            }
            model.pools.put(p.id(), pool);
        }
        for (Map.Entry<String, PoolState[]> e : model.primordial.entrySet()) {
            for (ResourceType t : ResourceType.values()) {
                if (e.getValue()[t.ordinal()] == null) {
                    throw ModelException.invalid("pools", "host " + e.getKey() + " has no primordial " + t
                            + " pool");
                }
            }
        }
        for (VirtualSwitch v : s.switches()) {
            model.switches.put(v.id(), SwitchState.of(v));
        }
        for (VirtualSystem v : s.systems()) {
            model.systems.put(v.id(), v);
            for (Allocation a : v.allocations()) {
                if (a.mac() != null) {
                    model.macs.add(a.mac());
                }
            }
        }
        for (Job j : s.jobs()) {
            model.jobs.put(j.id(), j);
            if (j.state().finished()) {
                model.finishedJobs++;
            } else {
                model.activeJobs.add(j.id());
                model.activeJobBySystem.put(j.systemId(), j.id());
            }
        }
        for (Event e : s.events()) {
            model.eventLog.append(e);
        }
        for (Appliance a : s.appliances()) {
            ApplianceRules.check(model, a);
            model.appliances.put(a.id(), a);
        }
        ConsistencyCheck.verify(model.hosts.keySet(), model.pools, model.systems, model.switches, model.activeJobs, model.jobs);
    }
}
