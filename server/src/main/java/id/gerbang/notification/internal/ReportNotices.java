package id.gerbang.notification.internal;

import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.JobLock;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.Notifier;
import id.gerbang.report.ComplianceWarningIssued;
import id.gerbang.report.OverdueReport;
import id.gerbang.report.ReportDecided;
import id.gerbang.report.ReportDue;
import id.gerbang.report.ReportStatus;
import id.gerbang.report.SemesterReports;
import id.gerbang.report.Semester;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The semester report's notices (docs/report.md): reminders before the due date (30 and 7 days unless
 * {@code gerbang.report.reminder-days} says otherwise) to the agency's administrators, an overdue notice
 * to them and to the registry administrators once a report is overdue, both from a daily job that runs
 * once per cluster and Jakarta day ({@link JobLock#claimDay}); and the registry's decision (accepted or
 * returned) to the agency's administrators. Every notice is idempotent by its key: a reminder is sent
 * once per agency, semester and threshold, an overdue notice once per agency and semester, a decision
 * once per report version; a compliance warning (a registry administrator's act) once per warning.
 */
@Component
class ReportNotices {

    static final String JOB = "report-reminders";
    static final String AGENCY_LINK = "/portal/admin/reports";
    static final String OVERDUE_LINK = "/portal/registry/reports/overdue";
    private static final Logger log = LoggerFactory.getLogger(ReportNotices.class);

    private final SemesterReports reports;
    private final Recipients recipients;
    private final Notifier notifier;
    private final JobLock lock;
    private final NotificationProperties properties;
    private final Clock clock;

    ReportNotices(SemesterReports reports, Recipients recipients, Notifier notifier, JobLock lock,
            NotificationProperties properties, Clock clock) {
        this.reports = reports;
        this.recipients = recipients;
        this.notifier = notifier;
        this.lock = lock;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${gerbang.notification.daily-cron:" + NotificationProperties.DEFAULT_CRON + "}", zone = "Asia/Jakarta")
    void scheduled() {
        runOnce();
    }

    /** Runs today's report reminders unless another server holds or has done today's run; null when it did not run. */
    @Nullable Result runOnce() {
        LocalDate today = JakartaTime.today(clock);
        if (!lock.claimDay(JOB, today, properties.jobLease())) {
            return null;
        }
        boolean done = false;
        try {
            Result result = remind(today);
            done = true;
            return result;
        } finally {
            lock.release(JOB, today, done);
        }
    }

    /** The reminders and overdue notices for {@code today}, without the lock (idempotent by their keys). */
    Result remind(LocalDate today) {
        List<Integer> thresholds = reports.reminderDays(); // largest first
        int due = 0;
        for (ReportDue r : reports.dueWithin(today, thresholds.getFirst())) {
            int threshold = thresholds.getFirst();
            for (int t : thresholds) {
                if (r.daysLeft() <= t) {
                    threshold = t;
                }
            }
            due += notifier.send(NotificationKind.REPORT_DUE,
                    "report-due:" + r.agencyId() + ":" + r.semester() + ":" + threshold,
                    recipients.agencyAdministrators(new AgencyId(r.agencyId())),
                    List.of(year(r.semester()), half(r.semester()), r.dueDate().toString(), Long.toString(r.daysLeft())),
                    AGENCY_LINK);
        }
        int overdue = 0;
        List<UserId> registry = recipients.registryAdministrators();
        for (OverdueReport r : reports.overdueOn(today)) {
            String key = "report-overdue:" + r.agencyId() + ":" + r.semester();
            List<String> args = List.of(year(r.semester()), half(r.semester()), r.agencyName(), r.dueDate().toString());
            overdue += notifier.send(NotificationKind.REPORT_OVERDUE, key,
                    recipients.agencyAdministrators(new AgencyId(r.agencyId())), args, AGENCY_LINK);
            overdue += notifier.send(NotificationKind.REPORT_OVERDUE, key, registry, args, OVERDUE_LINK);
        }
        if (due + overdue > 0) {
            log.info("Report reminders {}: {} due notice(s), {} overdue notice(s)", today, due, overdue);
        }
        return new Result(due, overdue);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReportDecided e) {
        if (e.status() != ReportStatus.ACCEPTED && e.status() != ReportStatus.RETURNED) {
            return;
        }
        notifier.send(NotificationKind.REPORT_DECIDED, "report-decided:" + e.reportId() + ":" + e.version(),
                recipients.agencyAdministrators(new AgencyId(e.agencyId())),
                List.of(year(e.semester()), half(e.semester()), Integer.toString(e.version()),
                        "#notification.report." + e.status().name()),
                AGENCY_LINK + "/" + e.reportId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ComplianceWarningIssued e) {
        notifier.send(NotificationKind.COMPLIANCE_WARNING, "compliance-warning:" + e.agencyId() + ":" + e.at().toEpochMilli(),
                recipients.agencyAdministrators(new AgencyId(e.agencyId())),
                List.of(e.agencyName(), "#notification.compliance." + e.level().name(), Integer.toString(e.overdueReports()),
                        Integer.toString(e.feedbackPercent()), Integer.toString(e.openFindings())),
                AGENCY_LINK);
    }

    private static String year(Semester s) {
        return Integer.toString(s.year());
    }

    private static String half(Semester s) {
        return Integer.toString(s.half());
    }

    /** How many notifications (recipients) a run created. */
    record Result(int dueNotices, int overdueNotices) {
    }
}
