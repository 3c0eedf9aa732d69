package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AccessLogTests {

    @Autowired
    AccessLog accessLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAnEntryWithEveryFieldAndReturnsItsSequence() {
        AccessLogEntry entry = AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOperation.LOOKUP,
                        AccessOutcome.FOUND)
                .time(Instant.parse("2026-03-04T05:06:07.123456789Z"))
                .agencyId(7L).agreementId(70L).userId("dp3akb_jabar_ws")
                .sourceIp("127.0.0.9").claimedIp("10.0.0.1")
                .nik("3273010101900001").purpose("kasus 2026/031")
                .elements(List.of("NIK", "NAMA_LGKP", "TGL_LHR")).latencyMicros(850L)
                .build();
        long seq = accessLog.record(entry);

        var row = jdbc.sql("select * from audit_access_log where seq = ?").param(seq).query().singleRow();
        assertThat(row.get("request_id")).isEqualTo(entry.requestId());
        assertThat(row.get("nik")).isEqualTo(3273010101900001L);
        assertThat(row.get("nik_raw")).isNull();
        assertThat(row.get("agency_id")).isEqualTo(7L);
        assertThat(row.get("user_id")).isEqualTo("dp3akb_jabar_ws");
        assertThat(row.get("outcome")).isEqualTo("FOUND");
        assertThat(row.get("elements")).isEqualTo("NIK,NAMA_LGKP,TGL_LHR");
        assertThat(row.get("log_date").toString()).isEqualTo("2026-03-04");
        assertThat((byte[]) row.get("hash")).hasSize(32);
    }

    @Test
    void keepsAnUnparsableNikAsTextCutTo32Characters() {
        String junk = "32730101019000x1;drop table residents;--and-more-text";
        long seq = accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_V1, AccessOperation.LOOKUP,
                AccessOutcome.NIK_FORMAT_INVALID).nik(junk).build());
        var row = jdbc.sql("select nik, nik_raw from audit_access_log where seq = ?").param(seq).query().singleRow();
        assertThat(row.get("nik")).isNull();
        assertThat(row.get("nik_raw")).isEqualTo(junk.substring(0, 32));
    }

    @Test
    void storesAwkwardTextExactlyAsHashed(@Autowired id.gerbang.audit.internal.DatabaseVerifier verifier) {
        String purpose = "tab\there back\\slash \\N new\nline cr\r nul\u0000 é 🙂 'q' \"dq\"";
        long seq = accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_PORTAL, AccessOperation.LOOKUP,
                AccessOutcome.FOUND).purpose(purpose).userId("\\N").claimedIp("\\x00").build());
        var row = jdbc.sql("select purpose, user_id, claimed_ip from audit_access_log where seq = ?").param(seq)
                .query().singleRow();
        assertThat(row.get("purpose")).isEqualTo("tab\there back\\slash \\N new\nline cr? nul? é 🙂 'q' \"dq\"");
        assertThat(row.get("user_id")).isEqualTo("\\N");
        assertThat(row.get("claimed_ip")).isEqualTo("\\x00");
        assertThat(verifier.verifyRange("access", seq, seq).findings()).isEmpty();
    }

    @Test
    void aLoginFailureHasNoAgencyAgreementOrUser() {
        long seq = accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE,
                AccessOperation.LOOKUP, AccessOutcome.LOGIN_FAILED).sourceIp("127.0.0.1").build());
        var row = jdbc.sql("select agency_id, agreement_id, user_id from audit_access_log where seq = ?")
                .param(seq).query().singleRow();
        assertThat(row.values()).containsOnlyNulls();
    }

    @Test
    void refusesAValueWhereAnElementNameBelongs() {
        assertThatThrownBy(() -> AccessLogEntry.builder(AccessChannel.WEB_PORTAL, AccessOperation.LOOKUP,
                AccessOutcome.FOUND).elements(List.of("NAMA_LGKP", "SITI AMINAH")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("SITI");
    }

    @Test
    void concurrentCallersGetDistinctGaplessSequencesAndAreGroupCommitted() throws Exception {
        int callers = 64;
        int each = 50;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                futures.add(pool.submit(() -> {
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        seqs.add(accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_V1,
                                AccessOperation.LOOKUP, AccessOutcome.NOT_FOUND).nik(3273010101900002L + i).build()));
                    }
                    return seqs;
                }));
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(callers * each);
            long min = all.stream().mapToLong(Long::longValue).min().orElseThrow();
            long max = all.stream().mapToLong(Long::longValue).max().orElseThrow();
            long inRange = jdbc.sql("select count(*) from audit_access_log where seq between ? and ?")
                    .params(min, max).query(Long.class).single();
            assertThat(inRange).isEqualTo(max - min + 1);
        }
    }

    @Test
    void theAsyncVariantCompletesWithTheCommittedSequence() {
        AccessLogEntry entry = AccessLogEntry.builder(AccessChannel.WEB_SERVICE_V1, AccessOperation.VERIFICATION,
                AccessOutcome.VERIFIED).elements(List.of("NAMA_LGKP")).build();
        CompletableFuture<Long> future = accessLog.recordAsync(entry);
        long seq = future.join();
        String requestId = jdbc.sql("select request_id from audit_access_log where seq = ?").param(seq)
                .query(String.class).single();
        assertThat(requestId).isEqualTo(entry.requestId());
    }
}
