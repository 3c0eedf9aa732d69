package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.audit.Finding;
import id.gerbang.audit.FindingKind;
import id.gerbang.audit.VerificationReport;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifier on chains built in memory: every kind of tampering is found and named precisely. */
class ChainVerifierTests {

    static final KeyPair KEY = Keys.generate();
    static final String KEY_ID = Keys.keyId(KEY.getPublic());
    static final Map<String, PublicKey> TRUSTED = Map.of(KEY_ID, KEY.getPublic());

    static AccessRow row(long seq, String purpose) {
        return new AccessRow(seq, Instant.parse("2026-01-02T03:04:05.000006Z").plusSeconds(seq), "req-" + seq, 5L, 50L,
                "user5", "WEB_SERVICE_V1", "LOOKUP", "127.0.0.1", null, 3273010101900000L + seq, null, null, purpose, null,
                "FOUND", "NIK,NAMA_LGKP", 700L, new byte[0]);
    }

    /** A chain of n entries, hashed from genesis. */
    static List<AccessRow> chain(int n) {
        List<AccessRow> rows = new ArrayList<>();
        byte[] prev = ChainCodec.genesis();
        for (long seq = 1; seq <= n; seq++) {
            AccessRow r = row(seq, "case " + seq);
            prev = ChainCodec.hash(prev, ChainCodec.ACCESS, seq, ChainCodec.accessBody(r));
            rows.add(r.withSeqAndHash(seq, prev));
        }
        return rows;
    }

    static List<AccessRow> rehash(List<AccessRow> rows, int fromIndex) {
        List<AccessRow> out = new ArrayList<>(rows);
        byte[] prev = fromIndex == 0 ? ChainCodec.genesis() : out.get(fromIndex - 1).hash();
        for (int i = fromIndex; i < out.size(); i++) {
            AccessRow r = out.get(i);
            prev = ChainCodec.hash(prev, ChainCodec.ACCESS, r.seq(), ChainCodec.accessBody(r));
            out.set(i, r.withSeqAndHash(r.seq(), prev));
        }
        return out;
    }

    static Checkpoint checkpoint(List<AccessRow> rows, long seq, KeyPair key) {
        byte[] head = rows.get((int) seq - 1).hash();
        Instant at = Instant.parse("2026-01-02T04:00:00Z");
        String keyId = Keys.keyId(key.getPublic());
        byte[] sig = Keys.sign(key.getPrivate(), Checkpoint.payload("access", seq, head, at, "INTERVAL", keyId));
        return new Checkpoint(seq, "access", seq, head, at, "INTERVAL", keyId, sig);
    }

    static VerificationReport verify(List<AccessRow> rows, List<Checkpoint> checkpoints) {
        ChainVerifier v = new ChainVerifier("access", "test", 1, ChainCodec.genesis(), checkpoints, TRUSTED);
        rows.forEach(r -> v.accept(r.link()));
        return v.finish();
    }

    static Finding only(VerificationReport report) {
        assertThat(report.findings()).hasSize(1);
        return report.findings().getFirst();
    }

    @Test
    void anIntactChainVerifies() {
        List<AccessRow> rows = chain(50);
        VerificationReport report = verify(rows, List.of(checkpoint(rows, 20, KEY), checkpoint(rows, 50, KEY)));
        assertThat(report.ok()).isTrue();
        assertThat(report.entries()).isEqualTo(50);
        assertThat(report.checkpoints()).isEqualTo(2);
    }

    @Test
    void anAlteredFieldIsFoundAtItsSequence() {
        List<AccessRow> rows = new ArrayList<>(chain(30));
        AccessRow r = rows.get(11);
        rows.set(11, new AccessRow(r.seq(), r.time(), r.requestId(), 6L, r.agreementId(), r.userId(), r.channel(),
                r.operation(), r.sourceIp(), r.claimedIp(), r.nik(), r.nikRaw(), r.noKk(), r.purpose(), r.localUser(),
                r.outcome(), r.elements(), r.latencyMicros(), r.hash()));
        Finding f = only(verify(rows, List.of(checkpoint(chain(30), 30, KEY))));
        assertThat(f.kind()).isEqualTo(FindingKind.ALTERED);
        assertThat(f.seq()).isEqualTo(12);
    }

    @Test
    void aDeletedEntryIsFoundAsAGap() {
        List<AccessRow> rows = new ArrayList<>(chain(30));
        rows.remove(9);
        Finding f = only(verify(rows, List.of()));
        assertThat(f.kind()).isEqualTo(FindingKind.DELETED);
        assertThat(f.seq()).isEqualTo(10);
    }

