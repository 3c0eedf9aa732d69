package id.gerbang.anomaly.internal;

import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.anomaly.Alert;
import id.gerbang.anomaly.Alerts;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.Notifier;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notice of each new alert to the registry administrators ({@link NotificationKind#ANOMALY_ALERT}),
 * sent after the scan's commit and marked sent afterwards; the notifier's key ({@code anomaly-alert:<id>})
 * makes a repeated send a no-op. The text names the rule, the agency, user or address, the count and
 * the window: never a NIK (a NIK alert says only "one NIK"; the NIK is on the alert page).
 */
@Component
class AlertNotices {

    static final String LINK = "/portal/registry/alerts";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final Alerts alerts;
    private final Notifier notifier;
    private final Accounts accounts;
    private final Agencies agencies;

    AlertNotices(JdbcClient jdbc, Alerts alerts, Notifier notifier, Accounts accounts,
                 Agencies agencies) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.notifier = notifier;
        this.accounts = accounts;
        this.agencies = agencies;
    }

    /** Sends the notices of the alerts not notified yet; returns how many alerts were notified. */
    int sendPending() {
        List<Long> ids = jdbc.sql("select id from anomaly_alert where notified = false order by id fetch first 200 rows only")
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        List<UserId> recipients = accounts.activeUsers(Roles.REGISTRY_ADMIN, null);
        for (long id : ids) {
            Alert alert = alerts.find(id).orElseThrow();
            notifier.send(NotificationKind.ANOMALY_ALERT, "anomaly-alert:" + id, recipients, arguments(alert), LINK);
            jdbc.sql("update anomaly_alert set notified = true where id = ?").param(id).update();
        }
        return ids.size();
    }

    /** {0} number, {1} rule, {2} subject, {3} count, {4} window start, {5} window end (Jakarta time). */
    List<String> arguments(Alert alert) {
        return List.of(Long.toString(alert.id()), "#" + alert.rule().messageKey(), subject(alert),
                Long.toString(alert.calls()), TIME.format(JakartaTime.inJakarta(alert.windowStart())),
                TIME.format(JakartaTime.inJakarta(alert.windowEnd())));
    }

    private String subject(Alert alert) {
        return switch (alert.subjectKind()) {
            case NIK -> "#anomaly.subject.nik";
            case ADDRESS -> String.valueOf(alert.sourceIp());
            case AGENCY -> agency(alert.agencyId());
            case USER -> alert.userId() + (alert.agencyId() == null ? "" : " (" + agency(alert.agencyId()) + ")");
        };
    }

    private String agency(Long agencyId) {
        if (agencyId == null) {
            return "-";
        }
        return agencies.find(new AgencyId(agencyId)).map(AgencyView::name).orElse("#" + agencyId);
    }
}
