package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.internal.AgreementReader.Loaded;
import id.gerbang.common.JakartaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock-driven work: records the expiry of agreements whose last valid day has passed (actor
 * {@code system}) and creates the expiry reminders. Idempotent: running it twice, on two servers, or
 * after a restart changes nothing more. Access checks never depend on it having run; they derive
 * expiry from the dates.
 */
@Component
class AgreementChecks {

    private static final Logger log = LoggerFactory.getLogger(AgreementChecks.class);

    private final AgreementRepository agreements;
    private final AgreementReader reader;
    private final StatusRecorder status;
    private final ReminderWriter reminders;
    private final TransactionTemplate transactions;
    private final AgreementProperties properties;
    private final Clock clock;

    AgreementChecks(AgreementRepository agreements, AgreementReader reader, StatusRecorder status,
            ReminderWriter reminders, TransactionTemplate transactions, AgreementProperties properties, Clock clock) {
        this.agreements = agreements;
        this.reader = reader;
        this.status = status;
        this.reminders = reminders;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs on every node (issue 20), idempotent by design: each agreement is checked in its own
     * transaction under its row lock ({@code agreements.lock}), expiry is a status change that a
     * second check finds done, and a reminder is written only when none exists for that agreement,
     * end date and threshold (checked under the same row lock); a second node only repeats the reading.
     */
    @Scheduled(cron = "${gerbang.agreement.check-cron:" + AgreementProperties.DEFAULT_CRON + "}", zone = "Asia/Jakarta")
    void scheduled() {
        run();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        if (properties.checkAtStartup()) {
            run();
        }
    }

    /** Runs the checks for today's Jakarta date; returns what it did. */
    Result run() {
        LocalDate today = JakartaTime.today(clock);
        int expired = 0;
        int reminded = 0;
        List<AgreementId> inForce = agreements.idsWithStatus(EnumSet.of(AgreementStatus.ACTIVE,
                AgreementStatus.SUSPENDED));
        for (AgreementId id : inForce) {
            try {
                Outcome outcome = transactions.execute(tx -> check(id, today));
                if (outcome != null) {
                    expired += outcome.expired() ? 1 : 0;
                    reminded += outcome.reminded() ? 1 : 0;
                }
            } catch (RuntimeException e) {
                // another server did the same at the same moment, or a bad row: the next run retries
                log.warn("Agreement check of {} failed: {}", id, e.toString());
            }
        }
        if (expired + reminded > 0) {
            log.info("Agreement checks for {}: {} expired, {} reminders created", today, expired, reminded);
        }
        return new Result(today, inForce.size(), expired, reminded);
    }

    private Outcome check(AgreementId id, LocalDate today) {
        if (!agreements.lock(id)) {
            return new Outcome(false, false);
        }
        Loaded before = reader.load(id);
        Loaded after = status.expireIfDue(before, today);
        boolean expired = after.row().status() != before.row().status();
        boolean reminded = !expired && after.row().status().inForce()
                && reminders.remindIfDue(after, today, properties.reminderDays()).isPresent();
        return new Outcome(expired, reminded);
    }

    private record Outcome(boolean expired, boolean reminded) {
    }

    /** What one run did: how many agreements in force it checked, expired and reminded about. */
    record Result(LocalDate date, int checked, int expired, int reminded) {
    }

}
