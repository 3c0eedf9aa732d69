package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.audit.internal.UsageSummary;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitoring figures come from the pre-aggregated counts plus the entries not folded yet: the
 * same numbers before and after a fold, a lookup counted the moment it is logged, Jakarta days and
 * hours, and an agency administrator limited to its own agency.
 */
@IntegrationTest
class AccessLogStatisticsTests {

    @Autowired AccessLog accessLog;
    @Autowired AccessLogStatistics statistics;
    @Autowired UsageSummary summary;
    @Autowired JdbcClient jdbc;

    long agency;
    static final LocalDate DAY = LocalDate.parse("2026-03-10");
    static final Viewer AUDITOR = Viewer.auditor("auditor");

    @BeforeEach
    void writeEntries() {
        agency = ThreadLocalRandom.current().nextLong(100_000_000, 900_000_000);
        record(agency, "op-a", AccessChannel.WEB_PORTAL, AccessOutcome.FOUND, "2026-03-10T01:15:00Z");   // 08 WIB
        record(agency, "op-a", AccessChannel.WEB_PORTAL, AccessOutcome.FOUND, "2026-03-10T01:45:00Z");   // 08 WIB
        record(agency, "op-b", AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOutcome.QUOTA_EXHAUSTED, "2026-03-10T07:00:00Z"); // 14
        record(agency, null, AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOutcome.NOT_FOUND, "2026-03-10T16:59:00Z");  // 23 WIB
        record(agency, "op-a", AccessChannel.WEB_PORTAL, AccessOutcome.FOUND, "2026-03-10T17:00:00Z");   // 11 March WIB
    }

    void record(long agencyId, String user, AccessChannel channel, AccessOutcome outcome, String time) {
        accessLog.record(AccessLogEntry.builder(channel, AccessOperation.LOOKUP, outcome)
                .time(Instant.parse(time)).agencyId(agencyId).agreementId(agencyId * 10).userId(user)
                .sourceIp("127.0.0.9").nik(3273019999000000L + ThreadLocalRandom.current().nextInt(1_000_000))
                .elements(List.of()).build());
    }

    @Test
    void theSameFiguresBeforeAndAfterTheFold() {
        AccessLogStatistics.Figures unfolded = figures();
        summary.fold();
        AccessLogStatistics.Figures folded = figures();
        assertThat(folded.foldedThroughSeq()).isGreaterThan(unfolded.foldedThroughSeq() - 1);
        for (AccessLogStatistics.Figures f : List.of(unfolded, folded)) {
            assertThat(f.days()).containsExactlyInAnyOrder(
                    new AccessLogStatistics.DayCount(DAY, agency, "WEB_PORTAL", "FOUND", 2),
                    new AccessLogStatistics.DayCount(DAY, agency, "WEB_SERVICE_COMPATIBLE", "QUOTA_EXHAUSTED", 1),
                    new AccessLogStatistics.DayCount(DAY, agency, "WEB_SERVICE_COMPATIBLE", "NOT_FOUND", 1));
            assertThat(f.users()).containsExactlyInAnyOrder(
                    new AccessLogStatistics.UserDayCount(DAY, "op-a", "FOUND", 2),
                    new AccessLogStatistics.UserDayCount(DAY, "op-b", "QUOTA_EXHAUSTED", 1),
                    new AccessLogStatistics.UserDayCount(DAY, null, "NOT_FOUND", 1));
            assertThat(f.hours()[8]).isEqualTo(2);
            assertThat(f.hours()[14]).isEqualTo(1);
            assertThat(f.hours()[23]).isEqualTo(1);
            assertThat(f.hours()[0]).isZero();
        }
    }

