package org.vcmtck.simulator.ovf.descriptor;

/** One StartupSection {@code Item}: entity id, order and the start/stop behaviour (schema defaults applied). */
public record StartupEntry(String id, int order, int startDelay, boolean waitingForGuest, String startAction,
                           int stopDelay, String stopAction) {
}
