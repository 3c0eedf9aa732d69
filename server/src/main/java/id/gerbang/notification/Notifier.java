package id.gerbang.notification;

import id.gerbang.account.UserId;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sends a notification: stored for each recipient (the inbox) and queued for e-mail where the
 * recipient wants it. Arguments are plain text put into the kind's message as {@code {0}},
 * {@code {1}}, ...; an argument that starts with {@code #} is a message key, translated into the
 * reader's language ({@code #notification.decision.APPROVED}). Never pass population or victim data
 * (names of residents, NIKs, case details): messages leave the closed network by e-mail.
 */
public interface Notifier {

    /**
     * Stores the notification for every recipient that has not had {@code dedupKey} yet, in its own
     * transaction (a producer's failure never loses it, a repeated trigger never doubles it).
     *
     * @param dedupKey  names the trigger ({@code agreement-expiring:12:2027-01-01:30}); at most 200 characters
     * @param link      the portal path the inbox links to, or {@code null}
     * @return how many recipients got it now (0 when all had it already)
     */
    int send(NotificationKind kind, String dedupKey, Collection<UserId> recipients, List<String> arguments,
            @Nullable String link);
}
