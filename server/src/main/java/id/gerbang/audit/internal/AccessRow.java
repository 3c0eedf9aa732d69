package id.gerbang.audit.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An access-log entry as stored: normalised values (time in microseconds, texts cleaned and cut to
 * their column sizes, enums as names, elements joined by commas) and its chain hash.
 */
public record AccessRow(
        long seq,
        Instant time,
        String requestId,
        @Nullable Long agencyId,
        @Nullable Long agreementId,
        @Nullable String userId,
        String channel,
        String operation,
        @Nullable String sourceIp,
        @Nullable String claimedIp,
        @Nullable Long nik,
        @Nullable String nikRaw,
        @Nullable Long noKk,
        @Nullable String purpose,
        @Nullable String localUser,
        String outcome,
        String elements,
        @Nullable Long latencyMicros,
        byte[] hash) {

    public AccessRow withSeqAndHash(long newSeq, byte[] newHash) {
        return new AccessRow(newSeq, time, requestId, agencyId, agreementId, userId, channel, operation,
                sourceIp, claimedIp, nik, nikRaw, noKk, purpose, localUser, outcome, elements, latencyMicros, newHash);
    }

    public ChainLink link() {
        return new ChainLink(seq, ChainCodec.ACCESS, ChainCodec.accessBody(this), hash);
    }
}
