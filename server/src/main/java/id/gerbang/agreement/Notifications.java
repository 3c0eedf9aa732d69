package id.gerbang.agreement;

/** Notifications to the registry administrators (expiry reminders), newest first. */
public interface Notifications {

    PageResult<Notification> list(boolean openOnly, int page, int size);

    /** Marks a notification as read by the given administrator. */
    Notification acknowledge(long id, String actor);
}
