package id.gerbang.account.web;

import id.gerbang.account.AccountView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as administrators see it: never a password, hash or token. */
record UserResponse(
        String userId,
        String role,
        String fullName,
        @Nullable Long agencyId,
        @Nullable Long agreementId,
        String status,
        boolean passwordChangeRequired,
        boolean hasWebServiceToken,
        boolean locked,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        Instant createdAt) {

    static UserResponse of(AccountView a) {
        return new UserResponse(a.userId().value(), a.role().name(), a.fullName(),
                a.agency() == null ? null : a.agency().value(), a.agreement() == null ? null : a.agreement().value(),
                a.status().name(), a.passwordChangeRequired(), a.hasWebServiceToken(), a.lockedUntil() != null,
                a.lockedUntil(), a.lastLoginAt(), a.createdAt());
    }
}
