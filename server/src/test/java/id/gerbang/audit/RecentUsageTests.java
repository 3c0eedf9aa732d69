package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.common.GerbangException;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The agency administrator's usage chart: one agency, the last 30 days, from the index alone. */
@IntegrationTest
class RecentUsageTests {

    @Autowired AccessLog accessLog;
    @Autowired AccessLogSearch search;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;

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
    void isAnsweredFromTheUsageIndex() throws Exception {
        String sql = AccessLogSearch.RECENT_USAGE_SQL.replace(":agency", Long.toString(agency))
                .replace(":from", "date '2026-06-01'").replace(":to", "date '2026-06-30'");
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        String plan;
        if (product.toLowerCase(Locale.ROOT).contains("postgres")) {
            plan = transactions.execute(tx -> {
                jdbc.sql("set local enable_seqscan = off").update();
                return String.join("\n", jdbc.sql("explain " + sql).query(String.class).list());
            });
            assertThat(plan).contains("Index Only Scan using audit_access_log_agency_usage");
        } else {
            plan = String.join("\n", jdbc.sql("explain " + sql).query(String.class).list());
            assertThat(plan.toLowerCase(Locale.ROOT)).contains("audit_access_log_agency_usage");
        }
    }
}
