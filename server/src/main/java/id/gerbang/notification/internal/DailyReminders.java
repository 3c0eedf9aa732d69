package id.gerbang.notification.internal;

import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.UserApplication;
import id.gerbang.account.UserApplications;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.JobLock;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.Reconciliation;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.notification.FeedbackReminders;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.Notifier;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminders, run once a day on one server ({@link JobLock}): requests waiting for the
 * registry's decision longer than {@code waiting-days} (to the registry administrators, once per
 * request) and lookups without data balikan after the feedback module's reconciliation days (to the
 * agency's administrators and operators, once per newly due lookup: the key names the latest one).
 * Each notification is also idempotent by its key, so a run repeated by hand changes nothing. The
 * registry's "send a reminder now" ({@link FeedbackReminders}) is the same data-balikan reminder for
 * one agency, keyed by the day.
 */
@Component
class DailyReminders implements FeedbackReminders {

    static final String JOB = "daily-reminders";
    static final String FEEDBACK_LINK = "/portal/operator/feedback";
    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);
    /** Reads every agency's pending requests; an auditor's scope, so it can change nothing. */
    private static final Actor SYSTEM = new Actor("system", Roles.REGISTRY_AUDITOR, null);

    private final UserApplications applications;
    private final IpRegistrations ips;
    private final IncreaseRequests increases;
    private final FeedbackRecords feedback;
    private final Agencies agencies;
    private final Recipients recipients;
    private final Notifier notifier;
    private final JobLock lock;
    private final NotificationProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DailyReminders(UserApplications applications, IpRegistrations ips, IncreaseRequests increases,
            FeedbackRecords feedback, Agencies agencies, Recipients recipients, Notifier notifier, JobLock lock,
            NotificationProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.applications = applications;
        this.ips = ips;
        this.increases = increases;
        this.feedback = feedback;
        this.agencies = agencies;
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

    /** Runs today's reminders unless another server holds or has done today's run; null when it did not run. */
    @org.jspecify.annotations.Nullable Result runOnce() {
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

    /** The reminders for {@code today}, without the lock (idempotent by their keys). */
    Result remind(LocalDate today) {
        int waiting = waitingRequests(today);
        int feedbackMissing = missingFeedback(today);
        if (waiting + feedbackMissing > 0) {
            log.info("Daily reminders {}: {} request notice(s), {} data-balikan notice(s)", today, waiting, feedbackMissing);
        }
        return new Result(waiting, feedbackMissing);
    }

    private int waitingRequests(LocalDate today) {
        int sent = 0;
        for (UserApplication a : applications.list(SYSTEM, null, UserApplication.Status.SUBMITTED)) {
            sent += waiting("USER_APPLICATION", a.id(), a.agency(), a.submittedAt(), today);
        }
        for (IpRegistration r : ips.list(SYSTEM, null, IpRegistration.Status.REQUESTED)) {
            sent += waiting("IP_REGISTRATION", r.id(), r.agency(), r.requestedAt(), today);
        }
        for (IncreaseRequest r : increases.list(SYSTEM, null, IncreaseRequest.Status.SUBMITTED)) {
            sent += waiting("QUOTA_INCREASE", r.id(), r.agency(), r.submittedAt(), today);
        }
        return sent;
    }

    private int waiting(String what, long id, AgencyId agency, Instant since, LocalDate today) {
        long days = ChronoUnit.DAYS.between(JakartaTime.dateOf(since), today);
        if (days < properties.waitingDays()) {
            return 0;
        }
        String name = agencies.find(agency).map(AgencyView::name).orElse(Long.toString(agency.value()));
        return notifier.send(NotificationKind.REQUEST_WAITING, "request-waiting:" + what + ":" + id,
                recipients.registryAdministrators(),
                List.of("#notification.request." + what, Long.toString(id), name, Long.toString(days)), null);
    }

    private int missingFeedback(LocalDate today) {
        Reconciliation r = feedback.reconcile(null, today.minusDays(properties.feedbackLookback()), today);
        int sent = 0;
        for (Map.Entry<Long, long[]> e : missingByAgency(r).entrySet()) {
            sent += remind(new AgencyId(e.getKey()), e.getValue(), r.days(),
                    "feedback-missing:" + e.getKey() + ":" + e.getValue()[1]);
        }
        return sent;
    }

    @Override
    @Transactional
    public Sent remindNow(AgencyId agency, String actor) {
        LocalDate today = JakartaTime.today(clock);
        Reconciliation r = feedback.reconcile(agency.value(), today.minusDays(properties.feedbackLookback()), today);
        long[] missing = missingByAgency(r).get(agency.value());
        if (missing == null) {
            return new Sent(0, 0, 0);
        }
        int addressees = recipients.agencyAdministrators(agency).size() + recipients.agencyOperators(agency).size();
        int sent = remind(agency, missing, r.days(),
                "feedback-missing:" + agency.value() + ":" + missing[1] + ":registry:" + today);
        events.publishEvent(new AdministrativeAction(actor, "notification.feedback-reminder.sent", "agency",
                Long.toString(agency.value()), null, Map.of("missing", missing[0], "recipients", sent), null));
        return new Sent((int) missing[0], addressees, sent);
    }

    /** Agency -> {count of due NIKs without data balikan, newest due lookup's sequence number}. */
    private static Map<Long, long[]> missingByAgency(Reconciliation r) {
        Map<Long, long[]> byAgency = new TreeMap<>();
        for (Reconciliation.Missing m : r.missing()) {
            long[] c = byAgency.computeIfAbsent(m.agencyId(), k -> new long[2]);
            c[0]++;
            c[1] = Math.max(c[1], m.lookupSeq());
        }
        return byAgency;
    }

    private int remind(AgencyId agency, long[] missing, int days, String key) {
        List<String> args = List.of(Long.toString(missing[0]), Integer.toString(days));
        return notifier.send(NotificationKind.FEEDBACK_MISSING, key, recipients.agencyAdministrators(agency), args, null)
                + notifier.send(NotificationKind.FEEDBACK_MISSING, key, recipients.agencyOperators(agency), args,
                        FEEDBACK_LINK);
    }

    /** How many notifications (recipients) a run created. */
    record Result(int requestNotices, int feedbackNotices) {
    }
}
