package id.gerbang.report;

/**
 * The label of an agency's compliance status: {@link #COMPLIANT} (patuh) with no problem;
 * {@link #ATTENTION} (perlu perhatian) with one kind of problem (reports overdue, data balikan below
 * the threshold, open findings, open anomaly alerts); {@link #NON_COMPLIANT} (tidak patuh) with two or
 * more kinds, or any open finding of high severity.
 */
public enum ComplianceLevel {
    COMPLIANT, ATTENTION, NON_COMPLIANT;

    static ComplianceLevel of(int problems, boolean highFinding) {
        if (highFinding || problems >= 2) {
            return NON_COMPLIANT;
        }
        return problems == 1 ? ATTENTION : COMPLIANT;
    }
}
