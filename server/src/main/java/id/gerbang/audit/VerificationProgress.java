package id.gerbang.audit;

/** Told how far a verification walk is: once the range, then the sequence reached every few thousand entries. */
public interface VerificationProgress {

    void started(long firstSeq, long lastSeq);

    void reached(long seq);
}
