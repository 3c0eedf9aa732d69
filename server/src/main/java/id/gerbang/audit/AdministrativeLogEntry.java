package id.gerbang.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the administrative log as shown to registry administrators and auditors. */
public record AdministrativeLogEntry(long seq, Instant time, String actor, String action, String subjectType,
                                     String subjectId, @Nullable String before, @Nullable String after,
                                     @Nullable String reason) {
}
