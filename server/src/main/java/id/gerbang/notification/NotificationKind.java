package id.gerbang.notification;

import id.gerbang.common.Roles;
import java.util.Set;

/**
 * What a notification is about. Each kind has its texts in {@code i18n/notification.properties}
 * (Indonesian) and {@code i18n/notification_en.properties}: {@code notification.<KIND>.subject} and
 * {@code notification.<KIND>.body}, filled with the arguments the producer gave ({@code {0}},
 * {@code {1}}, ...). Users switch e-mail off per kind; the inbox always shows every kind.
 * Adding a kind: a value here (with the roles it is for), its three keys in both bundles, and a
 * producer (docs/notification.md).
 */
public enum NotificationKind {
    /** An agreement's last valid day is 90, 30 or 7 days away (agency administrators and the registry). */
    AGREEMENT_EXPIRING(Roles.AGENCY_ADMIN, Roles.REGISTRY_ADMIN),
    /** A user-ID application was approved or rejected (the agency's administrators). */
    USER_APPLICATION_DECIDED(Roles.AGENCY_ADMIN),
    /** An IP-address registration was approved or rejected (the agency's administrators). */
    IP_REGISTRATION_DECIDED(Roles.AGENCY_ADMIN),
    /** A quota-increase request was approved or rejected (the agency's administrators). */
    QUOTA_INCREASE_DECIDED(Roles.AGENCY_ADMIN),
    /** A request has waited for the registry's decision longer than the configured days (registry administrators). */
    REQUEST_WAITING(Roles.REGISTRY_ADMIN),
    /** NIKs looked up by the agency still have no data balikan after the reconciliation days (the agency). */
    FEEDBACK_MISSING(Roles.AGENCY_ADMIN, Roles.AGENCY_OPERATOR),
    /** An anomaly rule raised an alert over the access log (registry administrators; never a NIK in the text). */
    ANOMALY_ALERT(Roles.REGISTRY_ADMIN),
    /** The semester report is due in 30 or 7 days (configurable) and not submitted (the agency's administrators). */
    REPORT_DUE(Roles.AGENCY_ADMIN),
    /** A semester report is overdue (the agency's administrators and the registry administrators). */
    REPORT_OVERDUE(Roles.AGENCY_ADMIN, Roles.REGISTRY_ADMIN),
    /** The registry accepted or returned the agency's semester report (the agency's administrators). */
    REPORT_DECIDED(Roles.AGENCY_ADMIN),
    /** The registry warned the agency about its compliance status (the agency's administrators). */
    COMPLIANCE_WARNING(Roles.AGENCY_ADMIN);

    private final Set<Roles> audience;

    NotificationKind(Roles... audience) {
        this.audience = Set.of(audience);
    }

    /** The roles this kind is sent to: the preferences page offers a user only the kinds of its role. */
    public Set<Roles> audience() {
        return audience;
    }

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
