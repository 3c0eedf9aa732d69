package id.gerbang.report;

import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.Reconciliation;
import id.gerbang.report.internal.FindingStore;
import id.gerbang.report.internal.ReportProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's compliance status per agency (docs/report.md, "Compliance status") and its actions:
 * a warning to the agency (a notification), and suspending or terminating an agreement on a recorded
 * finding (through the agreement module's own status changes, the finding's number in the reason),
 * or resuming it. Reading is for registry staff; the actions for a registry administrator.
 */
@Service
public class Compliance {

    private final SemesterReports reports;
    private final FindingStore findings;
    private final FeedbackRecords feedback;
    private final Agencies agencies;
    private final Agreements agreements;
    private final ReportProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OpenAlerts alerts;

    Compliance(SemesterReports reports, FindingStore findings, FeedbackRecords feedback, Agencies agencies,
            Agreements agreements, ReportProperties properties, ApplicationEventPublisher events, Clock clock,
            OpenAlerts alerts) {
        this.alerts = alerts;
        this.reports = reports;
        this.findings = findings;
        this.feedback = feedback;
        this.agencies = agencies;
        this.agreements = agreements;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The data-balikan rate below which an agency needs attention ({@code gerbang.report.feedback-threshold}). */
    public double feedbackThreshold() {
        return properties.feedbackThreshold();
    }

    /** How many days back the data-balikan rate is computed ({@code gerbang.report.compliance-days}). */
    public int complianceDays() {
        return properties.complianceDays();
    }

    /** Every agency with an agreement, worst first (then by name); registry staff. */
    public List<AgencyCompliance> status(Actor actor) {
        requireStaff(actor);
        return statusOn(JakartaTime.today(clock));
    }

    /** The status as it stands on {@code today}, for the evaluation report. */
    public List<AgencyCompliance> statusOn(LocalDate today) {
        Map<AgencyId, List<AgreementView>> byAgency = agreements.byAgency();
        Map<Long, Integer> overdue = new HashMap<>();
        for (OverdueReport o : reports.overdueOn(today, byAgency)) {
            overdue.merge(o.agencyId(), 1, Integer::sum);
        }
        Map<Long, int[]> balikan = new HashMap<>();
        Reconciliation r = feedback.reconcile(null, today.minusDays(properties.complianceDays()), today);
        for (Reconciliation.Compliance month : r.months()) {
            int[] sum = balikan.computeIfAbsent(month.agencyId(), k -> new int[2]);
            sum[0] += month.due();
            sum[1] += month.answered();
        }
        Map<Long, Long> open = findings.openByAgency();
        Map<Long, Long> high = findings.openHighByAgency();
        Map<Long, Long> anomaliesByAgency = alerts.openCountByAgency();
        List<AgencyCompliance> result = new ArrayList<>();
        for (AgencyView agency : agencies.findAll()) {
            List<AgreementView> held = byAgency.getOrDefault(agency.id(), List.of());
            if (held.isEmpty()) {
                continue;
            }
            long id = agency.id().value();
            int late = overdue.getOrDefault(id, 0);
            int[] fb = balikan.getOrDefault(id, new int[2]);
            Double rate = fb[0] == 0 ? null : (double) fb[1] / fb[0];
            boolean below = rate != null && rate < properties.feedbackThreshold();
            int openFindings = open.getOrDefault(id, 0L).intValue();
            int openHigh = high.getOrDefault(id, 0L).intValue();
            int anomalies = anomaliesByAgency.getOrDefault(id, 0L).intValue();
            int problems = (late > 0 ? 1 : 0) + (below ? 1 : 0) + (openFindings > 0 ? 1 : 0) + (anomalies > 0 ? 1 : 0);
            result.add(new AgencyCompliance(id, agency.name(), held, late, fb[0], fb[1], rate, below, openFindings,
                    openHigh, anomalies, ComplianceLevel.of(problems, openHigh > 0)));
        }
        result.sort(java.util.Comparator.comparing(AgencyCompliance::level).reversed()
                .thenComparing(AgencyCompliance::agencyName));
        return result;
    }

    /** One agency's status. @throws GerbangException {@code AGENCY_NOT_FOUND} when it has no agreement */
    public AgencyCompliance of(Actor actor, AgencyId agency) {
        return status(actor).stream().filter(c -> c.agencyId() == agency.value()).findFirst()
                .orElseThrow(() -> new GerbangException(AgreementError.AGENCY_NOT_FOUND));
    }

    /**
     * Warns the agency's administrators (a notification) about its compliance status as it stands.
     */
    @Transactional
    public AgencyCompliance warn(Actor actor, AgencyId agency) {
        requireAdmin(actor);
        AgencyCompliance c = of(actor, agency);
        int percent = c.feedbackRate() == null ? 100 : (int) Math.floor(c.feedbackRate() * 100);
        events.publishEvent(new AdministrativeAction(actor.userId(), "report.compliance-warned", "agency",
                Long.toString(c.agencyId()), null, Map.of("level", c.level().name(), "overdueReports", c.overdueReports(),
                        "feedbackPercent", percent, "openFindings", c.openFindings()), null));
        events.publishEvent(new ComplianceWarningIssued(c.agencyId(), c.agencyName(), c.level(), c.overdueReports(),
                percent, c.openFindings(), clock.instant()));
        return c;
    }

    /** What a suspension or termination rests on. */
    public enum Measure {
        SUSPEND, TERMINATE
    }

    /**
     * Suspends or terminates the agreement on the finding (of the same agency): the agreement module
     * records the change with the reason {@code Temuan #<id>: <note>}.
     *
     * @throws GerbangException {@code FINDING_NOT_FOUND} for a finding of another agency;
     *                          {@code AGREEMENT_NOT_FOUND}; the agreement module's transition errors
     */
    @Transactional
    public AgreementView act(Actor actor, AgreementId agreementId, Measure measure, long findingId, String note) {
        requireAdmin(actor);
        AgreementView agreement = agreements.find(agreementId)
                .orElseThrow(() -> new GerbangException(AgreementError.AGREEMENT_NOT_FOUND));
        Finding finding = findings.find(findingId).filter(f -> f.agencyId() == agreement.agencyId().value())
                .orElseThrow(() -> new GerbangException(ReportError.FINDING_NOT_FOUND,
                        Map.of("findingId", "report.compliance.findingRequired")));
        String reason = reason(finding, note);
        return measure == Measure.SUSPEND ? agreements.suspend(agreementId, reason, actor.userId())
                : agreements.terminate(agreementId, reason, actor.userId());
    }

    /** Resumes a suspended agreement (reinstatement); {@code note} required. */
    @Transactional
    public AgreementView resume(Actor actor, AgreementId agreementId, String note) {
        requireAdmin(actor);
        if (note.isBlank()) {
            throw new GerbangException(ReportError.NOTES_REQUIRED, Map.of("note", "report.compliance.noteRequired"));
        }
        return agreements.resume(agreementId, cut(note), actor.userId());
    }

    static String reason(Finding finding, String note) {
        String text = note.isBlank() ? finding.evidence() : note.strip();
        return cut("Temuan #" + finding.id() + ": " + text);
    }

    private static String cut(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Roles.REGISTRY_ADMIN) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isRegistryStaff()) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
    }
}
