package id.gerbang.audit.internal;

import id.gerbang.audit.Finding;
import id.gerbang.audit.FindingKind;
import id.gerbang.audit.VerificationReport;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Walks a chain in stored order and reports the first altered, deleted, inserted or reordered
 * entry, and every checkpoint whose signature or head hash does not hold. It needs no database:
 * the database walker and the offline archive walker both feed it {@link ChainLink}s.
 *
 * <p>Each entry's hash is recomputed at the position the verifier expects (not the stored sequence
 * number), from the hash before it. When one does not match, the next entry tells what happened:
 * it chains from the one before (an insertion), it chains at the failing position and the failing
 * entry after it (a swap), it chains from the failing entry (an alteration), or it chains from the
 * failing entry only some positions later (entries deleted and the rest renumbered). After a
 * finding the walk resynchronises on the stored hashes, so later findings are independent.
 */
public final class ChainVerifier {

    /** How far past a failing entry to look for the position a renumbered entry came from. */
    private static final int RENUMBER_SEARCH = 10_000;

    private final String log;
    private final String source;
    private final TreeMap<Long, List<Checkpoint>> checkpoints = new TreeMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final long started = System.nanoTime();
    private long totalFindings;
    private int checkpointCount;

    private long pos;
    private byte @Nullable [] prev;
    private byte @Nullable [] prevPrev;
    private boolean lastVerified;
    private long offset;
    private long entries;
    private long firstSeq;
    private long lastSeq;
    private @Nullable ChainLink pending;

    /**
     * @param firstPosition the sequence number the first entry should have
     * @param previous      the hash before it (genesis, or the last archived entry's); {@code null}
     *                      when unknown, and then the first entry's stored hash is trusted
     * @param checkpoints   the checkpoints to check; their signatures are checked against {@code keys}
     */
    public ChainVerifier(String log, String source, long firstPosition, byte @Nullable [] previous,
                         Collection<Checkpoint> checkpoints, Map<String, PublicKey> keys) {
        this.log = log;
        this.source = source;
        this.pos = firstPosition;
        this.prev = previous;
        this.lastVerified = previous != null;
        for (Checkpoint cp : checkpoints) {
            checkpointCount++;
            PublicKey key = keys.get(cp.keyId());
            if (!cp.log().equals(log)) {
                finding(FindingKind.CHECKPOINT_SIGNATURE_INVALID, cp.lastSeq(), cp.lastSeq(),
                        "checkpoint #" + cp.id() + " belongs to log '" + cp.log() + "'");
            } else if (key == null) {
                finding(FindingKind.CHECKPOINT_UNKNOWN_KEY, cp.lastSeq(), cp.lastSeq(), "checkpoint #" + cp.id()
                        + " is signed by key " + cp.keyId() + ", which is not a trusted key");
            } else if (!cp.signatureValid(key)) {
                finding(FindingKind.CHECKPOINT_SIGNATURE_INVALID, cp.lastSeq(), cp.lastSeq(), "checkpoint #"
                        + cp.id() + " (sequence " + cp.lastSeq() + ", " + cp.createdAt()
                        + ") has a signature that does not verify: it is forged or its fields were altered");
            } else if (cp.lastSeq() == firstPosition - 1 && previous != null) {
                compare(cp, previous);
            } else if (cp.lastSeq() >= firstPosition) {
                this.checkpoints.computeIfAbsent(cp.lastSeq(), k -> new ArrayList<>()).add(cp);
            }
        }
    }

    /** The next stored entry, in ascending stored sequence order. */
    public void accept(ChainLink link) {
        if (entries++ == 0) {
            firstSeq = link.seq();
        }
        lastSeq = link.seq();
        if (pending == null) {
            pending = link;
            return;
        }
        ChainLink current = pending;
        pending = link;
        if (process(current, link)) {
            pending = null;
        }
    }

    /** A problem the caller found outside the chain (for example a derived column that disagrees). */
    public void inconsistency(FindingKind kind, long seq, String detail) {
        finding(kind, seq, seq, detail);
    }

