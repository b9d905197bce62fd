package org.vcmtck.simulator.ovf;

/**
 * Input so broken that reading cannot go on (an unreadable descriptor, an XXE attempt, an oversize member...).
 * It always carries the finding that says which requirement and which member.
 */
public final class OvfPackageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient OvfFinding finding;

    public OvfPackageException(OvfFinding finding) {
        this(finding, null);
    }

    public OvfPackageException(OvfFinding finding, Throwable cause) {
        super(finding.toString(), cause);
        this.finding = finding;
    }

    public OvfFinding finding() {
        return finding;
    }
}
