package id.gerbang.audit;

/**
 * One problem found by {@code verify}.
 *
 * @param kind    what kind of problem
 * @param seq     the first sequence number concerned (for a checkpoint: the sequence it covers)
 * @param lastSeq the last sequence number concerned (equal to {@code seq} for one entry)
 * @param detail  a precise description in English, for the report
 */
public record Finding(FindingKind kind, long seq, long lastSeq, String detail) {

    public Finding(FindingKind kind, long seq, String detail) {
        this(kind, seq, seq, detail);
    }
}
