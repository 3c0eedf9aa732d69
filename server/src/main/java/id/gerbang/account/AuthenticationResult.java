package id.gerbang.account;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * @param account          present when the outcome {@linkplain AuthenticationOutcome#authenticated() authenticated}
 * @param lockedUntil      for {@link AuthenticationOutcome#LOCKED}: when the lock ends by itself
 * @param credentialStamp  with an accepted password: an opaque fingerprint of the stored password
 *                         hash that was checked, for {@link Accounts#reconfirm} (it reveals nothing
 *                         that could be checked against a password)
 */
public record AuthenticationResult(
        AuthenticationOutcome outcome,
        @Nullable AccountView account,
        @Nullable Instant lockedUntil,
        @Nullable String credentialStamp) {

    public AuthenticationResult(AuthenticationOutcome outcome, @Nullable AccountView account, @Nullable Instant lockedUntil) {
        this(outcome, account, lockedUntil, null);
    }

    public static AuthenticationResult of(AuthenticationOutcome outcome) {
        return new AuthenticationResult(outcome, null, null);
    }

    public Optional<AccountView> accountView() {
        return Optional.ofNullable(account);
    }
}
