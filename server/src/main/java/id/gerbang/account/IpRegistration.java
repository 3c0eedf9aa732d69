package id.gerbang.account;

import id.gerbang.agreement.AgencyId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A registered (or requested) IP address or network of an agency, juknis item 2.k: the server or
 * client address, the office's name and address.
 *
 * @param network canonical text: an address alone, or {@code network/prefix}
 */
public record IpRegistration(
        long id,
        AgencyId agency,
        String network,
        String officeName,
        String officeAddress,
        Status status,
        String requestedBy,
        Instant requestedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        @Nullable String removedBy,
        @Nullable Instant removedAt,
        @Nullable String removalReason) implements ReviewWorkflow.Reviewed<IpRegistration.Status> {

    /** REQUESTED -> ACTIVE | REJECTED | WITHDRAWN; ACTIVE -> REMOVED. Only ACTIVE lets traffic in. */
    public enum Status { REQUESTED, ACTIVE, REJECTED, WITHDRAWN, REMOVED }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", id);
        state.put("agencyId", agency.value());
        state.put("network", network);
        state.put("officeName", officeName);
        state.put("officeAddress", officeAddress);
        state.put("status", status.name());
        return state;
    }
}
