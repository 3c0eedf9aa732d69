package id.gerbang.account.internal;

import id.gerbang.account.AccountStatus;
import id.gerbang.account.AccountView;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.Roles;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code account_user}. Holds the hashes, so it never leaves the module. */
public record UserRecord(
        UserId userId,
        Roles role,
        String fullName,
        @Nullable AgencyId agency,
        @Nullable AgreementId agreement,
        @Nullable Long applicationId,
        AccountStatus status,
        String passwordHash,
        boolean passwordChangeRequired,
        @Nullable Instant passwordChangedAt,
        @Nullable String tokenHash,
        @Nullable Instant tokenIssuedAt,
        int failedAttempts,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        Instant createdAt,
        String createdBy) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public AccountView view(Instant now) {
        return new AccountView(userId, role, fullName, agency, agreement, status, passwordChangeRequired,
                tokenHash != null, lockedAt(now) ? lockedUntil : null, lastLoginAt, createdAt);
    }

    /** What the administrative log may show of the account: no hashes, no tokens. */
    public java.util.Map<String, Object> auditState(Instant now) {
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("userId", userId.value());
        state.put("role", role.name());
        state.put("agencyId", agency == null ? null : agency.value());
        state.put("agreementId", agreement == null ? null : agreement.value());
        state.put("status", status.name());
        state.put("passwordChangeRequired", passwordChangeRequired);
        state.put("hasWebServiceToken", tokenHash != null);
        state.put("locked", lockedAt(now));
        return state;
    }
}
