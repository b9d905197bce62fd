package org.vcmtck.simulator.wbem.providers.virt;

import java.util.Map;
import java.util.Optional;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.JobState;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.SystemLifecycle;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.repository.MethodProvider;
import org.vcmtck.simulator.wbem.repository.ProviderContext;

/**
 * CIM_EnabledLogicalElement.RequestStateChange on a virtual system's CIM_ComputerSystem (VS-003..VS-005), mapped
 * to the model's lifecycle: 2 → START (or RESUME from Quiesce), 3 and 4 → STOP, 6 → SUSPEND, 9 → PAUSE, 10 and
 * 11 → RESET. Return codes (VS-004): 0 done, 4096 + Job while the model's job runs, 4 Failed when the job failed,
 * 1 for 7 Test / 8 Defer (not in RequestedStatesSupported), 5 for a value outside the ValueMap, 4097 for a
 * transition the state machine refuses, 4098 when a TimeoutPeriod is given, 4099 while another job holds the
 * system. The host's CIM_ComputerSystem answers 1 (its state is not changed through CIM).
 */
final class StateChangeMethod implements MethodProvider {
    static final int COMPLETED = 0;
    static final int NOT_SUPPORTED = 1;
    static final int FAILED = 4;
    static final int INVALID_PARAMETER = 5;
    static final int JOB_STARTED = 4096;
    static final int INVALID_STATE_TRANSITION = 4097;
    static final int TIMEOUT_NOT_SUPPORTED = 4098;
    static final int BUSY = 4099;

    private final Datacenter dc;
    private final VirtualizationPaths paths;
    private final RequestedStates requested;

    StateChangeMethod(Datacenter dc, VirtualizationPaths paths, RequestedStates requested) {
        this.dc = dc;
        this.paths = paths;
        this.requested = requested;
    }

    @Override
    public MethodResult invoke(ProviderContext ctx, CimObjectPath target, CimMethod method, Map<String, CimValue> in) {
        if (!method.name().equalsIgnoreCase("RequestStateChange") || target.isClassPath()) {
            throw new CimException(CimStatus.CIM_ERR_METHOD_NOT_AVAILABLE, "no provider for " + method.name()
                    + " on " + target);
        }
        CimValue name = target.key("Name");
        Optional<VirtualSystem> found = name == null ? Optional.empty() : Lookups.systemByName(dc, name.asString());
        if (found.isEmpty()) {
            if (name != null && Lookups.hostByName(dc, name.asString()).isPresent()) {
                return rc(NOT_SUPPORTED);
            }
            throw new CimException(CimStatus.CIM_ERR_NOT_FOUND, "no computer system " + target);
        }
        VirtualSystem vs = found.get();
        CimValue timeout = Lookups.arg(in, "TimeoutPeriod");
        if (timeout != null && !timeout.isNull()) {
            return rc(TIMEOUT_NOT_SUPPORTED);
        }
        CimValue wanted = Lookups.arg(in, "RequestedState");
        if (wanted == null || wanted.isNull()) {
            return rc(INVALID_PARAMETER);
        }
        int code = wanted.asLong().intValue();
        if (code == 7 || code == 8) {
            return rc(NOT_SUPPORTED);
        }
        Optional<StateChange> change = change(vs, code);
        if (change.isEmpty()) {
            return rc(ModelInstances.REQUESTED_STATES_SUPPORTED.contains(code) ? INVALID_STATE_TRANSITION
                    : INVALID_PARAMETER);
        }
        if (vs.state().transitional() || SystemLifecycle.target(vs.state(), change.get()).isEmpty()) {
            return rc(INVALID_STATE_TRANSITION);
        }
        Job job;
        try {
            job = dc.requestStateChange(vs.id(), change.get());
        } catch (ModelException e) {
            return rc(e.kind() == ErrorKind.IN_USE ? BUSY : e.kind() == ErrorKind.INVALID_STATE_TRANSITION
                    ? INVALID_STATE_TRANSITION : FAILED);
        }
        requested.remember(vs.id(), change.get(), code);
        return jobOutcome(job, paths);
    }

    /** 0 when the model's job already completed, 4 when it failed, else 4096 with the job's path. */
    static MethodResult jobOutcome(Job job, VirtualizationPaths paths) {
        if (job.state() == JobState.COMPLETED) {
            return rc(COMPLETED);
        }
        if (job.state().finished()) {
            return rc(FAILED);
        }
        return new MethodResult(CimValue.uint32(JOB_STARTED), Map.of("Job", CimValue.of(paths.job(job.id()))));
    }

    /** The model change for a CIM RequestedState from the system's present state, if CIM's value has one. */
    private static Optional<StateChange> change(VirtualSystem vs, int code) {
        return Optional.ofNullable(switch (code) {
            case 2 -> switch (vs.state()) {
                case PAUSED -> StateChange.RESUME;
                default -> StateChange.START;
            };
            case 3, 4 -> StateChange.STOP;
            case 6 -> StateChange.SUSPEND;
            case 9 -> StateChange.PAUSE;
            case 10, 11 -> StateChange.RESET;
            default -> null;
        });
    }

    private static MethodResult rc(int code) {
        return MethodResult.of(CimValue.uint32(code));
    }
}
