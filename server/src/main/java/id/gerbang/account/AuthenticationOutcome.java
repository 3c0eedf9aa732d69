package id.gerbang.account;

/**
 * The result of checking a user ID and password. Only {@link #OK} and
 * {@link #PASSWORD_CHANGE_REQUIRED} carry the account; a caller that shows the outcome to the
 * client should not tell {@link #UNKNOWN_USER} from {@link #BAD_PASSWORD}.
 */
public enum AuthenticationOutcome {
    OK,
    UNKNOWN_USER,
    BAD_PASSWORD,
    /** Too many failures for this user or from this source address; try again later. */
    LOCKED,
    /** Right password, but the account is deactivated. */
    INACTIVE,
    /**
     * Right password; the one-time password must be replaced before anything else. Its name is also
     * the only authority such a sign-in gets (no role).
     */
    PASSWORD_CHANGE_REQUIRED;

    public boolean authenticated() {
        return this == OK || this == PASSWORD_CHANGE_REQUIRED;
    }
}