    @Test
    void deletedEntriesAreFoundEvenWhenTheRestWasRenumbered() {
        List<AccessRow> rows = new ArrayList<>(chain(30));
        rows.remove(9);
        rows.remove(9);
        for (int i = 9; i < rows.size(); i++) {
            rows.set(i, rows.get(i).withSeqAndHash(rows.get(i).seq() - 2, rows.get(i).hash()));
        }
        VerificationReport report = verify(rows, List.of(checkpoint(chain(30), 20, KEY)));
        Finding f = report.findings().getFirst();
        assertThat(f.kind()).isEqualTo(FindingKind.DELETED);
        assertThat(f.seq()).isEqualTo(10);
        assertThat(f.lastSeq()).isEqualTo(11);
        assertThat(report.findings()).extracting(Finding::kind).doesNotContain(FindingKind.ALTERED);
    }

    @Test
    void anInsertedEntryIsFoundAndTheRestStillVerifies() {
        List<AccessRow> rows = new ArrayList<>(chain(30));
        AccessRow fake = row(15, "invented").withSeqAndHash(15, new byte[32]);
        rows.add(14, fake);
        for (int i = 15; i < rows.size(); i++) {
            rows.set(i, rows.get(i).withSeqAndHash(rows.get(i).seq() + 1, rows.get(i).hash()));
        }
        Finding f = only(verify(rows, List.of(checkpoint(chain(30), 30, KEY))));
        assertThat(f.kind()).isEqualTo(FindingKind.INSERTED);
        assertThat(f.seq()).isEqualTo(15);
    }

    @Test
    void anInsertedEntryWithARecomputedHashIsFoundToo() {
        List<AccessRow> rows = new ArrayList<>(chain(30));
        AccessRow fake = row(15, "invented");
        rows.add(14, fake.withSeqAndHash(15, ChainCodec.hash(rows.get(13).hash(), ChainCodec.ACCESS, 15,
                ChainCodec.accessBody(fake))));
        for (int i = 15; i < rows.size(); i++) {
            rows.set(i, rows.get(i).withSeqAndHash(rows.get(i).seq() + 1, rows.get(i).hash()));
        }
        Finding f = only(verify(rows, List.of()));
        assertThat(f.kind()).isEqualTo(FindingKind.INSERTED);
        assertThat(f.seq()).isEqualTo(15);
    }

    @Test
    void twoSwappedEntriesAreFoundAsReordered() {
        List<AccessRow> rows = new ArrayList<>(chain(30));
        AccessRow a = rows.get(6);
        AccessRow b = rows.get(7);
        rows.set(6, b.withSeqAndHash(7, b.hash()));
        rows.set(7, a.withSeqAndHash(8, a.hash()));
        Finding f = only(verify(rows, List.of(checkpoint(chain(30), 8, KEY))));
        assertThat(f.kind()).isEqualTo(FindingKind.REORDERED);
        assertThat(f.seq()).isEqualTo(7);
        assertThat(f.lastSeq()).isEqualTo(8);
    }

    @Test
    void aTruncatedTailIsFoundByTheCheckpointThatCoveredIt() {
        List<AccessRow> full = chain(30);
        Finding f = only(verify(full.subList(0, 25), List.of(checkpoint(full, 28, KEY))));
        assertThat(f.kind()).isEqualTo(FindingKind.TRUNCATED);
        assertThat(f.seq()).isEqualTo(26);
        assertThat(f.lastSeq()).isEqualTo(28);
    }

    @Test
    void aRewrittenChainIsFoundByTheCheckpoint() {
        List<AccessRow> rows = new ArrayList<>(chain(30));
        AccessRow r = rows.get(4);
        rows.set(4, new AccessRow(r.seq(), r.time(), r.requestId(), r.agencyId(), r.agreementId(), r.userId(),
                r.channel(), r.operation(), r.sourceIp(), r.claimedIp(), r.nik(), r.nikRaw(), r.noKk(), "rewritten",
                r.localUser(), r.outcome(), r.elements(), r.latencyMicros(), r.hash()));
        List<AccessRow> rewritten = rehash(rows, 4);
        Finding f = only(verify(rewritten, List.of(checkpoint(chain(30), 20, KEY))));
        assertThat(f.kind()).isEqualTo(FindingKind.CHECKPOINT_MISMATCH);
        assertThat(f.seq()).isEqualTo(20);
    }

    @Test
    void forgedCheckpointsAreFound() {
        List<AccessRow> rows = chain(30);
        Checkpoint foreign = checkpoint(rows, 10, Keys.generate());
        Checkpoint good = checkpoint(rows, 20, KEY);
        Checkpoint altered = new Checkpoint(good.id(), good.log(), 21, rows.get(20).hash(), good.createdAt(),
                good.reason(), good.keyId(), good.signature());
        VerificationReport report = verify(rows, List.of(foreign, altered));
        assertThat(report.findings()).extracting(Finding::kind)
                .containsExactly(FindingKind.CHECKPOINT_UNKNOWN_KEY, FindingKind.CHECKPOINT_SIGNATURE_INVALID);
        assertThat(report.findings()).extracting(Finding::seq).containsExactly(10L, 21L);
    }

    @Test
    void aDerivedPublicKeyMatchesTheGeneratedOne() {
        assertThat(Keys.publicOf(KEY.getPrivate()).getEncoded()).isEqualTo(KEY.getPublic().getEncoded());
    }
}
