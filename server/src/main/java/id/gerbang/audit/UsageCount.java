package id.gerbang.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** How many calls one user of one agency made on one Jakarta day with one outcome. */
public record UsageCount(@Nullable Long agencyId, @Nullable String userId, LocalDate day, AccessOutcome outcome,
                         long count) {
}
