package org.vcmtck.simulator.ovf;

import java.util.Objects;

/**
 * One problem found in an OVF package or descriptor. {@code requirementId} is the catalogue id (OVF-...) the
 * problem violates, {@code member} the package member (file or tar member name) it was found in, or "" when it
 * concerns the package as a whole.
 */
public record OvfFinding(String requirementId, Severity severity, String member, String message) {
    public OvfFinding {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(severity, "severity");
        member = member == null ? "" : member;
        Objects.requireNonNull(message, "message");
    }

    public static OvfFinding error(String requirementId, String member, String message) {
        return new OvfFinding(requirementId, Severity.ERROR, member, message);
    }

    public static OvfFinding warning(String requirementId, String member, String message) {
        return new OvfFinding(requirementId, Severity.WARNING, member, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + requirementId + (member.isEmpty() ? "" : " [" + member + "]") + ": " + message;
    }
}
