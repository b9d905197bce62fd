package org.vcmtck.reports.integrity;

import java.util.List;

/** What {@link ReportVerifier} found, with the lines saying what it checked. */
public sealed interface Verification {

    /** One line per check made (and per check that could not be made), for people. */
    List<String> checked();

    /** Everything checked holds. */
    record Valid(List<String> checked) implements Verification {
        public Valid {
            checked = List.copyOf(checked);
        }
    }

    /** The report was altered after it was written. */
    record Tampered(Tampering how, String detail, List<String> checked) implements Verification {
        public Tampered {
            checked = List.copyOf(checked);
        }
    }

    /** The input cannot be checked at all: not JSON, no integrity member, unknown algorithm. */
    record Unusable(String problem, List<String> checked) implements Verification {
        public Unusable {
            checked = List.copyOf(checked);
        }
    }
}
