package id.gerbang.agreement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An agency as the registry knows it now. */
public record AgencyView(
        AgencyId id,
        String name,
        AgencyKind kind,
        String address,
        String regionCode,
        AgencyStatus status,
        @Nullable String statusReason,
        Instant statusChangedAt,
        Instant createdAt,
        String createdBy,
        long version) {

    public boolean active() {
        return status == AgencyStatus.ACTIVE;
    }
}
