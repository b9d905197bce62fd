package org.vcmtck.simulator.wbem.providers.virt;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.VirtualSystem;

/**
 * The CIM RequestedState a virtual system shows (VS-006). The model records the lifecycle change last requested;
 * CIM has finer words for two of them (4 Shut Down and 3 Disabled are both a STOP, 10 Reboot and 11 Reset both a
 * RESET), so the code the client used is remembered next to the change it became, and shown only while the
 * model's last request is still that change.
 */
final class RequestedStates {
    static final int NOT_APPLICABLE = 12;

    private record Requested(StateChange change, int code) {
    }

    private final Map<String, Requested> byCimRequest = new ConcurrentHashMap<>();

    void remember(String systemId, StateChange change, int code) {
        byCimRequest.put(systemId, new Requested(change, code));
    }

    void forget(String systemId) {
        byCimRequest.remove(systemId);
    }

    int of(VirtualSystem vs) {
        StateChange last = vs.lastRequest();
        if (last == null) {
            return NOT_APPLICABLE;
        }
        Optional<Requested> said = Optional.ofNullable(byCimRequest.get(vs.id()));
        if (said.isPresent() && said.get().change() == last) {
            return said.get().code();
        }
        return switch (last) {
            case START, RESUME -> 2;
            case STOP -> 3;
            case SUSPEND -> 6;
            case PAUSE -> 9;
            case RESET -> 11;
        };
    }
}
