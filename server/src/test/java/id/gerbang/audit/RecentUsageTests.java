package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.audit.internal.UsageSummary;
import id.gerbang.common.GerbangException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The agency administrator's usage chart: one agency, the last 30 days, from the pre-aggregated counts. */
@IntegrationTest
class RecentUsageTests {

    @Autowired AccessLog accessLog;
    @Autowired AccessLogSearch search;
    @Autowired UsageSummary summary;

    long agency;
    long other;
    static final LocalDate LAST = LocalDate.parse("2026-06-30");

    @BeforeEach
    void writeEntries() {
        agency = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
        other = agency + 1;
        record(agency, "op-a", AccessOutcome.FOUND, "2026-06-30T03:00:00Z");
        record(agency, "op-a", AccessOutcome.FOUND, "2026-06-30T04:00:00Z");
        record(agency, "op-a", AccessOutcome.NOT_FOUND, "2026-06-30T05:00:00Z");
        record(agency, "op-b", AccessOutcome.FOUND, "2026-06-01T01:00:00Z");   // first day of the 30
        record(agency, "op-b", AccessOutcome.FOUND, "2026-05-31T01:00:00Z");   // one day too early
        record(agency, "op-b", AccessOutcome.FOUND, "2026-06-30T17:30:00Z");   // 1 July in Jakarta
        record(other, "op-x", AccessOutcome.FOUND, "2026-06-30T03:00:00Z");
    }

    void record(long agencyId, String user, AccessOutcome outcome, String time) {
        accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_PORTAL, AccessOperation.LOOKUP, outcome)
                .time(Instant.parse(time)).agencyId(agencyId).agreementId(agencyId * 10).userId(user)
                .sourceIp("127.0.0.9").nik(3273019999000000L + ThreadLocalRandom.current().nextInt(1_000_000))
                .purpose("kasus").elements(List.of()).build());
    }

    @Test
    void countsPerDayUserAndOutcomeOfOneAgencyOverThirtyDays() {
        List<UsageCount> usage = search.recentUsage(agency, LAST, Viewer.agencyAdministrator("admin-a", agency));
        assertThat(usage).containsExactly(
                new UsageCount(agency, "op-b", LocalDate.parse("2026-06-01"), AccessOutcome.FOUND, 1),
                new UsageCount(agency, "op-a", LAST, AccessOutcome.FOUND, 2),
                new UsageCount(agency, "op-a", LAST, AccessOutcome.NOT_FOUND, 1));
        assertThat(search.recentUsage(agency, LAST, Viewer.auditor("auditor"))).hasSize(3);
    }

    @Test
    void anAdministratorOfAnotherAgencyIsRefused() {
        assertThatThrownBy(() -> search.recentUsage(agency, LAST, Viewer.agencyAdministrator("admin-b", other)))
                .isInstanceOf(GerbangException.class)
                .hasFieldOrPropertyWithValue("errorCode", id.gerbang.common.CommonError.FORBIDDEN);
    }

    @Test
    void theSameFiguresWhenTheEntriesAreFolded() {
        List<UsageCount> unfolded = search.recentUsage(agency, LAST, Viewer.auditor("auditor"));
        summary.fold();
        assertThat(search.recentUsage(agency, LAST, Viewer.auditor("auditor"))).isEqualTo(unfolded).hasSize(3);
    }
}
