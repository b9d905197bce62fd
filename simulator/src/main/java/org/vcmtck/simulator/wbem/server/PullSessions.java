package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimStatus;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Open enumeration sessions of the pull operations. A session holds the found instances as the repository gave
 * them and the shaping (projection) to apply, done per pull so that an open enumeration of many instances does not
 * hold a shaped copy of each at once; and a cursor. It
 * expires {@code OperationTimeout} seconds after its last use, on the given clock. Contexts are random, so one
 * client cannot guess another's; at most {@code maxSessions} are open (CIM_ERR_SERVER_LIMITS_EXCEEDED beyond).
 */
final class PullSessions {
    static final long DEFAULT_TIMEOUT_SECONDS = 60;
    static final long MAX_TIMEOUT_SECONDS = 3600;

    /** One open enumeration: its namespace, whether it returns paths only, its items and where it stands. */
    static final class Session {
        final String namespace;
        final boolean pathsOnly;
        final List<CimInstance> items;
        final UnaryOperator<CimInstance> shape;
        final boolean origin;
        final long timeoutSeconds;
        int position;
        Instant lastUse;

        Session(String namespace, boolean pathsOnly, List<CimInstance> items, long timeoutSeconds) {
            this(namespace, pathsOnly, items, UnaryOperator.identity(), false, timeoutSeconds);
        }

        /**
         * @param shape  applied to each item when it is pulled (projection by PropertyList and class)
         * @param origin whether returned instances carry CLASSORIGIN (IncludeClassOrigin of the Open*)
         */
        Session(String namespace, boolean pathsOnly, List<CimInstance> items, UnaryOperator<CimInstance> shape,
                boolean origin, long timeoutSeconds) {
            this.namespace = namespace;
            this.pathsOnly = pathsOnly;
            this.items = List.copyOf(items);
            this.shape = shape;
            this.origin = origin;
            this.timeoutSeconds = timeoutSeconds;
        }

        boolean finished() {
            return position >= items.size();
        }
    }

    private final Clock clock;
    private final int maxSessions;
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    PullSessions(Clock clock, int maxSessions) {
        this.clock = clock;
        this.maxSessions = maxSessions;
    }

    /** The timeout to use for an OperationTimeout parameter (null = default); 0 means never. */
    static long timeout(Long requested) {
        if (requested == null) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
        if (requested < 0 || requested > MAX_TIMEOUT_SECONDS) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_OPERATION_TIMEOUT, "OperationTimeout " + requested
                    + " is outside 0.." + MAX_TIMEOUT_SECONDS + " seconds");
        }
        return requested;
    }

    synchronized String open(Session s) {
        expire();
        if (sessions.size() >= maxSessions) {
            throw new CimException(CimStatus.CIM_ERR_SERVER_LIMITS_EXCEEDED, "too many open enumerations (at most "
                    + maxSessions + "); close some with CloseEnumeration");
        }
        String context = HexFormat.of().formatHex(bytes());
        s.lastUse = clock.instant();
        sessions.put(context, s);
        return context;
    }

    private byte[] bytes() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return b;
    }

    /** The live session of a context in a namespace; CIM_ERR_INVALID_ENUMERATION_CONTEXT otherwise. */
    synchronized Session use(String context, String namespace) {
        expire();
        Session s = context == null ? null : sessions.get(context);
        if (s == null || !s.namespace.equalsIgnoreCase(namespace)) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_ENUMERATION_CONTEXT, "enumeration context "
                    + context + " is unknown, closed or expired");
        }
        s.lastUse = clock.instant();
        return s;
    }

    /** Takes the next batch, shaped; closes the session when it is exhausted. */
    synchronized List<CimInstance> next(String context, Session s, long max) {
        int from = s.position;
        int to = (int) Math.min(s.items.size(), from + max);
        s.position = to;
        s.lastUse = clock.instant();
        if (s.finished()) {
            sessions.remove(context);
        }
        List<CimInstance> batch = new ArrayList<>(to - from);
        for (CimInstance i : s.items.subList(from, to)) {
            batch.add(s.pathsOnly ? i : s.shape.apply(i));
        }
        return batch;
    }

    synchronized void close(String context) {
        sessions.remove(context);
    }

    synchronized int open() {
        expire();
        return sessions.size();
    }

    private void expire() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> s.timeoutSeconds > 0 && s.lastUse.plusSeconds(s.timeoutSeconds).isBefore(now));
    }
}
