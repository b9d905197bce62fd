package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.ovf.OvfFinding;

/**
 * The deployer refused a package and changed nothing. The finding names the requirement (OVF-...) the package or
 * the deploy choices violate, and what exactly was wrong.
 */
public final class OvfDeployException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient OvfFinding finding;

    public OvfDeployException(OvfFinding finding) {
        this(finding, null);
    }

    public OvfDeployException(OvfFinding finding, Throwable cause) {
        super(finding.toString(), cause);
        this.finding = finding;
    }

    static OvfDeployException refused(String requirementId, String member, String message) {
        return new OvfDeployException(OvfFinding.error(requirementId, member, message));
    }

    public OvfFinding finding() {
        return finding;
    }

    public String requirementId() {
        return finding.requirementId();
    }
}