    @Test
    void anEntryWrittenAfterTheFoldCountsAtOnceAndIsFoldedOnce() {
        summary.fold();
        record(agency, "op-b", AccessChannel.WEB_PORTAL, AccessOutcome.FOUND, "2026-03-10T02:00:00Z");
        assertThat(foundOf(figures())).isEqualTo(3);
        summary.fold();
        summary.fold();
        assertThat(foundOf(figures())).isEqualTo(3);
        assertThat(jdbc.sql("select sum(calls) from audit_usage_day where agency_id = :a and log_date = :d")
                .param("a", agency).param("d", DAY).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void oneUserOfTheAgency() {
        AccessLogStatistics.Figures f = statistics.figures(DAY, DAY, agency, "op-b", AUDITOR);
        assertThat(f.users()).containsExactly(new AccessLogStatistics.UserDayCount(DAY, "op-b", "QUOTA_EXHAUSTED", 1));
    }

    @Test
    void anAgencyAdministratorReadsOnlyItsOwnAgency() {
        assertThat(statistics.figures(DAY, DAY, agency, null, Viewer.agencyAdministrator("a", agency)).days()).hasSize(3);
        assertThatThrownBy(() -> statistics.figures(DAY, DAY, agency, null, Viewer.agencyAdministrator("b", agency + 1)))
                .isInstanceOf(GerbangException.class).hasFieldOrPropertyWithValue("errorCode", CommonError.FORBIDDEN);
        assertThatThrownBy(() -> statistics.figures(DAY, DAY, null, null, Viewer.agencyAdministrator("b", agency)))
                .isInstanceOf(GerbangException.class).hasFieldOrPropertyWithValue("errorCode", CommonError.FORBIDDEN);
    }

    /**
     * The audit API's usage figures (per day, agency, user and outcome) read from the counts and the
     * tail are what grouping the log itself gives, row for row and in order: before the fold, after
     * it, and with an entry written after the fold on top.
     */
    @Test
    void theUsageFiguresAreTheLogGroupedWhateverHasBeenFolded() {
        LocalDate from = DAY.minusDays(1);
        LocalDate to = DAY.plusDays(1);
        assertThat(statistics.usage(from, to, agency)).isEqualTo(groupedLog(from, to)).hasSize(4);
        summary.fold();
        assertThat(statistics.usage(from, to, agency)).isEqualTo(groupedLog(from, to));
        record(agency, "op-b", AccessChannel.WEB_PORTAL, AccessOutcome.FOUND, "2026-03-10T02:00:00Z");
        record(agency, null, AccessChannel.WEB_PORTAL, AccessOutcome.NOT_FOUND, "2026-03-09T02:00:00Z");
        List<UsageCount> usage = statistics.usage(from, to, agency);
        assertThat(usage).isEqualTo(groupedLog(from, to)).hasSize(6);
        assertThat(usage.getFirst()).isEqualTo(new UsageCount(agency, null, DAY.minusDays(1), AccessOutcome.NOT_FOUND, 1));
        assertThat(usage.get(1)).isEqualTo(new UsageCount(agency, "op-a", DAY, AccessOutcome.FOUND, 2));
        assertThat(statistics.usage(DAY, DAY, agency + 1)).isEmpty();
        assertThat(statistics.usage(from, to, null)).containsAll(usage);
        assertThatThrownBy(() -> statistics.usage(to, from, agency)).isInstanceOf(GerbangException.class)
                .hasFieldOrPropertyWithValue("errorCode", AuditError.INVALID_RANGE);
    }

    /** What the usage figures were before the counts: the log grouped, an absent agency or user last. */
    List<UsageCount> groupedLog(LocalDate from, LocalDate to) {
        return jdbc.sql("select agency_id, user_id, log_date, outcome, count(*) from audit_access_log "
                        + "where log_date between :from and :to and agency_id = :agency "
                        + "group by agency_id, user_id, log_date, outcome "
                        + "order by log_date, agency_id nulls last, user_id nulls last, outcome")
                .param("from", from).param("to", to).param("agency", agency)
                .query((rs, n) -> new UsageCount(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        AccessOutcome.valueOf(rs.getString(4)), rs.getLong(5)))
                .list();
    }

    AccessLogStatistics.Figures figures() {
        return statistics.figures(DAY, DAY, agency, null, AUDITOR);
    }

    static long foundOf(AccessLogStatistics.Figures f) {
        return f.days().stream().filter(d -> d.outcome().equals("FOUND")).mapToLong(AccessLogStatistics.DayCount::calls).sum();
    }
}
