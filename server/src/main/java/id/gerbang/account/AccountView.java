package id.gerbang.account;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.Roles;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of an account. Never carries a password, hash or token.
 *
 * @param agency      the agency the user works for; {@code null} for registry staff
 * @param agreement   the agreement a service account (and optionally an operator) acts under
 * @param lockedUntil set while a lock after repeated failures is in force
 */
public record AccountView(
        UserId userId,
        Roles role,
        String fullName,
        @Nullable AgencyId agency,
        @Nullable AgreementId agreement,
        AccountStatus status,
        boolean passwordChangeRequired,
        boolean hasWebServiceToken,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        Instant createdAt) {

    public boolean isRegistryStaff() {
        return role == Roles.REGISTRY_ADMIN || role == Roles.REGISTRY_AUDITOR;
    }
}
