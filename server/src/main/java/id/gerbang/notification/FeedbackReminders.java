package id.gerbang.notification;

import id.gerbang.agreement.AgencyId;

/**
 * The data-balikan reminder ({@link NotificationKind#FEEDBACK_MISSING}) sent at the registry's
 * request, by the same rule and to the same people as the daily job: the agency's administrators and
 * operators, when the feedback module's reconciliation shows NIKs looked up with data returned and no
 * data balikan after its reconciliation days. At most once a Jakarta day per agency and newest due
 * lookup (a second click the same day notifies nobody again). Recorded in the administrative log
 * ({@code notification.feedback-reminder.sent}).
 */
public interface FeedbackReminders {

    /**
     * @param actor the registry administrator who asked
     * @return how many NIKs are due without data balikan and how many recipients got the reminder now
     */
    Sent remindNow(AgencyId agency, String actor);

    /**
     * @param missing    NIKs due without data balikan (0: nothing to remind, nothing sent)
     * @param addressees the agency's administrators and operators (0: nobody to remind)
     * @param recipients of those, notified now (0 when all had today's reminder already)
     */
    record Sent(int missing, int addressees, int recipients) {
    }
}
