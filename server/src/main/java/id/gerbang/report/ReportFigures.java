package id.gerbang.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;

/**
 * What Gerbang computed for one agency and semester from its own records, up to a signed
 * access-log checkpoint. Maps are sorted (months and days by date, the rest by name) so that every
 * document built from the same figures is the same.
 *
 * @param checkpoint the checkpoint the access-log figures are computed up to
 * @param elements   per element name, how many answers carried it
 * @param compliance data balikan per month of the lookups (due, answered, rate)
 */
public record ReportFigures(long agencyId, String agencyName, Semester semester, LocalDate from, LocalDate to,
                            Checkpoint checkpoint, long calls, long answered, long refused,
                            SortedMap<YearMonth, Long> perMonth, SortedMap<LocalDate, Long> perDay,
                            SortedMap<String, Long> perUser, SortedMap<String, Long> perChannel,
                            SortedMap<String, Long> perOutcome, SortedMap<String, Long> elements,
                            List<QuotaUse> quota, List<Compliance> compliance) {

    /** The signed access-log checkpoint the figures stop at. */
    public record Checkpoint(long id, long lastSequence, String headHash, Instant createdAt, String keyId) {
    }

    /** One agreement's quota over the semester: the daily limit, calls counted, the busiest day. */
    public record QuotaUse(long agreementId, long dailyLimit, long used, long peakDay, int daysAtLimit) {
    }

    /** Data balikan for lookups of one month: NIKs due, answered, and the rate (0-1). */
    public record Compliance(YearMonth month, int due, int answered, double rate) {
    }
}
