package id.gerbang.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One access-log entry as shown to a reader. When {@code redacted}, the NIK is safety-flagged and the
 * requesting details (agency, agreement, user, addresses, purpose, local end user) are withheld from this reader.
 */
public record AccessLogView(long seq, Instant time, String requestId, @Nullable Long agencyId,
                            @Nullable Long agreementId, @Nullable String userId, String channel, String operation,
                            @Nullable String sourceIp, @Nullable String claimedIp, @Nullable String nik,
                            @Nullable Long noKk, @Nullable String purpose, @Nullable String localUser, String outcome,
                            @Nullable String wireCode, List<String> elements, @Nullable Long latencyMicros,
                            boolean redacted) {
}
