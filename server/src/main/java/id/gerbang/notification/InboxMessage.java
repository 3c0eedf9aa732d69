package id.gerbang.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification as its recipient reads it, in the reader's language. */
public record InboxMessage(long id, NotificationKind kind, String subject, String body, @Nullable String link,
        Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
