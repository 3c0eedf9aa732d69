package id.gerbang.audit;

import java.util.List;

/**
 * The result of walking a chain and its checkpoints.
 *
 * @param log                 {@code access} or {@code admin}
 * @param source              {@code database} or the archive's path
 * @param firstSeq            first sequence number checked (0 when nothing was checked)
 * @param lastSeq             last sequence number checked
 * @param entries             entries read
 * @param checkpoints         checkpoints examined
 * @param findings            the problems, in chain order, at most {@value #MAX_FINDINGS}
 * @param totalFindings       how many problems in all
 * @param elapsedMillis       how long it took
 */
public record VerificationReport(String log, String source, long firstSeq, long lastSeq, long entries,
                                 int checkpoints, List<Finding> findings, long totalFindings,
                                 long elapsedMillis) {

    public static final int MAX_FINDINGS = 1000;

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return totalFindings == 0;
    }

    /** Entries verified per second. */
    public long entriesPerSecond() {
        return elapsedMillis == 0 ? entries * 1000 : entries * 1000 / elapsedMillis;
    }
}
