package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.Finding;
import id.gerbang.audit.FindingKind;
import id.gerbang.audit.VerificationReport;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampering as a database administrator would do it, on the real database (H2, and PostgreSQL when
 * configured): each kind is found and named with its sequence number. Each test works on 20 fresh
 * entries sealed by a checkpoint and puts the rows back afterwards, so the shared chain stays intact.
 */
@IntegrationTest
class DatabaseTamperTests {

    static final int N = 20;

    @Autowired
    AccessLog accessLog;
    @Autowired
    DatabaseVerifier verifier;
    @Autowired
    CheckpointService checkpoints;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    long s;
    List<AccessRow> original;
    Checkpoint seal;

    @BeforeEach
    void writeAndSeal() throws Exception {
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            seqs.add(accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE,
                    AccessOperation.LOOKUP, AccessOutcome.FOUND).agencyId(900L + i).userId("tamper-user")
                    .nik(3273010101900100L + i).purpose("perkara " + i).elements(List.of("NIK", "NAMA_LGKP")).build()));
        }
        s = seqs.getFirst();
        assertThat(seqs.getLast()).isEqualTo(s + N - 1);
        seal = checkpoints.checkpoint("access", Checkpoint.Reason.MANUAL).orElseThrow();
        assertThat(seal.lastSeq()).isEqualTo(s + N - 1);
        original = rows(s, s + N + 5);
        assertThat(verify().ok()).isTrue();
    }

    @AfterEach
    void restore() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("delete from audit_access_log where seq between ? and ?")) {
                ps.setLong(1, -N);
                ps.setLong(2, -1);
                ps.executeUpdate();
                ps.setLong(1, s);
                ps.setLong(2, s + N + 5);
                ps.executeUpdate();
            }
            AccessRows.insert(c, original.toArray(AccessRow[]::new));
            c.commit();
        }
        jdbc.sql("delete from audit_checkpoint where key_id = 'forged' or (log_name = 'access' and last_seq between ? and ? and id <> ?)")
                .params(s, s + N, seal.id()).update();
        assertThat(verify().ok()).as("restored").isTrue();
    }

    VerificationReport verify() {
        return verifier.verifyRange("access", s, s + N + 5);
    }

    Finding only(VerificationReport report) {
        assertThat(report.findings()).as(report.findings().toString()).hasSize(1);
        return report.findings().getFirst();
    }

    List<AccessRow> rows(long from, long to) throws Exception {
        List<AccessRow> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + AccessRows.COLUMNS
                     + " from audit_access_log where seq between ? and ? order by seq")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(AccessRows.read(rs));
                }
            }
        }
        return out;
    }

    void sql(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }

    @Test
    void editingAFieldIsFound() {
        sql("update audit_access_log set agency_id = 1 where seq = ?", s + 5);
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.ALTERED);
        assertThat(f.seq()).isEqualTo(s + 5);
    }

    @Test
    void editingTheLogDateIsFound() {
        sql("update audit_access_log set log_date = ? where seq = ?", java.time.LocalDate.of(2001, 1, 1), s + 6);
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.ALTERED);
        assertThat(f.seq()).isEqualTo(s + 6);
    }

    @Test
    void deletingAnEntryIsFound() {
        sql("delete from audit_access_log where seq = ?", s + 7);
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.DELETED);
        assertThat(f.seq()).isEqualTo(s + 7);
    }

    @Test
    void deletingAnEntryAndRenumberingTheRestIsFound() {
        sql("delete from audit_access_log where seq = ?", s + 7);
        shift(s + 8, s + N - 1, -1);
        VerificationReport report = verify();
        assertThat(report.findings().getFirst().kind()).isEqualTo(FindingKind.DELETED);
        assertThat(report.findings().getFirst().seq()).isEqualTo(s + 7);
    }

    @Test
    void insertingAnEntryIsFound() throws Exception {
        shift(s + 10, s + N - 1, +1);
        AccessRow fake = original.get(3).withSeqAndHash(s + 10, original.get(3).hash());
        try (Connection c = dataSource.getConnection()) {
            AccessRows.insert(c, new AccessRow[] {fake});
        }
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.INSERTED);
        assertThat(f.seq()).isEqualTo(s + 10);
    }

    @Test
    void reorderingTwoEntriesIsFound() {
        sql("update audit_access_log set seq = -1 where seq = ?", s + 3);
        sql("update audit_access_log set seq = ? where seq = ?", s + 3, s + 4);
        sql("update audit_access_log set seq = ? where seq = -1", s + 4);
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.REORDERED);
        assertThat(f.seq()).isEqualTo(s + 3);
        assertThat(f.lastSeq()).isEqualTo(s + 4);
    }

    @Test
    void truncatingTheTailIsFound() {
        sql("delete from audit_access_log where seq >= ?", s + 15);
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.TRUNCATED);
        assertThat(f.seq()).isEqualTo(s + 15);
        assertThat(f.lastSeq()).isEqualTo(s + N - 1);
    }

    @Test
    void rewritingTheChainWithRecomputedHashesIsFoundByTheCheckpoint() throws Exception {
        List<AccessRow> rewritten = new ArrayList<>();
        byte[] prev = original.get(1).hash();
        for (AccessRow r : original.subList(2, N)) {
            AccessRow changed = new AccessRow(r.seq(), r.time(), r.requestId(), r.agencyId(), r.agreementId(),
                    r.seq() == s + 2 ? "someone-else" : r.userId(), r.channel(), r.operation(), r.sourceIp(),
                    r.claimedIp(), r.nik(), r.nikRaw(), r.noKk(), r.purpose(), r.localUser(), r.outcome(), r.elements(),
                    r.latencyMicros(), r.hash());
            prev = ChainCodec.hash(prev, ChainCodec.ACCESS, r.seq(), ChainCodec.accessBody(changed));
            rewritten.add(changed.withSeqAndHash(r.seq(), prev));
        }
        sql("delete from audit_access_log where seq >= ?", s + 2);
        try (Connection c = dataSource.getConnection()) {
            AccessRows.insert(c, rewritten.toArray(AccessRow[]::new));
        }
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.CHECKPOINT_MISMATCH);
        assertThat(f.seq()).isEqualTo(s + N - 1);
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsFound() throws Exception {
        KeyPair other = Keys.generate();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        byte[] head = original.get(9).hash();
        byte[] sig = Keys.sign(other.getPrivate(), Checkpoint.payload("access", s + 9, head, now, "INTERVAL", seal.keyId()));
        try (Connection c = dataSource.getConnection()) {
            Checkpoints.insert(c, new Checkpoint(0, "access", s + 9, head, now, "INTERVAL", seal.keyId(), sig));
        }
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.CHECKPOINT_SIGNATURE_INVALID);
        assertThat(f.seq()).isEqualTo(s + 9);
    }

    @Test
    void aCheckpointWithAnAlteredFieldIsFound() {
        sql("update audit_checkpoint set created_at = ? where id = ?",
                java.time.OffsetDateTime.parse("2020-01-01T00:00:00Z"), seal.id());
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.CHECKPOINT_SIGNATURE_INVALID);
        assertThat(f.seq()).isEqualTo(s + N - 1);
        sql("update audit_checkpoint set created_at = ? where id = ?",
                java.time.OffsetDateTime.ofInstant(seal.createdAt(), java.time.ZoneOffset.UTC), seal.id());
    }

    @Test
    void aCheckpointUnderAnUnknownKeyIsFound() throws Exception {
        KeyPair other = Keys.generate();
        String otherId = "forged";
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        byte[] head = original.get(4).hash();
        byte[] sig = Keys.sign(other.getPrivate(), Checkpoint.payload("access", s + 4, head, now, "INTERVAL", otherId));
        try (Connection c = dataSource.getConnection()) {
            Checkpoints.insert(c, new Checkpoint(0, "access", s + 4, head, now, "INTERVAL", otherId, sig));
        }
        Finding f = only(verify());
        assertThat(f.kind()).isEqualTo(FindingKind.CHECKPOINT_UNKNOWN_KEY);
        assertThat(f.seq()).isEqualTo(s + 4);
    }

    /** Moves seq of a range by delta in two steps, since PostgreSQL checks the key row by row. */
    void shift(long from, long to, int delta) {
        sql("update audit_access_log set seq = -seq where seq between ? and ?", from, to);
        sql("update audit_access_log set seq = -seq + ? where seq between ? and ?", delta, -to, -from);
    }
}
