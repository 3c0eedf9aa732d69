package id.gerbang.account.internal;

import id.gerbang.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Secrets handed out once, in the response to the action that made them; never stored in clear and
 * never shown again.
 */
public record IssuedCredentials(UserId userId, @Nullable String oneTimePassword, @Nullable String webServiceToken) {

    @Override
    public String toString() {
        return "IssuedCredentials[" + userId + ", secrets hidden]";
    }
}
