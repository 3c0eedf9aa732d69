package id.gerbang.audit.internal;

/**
 * One stored entry as the verifier sees it: its stored sequence number, its canonical body and its
 * stored hash. The verifier recomputes the hash at the position it expects, which may differ from
 * the stored sequence number when rows were renumbered.
 */
public record ChainLink(long seq, byte kind, byte[] body, byte[] hash) {

    public byte[] hashAt(byte[] previous, long position) {
        return ChainCodec.hash(previous, kind, position, body);
    }

    public boolean verifiesAt(byte[] previous, long position) {
        return ChainCodec.same(hashAt(previous, position), hash);
    }
}
