package id.gerbang.report.internal;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.audit.AccessTallies;
import id.gerbang.audit.DocumentSignatures;
import id.gerbang.audit.Viewer;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.Reconciliation;
import id.gerbang.quota.DailyUsage;
import id.gerbang.quota.Quotas;
import id.gerbang.report.ReportFigures;
import id.gerbang.report.Semester;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Computes a report's figures from the other modules' aggregates: the access log's tallies (grouped
 * in the database, up to the checkpoint), the quota counters per agreement and day, and the
 * data-balikan reconciliation per month.
 */
@Component
public class Figures {

    private final AccessTallies tallies;
    private final Quotas quotas;
    private final Agreements agreements;
    private final Agencies agencies;
    private final FeedbackRecords feedback;

    Figures(AccessTallies tallies, Quotas quotas, Agreements agreements, Agencies agencies, FeedbackRecords feedback) {
        this.tallies = tallies;
        this.quotas = quotas;
        this.agreements = agreements;
        this.agencies = agencies;
        this.feedback = feedback;
    }

    /** The figures of {@code semester} up to {@code lastDay} (its end, or today while it runs). */
    public ReportFigures compute(long agencyId, Semester semester, LocalDate lastDay,
            DocumentSignatures.AccessCheckpoint checkpoint) {
        LocalDate from = semester.from();
        LocalDate to = lastDay.isBefore(semester.to()) ? lastDay : semester.to();
        String name = agencies.find(new AgencyId(agencyId)).map(AgencyView::name).orElse("#" + agencyId);
        SortedMap<YearMonth, Long> perMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            perMonth.put(m, 0L);
        }
        SortedMap<LocalDate, Long> perDay = new TreeMap<>();
        SortedMap<String, Long> perUser = new TreeMap<>();
        SortedMap<String, Long> perChannel = new TreeMap<>();
        SortedMap<String, Long> perOutcome = new TreeMap<>();
        SortedMap<String, Long> elements = new TreeMap<>();
        long calls = 0;
        long answered = 0;
        for (AccessTallies.Tally t : tallies.of(agencyId, from, to, checkpoint.lastSequence(),
                Viewer.agencyAdministrator("report", agencyId))) {
            calls += t.count();
            if (t.outcome().name().equals("FOUND") || t.outcome().name().equals("VERIFIED")) {
                answered += t.count();
            }
            perMonth.merge(YearMonth.from(t.day()), t.count(), Long::sum);
            perDay.merge(t.day(), t.count(), Long::sum);
            perUser.merge(t.userId(), t.count(), Long::sum);
            perChannel.merge(t.channel().name(), t.count(), Long::sum);
            perOutcome.merge(t.outcome().name(), t.count(), Long::sum);
            for (String element : t.elements()) {
                elements.merge(element, t.count(), Long::sum);
            }
        }
        List<ReportFigures.QuotaUse> quota = new ArrayList<>();
        for (AgreementView agreement : agreements.forAgency(new AgencyId(agencyId))) {
            List<DailyUsage> days = quotas.usageBetween(agreement.id(), from, to);
            long used = 0;
            long peak = 0;
            long limit = 0;
            int atLimit = 0;
            for (DailyUsage d : days) {
                used += d.used();
                peak = Math.max(peak, d.used());
                limit = Math.max(limit, d.limit());
                if (d.limit() > 0 && d.used() >= d.limit()) {
                    atLimit++;
                }
            }
            if (used > 0 || !agreement.validFrom().isAfter(to)) {
                quota.add(new ReportFigures.QuotaUse(agreement.id().value(), limit, used, peak, atLimit));
            }
        }
        List<ReportFigures.Compliance> compliance = new ArrayList<>();
        for (Reconciliation.Compliance c : feedback.reconcile(agencyId, from, to).months()) {
            if (c.agencyId() == agencyId) {
                compliance.add(new ReportFigures.Compliance(c.month(), c.due(), c.answered(), c.rate()));
            }
        }
        return new ReportFigures(agencyId, name, semester, from, to,
                new ReportFigures.Checkpoint(checkpoint.id(), checkpoint.lastSequence(), checkpoint.headHash(),
                        checkpoint.createdAt(), checkpoint.keyId()),
                calls, answered, calls - answered, perMonth, perDay, perUser, perChannel, perOutcome, elements,
                quota, compliance);
    }
}
