package id.gerbang.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters for reading the access log; every one may be absent. Dates are Jakarta days, inclusive.
 * Results come newest first; {@code beforeSeq} continues after the last entry of the previous page.
 */
public record AccessLogQuery(@Nullable Long agencyId, @Nullable String userId, @Nullable LocalDate from,
                             @Nullable LocalDate to, @Nullable AccessOutcome outcome, @Nullable Long nik,
                             @Nullable AccessChannel channel, @Nullable Long beforeSeq, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AccessLogQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new id.gerbang.common.GerbangException(AuditError.INVALID_RANGE);
        }
        if (userId != null && userId.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            // no user id has one; a NUL would reach PostgreSQL and fail there as a 500 (issue 13 point 8)
            throw new id.gerbang.common.GerbangException(AuditError.INVALID_FILTER);
        }
        limit = Math.clamp(limit, 1, MAX_LIMIT);
    }

    public static AccessLogQuery all() {
        return new AccessLogQuery(null, null, null, null, null, null, null, null, 100);
    }

    public AccessLogQuery withAgency(@Nullable Long agency) {
        return new AccessLogQuery(agency, userId, from, to, outcome, nik, channel, beforeSeq, limit);
    }

    public AccessLogQuery before(@Nullable Long seq, int pageSize) {
        return new AccessLogQuery(agencyId, userId, from, to, outcome, nik, channel, seq, pageSize);
    }
}
