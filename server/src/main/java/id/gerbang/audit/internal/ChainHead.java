package id.gerbang.audit.internal;

/** The last entry of a chain: its sequence number and hash (32 zero bytes for an empty chain). */
public record ChainHead(long lastSeq, byte[] lastHash) {
}
