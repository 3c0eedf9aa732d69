package id.gerbang.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the registry sees of an agency's data balikan over a period: the lookups that returned data
 * and, once {@code gerbang.feedback.reconciliation-days} have passed, whether the agency returned
 * data balikan for the NIK since (any record about the NIK received at or after the lookup).
 *
 * @param days    the reconciliation days applied
 * @param missing the NIKs whose latest lookup in the period is due and unanswered, oldest first
 * @param months  per agency and Jakarta month of the lookups: due, answered and the rate
 */
public record Reconciliation(LocalDate from, LocalDate to, int days, List<Missing> missing, List<Compliance> months) {

    /** A lookup due for data balikan without any. */
    public record Missing(long agencyId, long agreementId, String nik, long lookupSeq, Instant lookedUpAt) {

        @Override
        public String toString() {
            return "Missing[agency " + agencyId + ", seq " + lookupSeq + "]";
        }
    }

    /**
     * @param due      distinct NIKs looked up in the month whose latest lookup is at least {@code days} old
     * @param answered of those, with data balikan received at or after that lookup
     * @param rate     answered / due, 0-1 (1 when nothing is due)
     */
    public record Compliance(long agencyId, YearMonth month, int due, int answered, double rate) {
    }
}
