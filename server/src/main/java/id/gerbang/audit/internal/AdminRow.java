package id.gerbang.audit.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An administrative-log entry as stored, with its chain hash. */
public record AdminRow(
        long seq,
        Instant time,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        @Nullable String before,
        @Nullable String after,
        @Nullable String reason,
        byte[] hash) {

    public ChainLink link() {
        return new ChainLink(seq, ChainCodec.ADMIN, ChainCodec.adminBody(this), hash);
    }
}
