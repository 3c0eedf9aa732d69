package id.gerbang.notification;

import id.gerbang.account.UserId;
import java.util.List;
import java.util.Locale;

/** A user's own notifications; every method is scoped to the given recipient. */
public interface Inbox {

    /** The newest {@code limit} notifications of {@code recipient}, newest first, in {@code locale}. */
    List<InboxMessage> messages(UserId recipient, Locale locale, int limit);

    int unreadCount(UserId recipient);

    /** Marks one of the recipient's notifications read; false when it is not the recipient's (or unknown). */
    boolean markRead(UserId recipient, long id);

    /** Marks all of the recipient's notifications read; returns how many were unread. */
    int markAllRead(UserId recipient);
}
