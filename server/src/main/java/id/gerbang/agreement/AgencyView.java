package id.gerbang.agreement;

import java.time.Instant;
import java.util.List;
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
        long version,
        List<ContactPerson> contacts) {

    public AgencyView {
        contacts = List.copyOf(contacts);
    }

    /** Without contact persons. */
    public AgencyView(AgencyId id, String name, AgencyKind kind, String address, String regionCode,
            AgencyStatus status, @Nullable String statusReason, Instant statusChangedAt, Instant createdAt,
            String createdBy, long version) {
        this(id, name, kind, address, regionCode, status, statusReason, statusChangedAt, createdAt, createdBy,
                version, List.of());
    }

    public boolean active() {
        return status == AgencyStatus.ACTIVE;
    }
}
