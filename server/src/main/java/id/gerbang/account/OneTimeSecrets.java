package id.gerbang.account;

import id.gerbang.account.internal.IssuedCredentials;
import org.jspecify.annotations.Nullable;

/**
 * Secrets issued to a user by an administrative action (approval, password reset, token reissue),
 * for the answer to that action only: never stored in clear, never shown again, never logged
 * ({@link #toString()} hides them). The view of the issued credentials for other modules' pages.
 */
public record OneTimeSecrets(UserId userId, @Nullable String oneTimePassword, @Nullable String webServiceToken) {

    static OneTimeSecrets of(IssuedCredentials issued) {
        return new OneTimeSecrets(issued.userId(), issued.oneTimePassword(), issued.webServiceToken());
    }

    @Override
    public String toString() {
        return "OneTimeSecrets[" + userId + ", secrets hidden]";
    }
}
