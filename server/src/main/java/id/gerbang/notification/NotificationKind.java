package id.gerbang.notification;

/**
 * What a notification is about. Each kind has its texts in {@code i18n/notification.properties}
 * (Indonesian) and {@code i18n/notification_en.properties}: {@code notification.<KIND>.subject} and
 * {@code notification.<KIND>.body}, filled with the arguments the producer gave ({@code {0}},
 * {@code {1}}, ...). Users switch e-mail off per kind; the inbox always shows every kind.
 * Adding a kind: a value here, its two keys in both bundles, and a producer (docs/notification.md).
 */
public enum NotificationKind {
    /** An agreement's last valid day is 90, 30 or 7 days away (agency administrators and the registry). */
    AGREEMENT_EXPIRING,
    /** A user-ID application was approved or rejected (the agency's administrators). */
    USER_APPLICATION_DECIDED,
    /** An IP-address registration was approved or rejected (the agency's administrators). */
    IP_REGISTRATION_DECIDED,
    /** A quota-increase request was approved or rejected (the agency's administrators). */
    QUOTA_INCREASE_DECIDED,
    /** A request has waited for the registry's decision longer than the configured days (registry administrators). */
    REQUEST_WAITING,
    /** NIKs looked up by the agency still have no data balikan after the reconciliation days (the agency). */
    FEEDBACK_MISSING;

    public String subjectKey() {
        return "notification." + name() + ".subject";
    }

    public String bodyKey() {
        return "notification." + name() + ".body";
    }

    /** The label of the kind on the preferences page. */
    public String labelKey() {
        return "notification." + name() + ".label";
    }
}
