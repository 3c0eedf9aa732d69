package id.gerbang.agreement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change of an agency's status; {@code from} is {@code null} for the registration. */
public record AgencyStatusChange(
        @Nullable AgencyStatus from, AgencyStatus to, Instant at, String actor, @Nullable String reason) {
}
