package id.gerbang.account;

/**
 * Published (inside the changing transaction, beside the {@code AdministrativeAction} that the
 * administrative log records) whenever something about one user's ability to sign in or call
 * changed. Caches forget what they remember of that user only ({@link Kind#forgetsCredentials()});
 * the portal ends the user's sessions where {@link Kind#endsSessions()}.
 */
public record AccountChanged(UserId userId, Kind kind) {

    /** What changed; {@link #event()} is the name in the user's history, {@link #action()} in the administrative log. */
    public enum Kind {
        CREATED("created", "account.user-created", false, false),
        DEACTIVATED("deactivated", "account.deactivated", true, true),
        REACTIVATED("reactivated", "account.reactivated", true, false),
        PASSWORD_CHANGED("password-changed", "account.password-changed", true, true),
        PASSWORD_RESET("password-reset", "account.password-reset", true, true),
        LOCKED("locked", "account.locked", true, true),
        UNLOCKED("unlocked", "account.unlocked", true, false),
        TOKEN_ISSUED("token-issued", "account.token-issued", true, false),
        /** The user confirmed a new second factor (TOTP) in the portal. */
        SECOND_FACTOR_ENROLLED("second-factor-enrolled", "account.second-factor-enrolled", false, false),
        /**
         * A registry administrator removed the user's second factor: the user enrols again at the
         * next sign-in (where the role requires one), and the sessions signed in with the old one end.
         */
        SECOND_FACTOR_RESET("second-factor-reset", "account.second-factor-reset", false, true);

        private final String event;
        private final String action;
        private final boolean forgetsCredentials;
        private final boolean endsSessions;

        Kind(String event, String action, boolean forgetsCredentials, boolean endsSessions) {
            this.event = event;
            this.action = action;
            this.forgetsCredentials = forgetsCredentials;
            this.endsSessions = endsSessions;
        }

        /** The event's name in the user's history ({@code account_user_event}). */
        public String event() {
            return event;
        }

        /** The administrative log's action name ({@code account.deactivated}, ...). */
        public String action() {
            return action;
        }

        /**
         * Whether remembered credentials (accepted passwords, resolved bearer tokens) of the user
         * must be forgotten and the user's bearer tokens revoked.
         */
        public boolean forgetsCredentials() {
            return forgetsCredentials;
        }

        /** Whether the user's portal sessions end (the one the user changed the password in stays). */
        public boolean endsSessions() {
            return endsSessions;
        }
    }
}
