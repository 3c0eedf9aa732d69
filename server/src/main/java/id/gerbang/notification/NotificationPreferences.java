package id.gerbang.notification;

import id.gerbang.account.UserId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Each user's e-mail address, language of messages and the kinds it receives by e-mail. */
public interface NotificationPreferences {

    /**
     * @param email    where e-mail goes; {@code null}: inbox only
     * @param language {@code id} or {@code en}, the language of the e-mails (default Indonesian)
     * @param mailed   the kinds sent by e-mail (by default all)
     */
    record Preferences(@Nullable String email, String language, Set<NotificationKind> mailed) {
    }

    Preferences of(UserId user);

    /**
     * Saves the user's preferences.
     *
     * @throws id.gerbang.common.GerbangException {@code EMAIL_INVALID} or {@code LANGUAGE_UNKNOWN}
     */
    Preferences save(UserId user, @Nullable String email, String language, Set<NotificationKind> mailed);

    /** Whether e-mail is configured on this server (else messages are in the inbox only). */
    boolean mailConfigured();
}