    public VerificationReport finish() {
        if (pending != null) {
            process(pending, null);
            pending = null;
        }
        if (!checkpoints.isEmpty() && checkpoints.lastKey() >= pos) {
            Checkpoint last = checkpoints.lastEntry().getValue().getFirst();
            finding(FindingKind.TRUNCATED, pos + offset, last.lastSeq(), "checkpoint #" + last.id() + " of "
                    + last.createdAt() + " covers entries up to sequence " + last.lastSeq()
                    + " but the log ends at sequence " + (pos - 1 + offset) + ": entries "
                    + (pos + offset) + ".." + last.lastSeq() + " are missing");
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new VerificationReport(log, source, entries == 0 ? 0 : firstSeq, entries == 0 ? 0 : lastSeq,
                entries, checkpointCount, findings, totalFindings, elapsed);
    }

    /** Verifies {@code r0}, looking at {@code r1} to classify a failure; true when r1 was consumed too. */
    private boolean process(ChainLink r0, @Nullable ChainLink r1) {
        long storedPos = r0.seq() - offset;
        if (storedPos < pos) {
            finding(FindingKind.INSERTED, r0.seq(), r0.seq(), "entry " + r0.seq()
                    + " repeats a position already taken");
            offset++;
            return false;
        }
        if (storedPos > pos) {
            finding(FindingKind.DELETED, pos + offset, r0.seq() - 1, (storedPos - pos) == 1
                    ? "entry " + (pos + offset) + " is missing"
                    : "entries " + (pos + offset) + ".." + (r0.seq() - 1) + " are missing");
            pos = storedPos;
            advance(r0, false);
            return false;
        }
        byte[] previous = prev;
        if (previous == null) {
            advance(r0, false);
            return false;
        }
        if (r0.verifiesAt(previous, pos)) {
            advance(r0, true);
            return false;
        }
        if (r1 != null && r1.verifiesAt(previous, pos)) {
            if (ChainCodec.same(r0.hashAt(r1.hash(), pos + 1), r0.hash())) {
                finding(FindingKind.REORDERED, r0.seq(), r1.seq(), "entries " + r0.seq() + " and " + r1.seq()
                        + " are in each other's place");
                advance(r1, true);
                advance(r0, true);
                return true;
            }
            finding(FindingKind.INSERTED, r0.seq(), r0.seq(), "entry " + r0.seq()
                    + " is not part of the chain: the entry after it continues from the entry before it");
            offset++;
            return false;
        }
        byte[] before = prevPrev;
        if (lastVerified && before != null && r0.verifiesAt(before, pos - 1)) {
            finding(FindingKind.INSERTED, r0.seq() - 1, r0.seq() - 1, "entry " + (r0.seq() - 1)
                    + " is not part of the chain (inserted with a recomputed hash): entry " + r0.seq()
                    + " continues from the entry before it");
            offset++;
            pos--;
            prev = before;
            advance(r0, true);
            return false;
        }
        if (r1 == null || r1.verifiesAt(r0.hash(), pos + 1)) {
            finding(FindingKind.ALTERED, r0.seq(), r0.seq(), r1 == null
                    ? "entry " + r0.seq() + " does not match its hash (altered, or added at the end)"
                    : "entry " + r0.seq() + " does not match its hash: its content was altered"
                    + (lastVerified ? "" : " (or the entry before it was altered and its hash recomputed)"));
            advance(r0, false);
            return false;
        }
        for (int k = 1; k <= RENUMBER_SEARCH; k++) {
            if (r1.verifiesAt(r0.hash(), pos + k + 1)) {
                finding(FindingKind.DELETED, pos + offset, pos + offset + k - 1, (k == 1 ? "entry " + (pos + offset)
                        + " is missing" : "entries " + (pos + offset) + ".." + (pos + offset + k - 1) + " are missing")
                        + " and the entries after it were renumbered");
                offset -= k;
                pos += k;
                advance(r0, false);
                return false;
            }
        }
        finding(FindingKind.ALTERED, r0.seq(), r0.seq(), "entry " + r0.seq()
                + " does not match its hash, nor do the entries around it");
        advance(r0, false);
        return false;
    }

    private void advance(ChainLink r, boolean verified) {
        prevPrev = prev;
        prev = r.hash();
        lastVerified = verified;
        List<Checkpoint> due = checkpoints.remove(pos);
        if (due != null) {
            due.forEach(cp -> compare(cp, r.hash()));
        }
        checkpoints.headMap(pos).clear();
        pos++;
    }

    private void compare(Checkpoint cp, byte[] head) {
        if (!ChainCodec.same(cp.headHash(), head)) {
            finding(FindingKind.CHECKPOINT_MISMATCH, cp.lastSeq(), cp.lastSeq(), "checkpoint #" + cp.id() + " of "
                    + cp.createdAt() + " signed head hash " + ChainCodec.hex(cp.headHash()) + " at sequence "
                    + cp.lastSeq() + " but the chain there has " + ChainCodec.hex(head)
                    + ": entries up to sequence " + cp.lastSeq() + " were rewritten");
        }
    }

    private void finding(FindingKind kind, long seq, long last, String detail) {
        totalFindings++;
        if (findings.size() < VerificationReport.MAX_FINDINGS) {
            findings.add(new Finding(kind, seq, last, detail));
        }
    }
}
