package id.gerbang.account;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * @param account     present when the outcome {@linkplain AuthenticationOutcome#authenticated() authenticated}
 * @param lockedUntil for {@link AuthenticationOutcome#LOCKED}: when the lock ends by itself
 */
public record AuthenticationResult(
        AuthenticationOutcome outcome,
        @Nullable AccountView account,
        @Nullable Instant lockedUntil) {

    public static AuthenticationResult of(AuthenticationOutcome outcome) {
        return new AuthenticationResult(outcome, null, null);
    }

    public Optional<AccountView> accountView() {
        return Optional.ofNullable(account);
    }
}
