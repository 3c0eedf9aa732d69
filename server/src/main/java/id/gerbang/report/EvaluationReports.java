package id.gerbang.report;

import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementStatusChange;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.audit.AccessTallies;
import id.gerbang.audit.DocumentSignatures;
import id.gerbang.audit.Viewer;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.Reconciliation;
import id.gerbang.report.internal.EvaluationDocuments;
import id.gerbang.report.internal.FindingStore;
import id.gerbang.report.internal.ReportProperties;
import id.gerbang.report.internal.ReportStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-semester evaluation report for the Minister through the Director-General (PKS Pasal 8 ayat
 * (4); docs/report.md): a registry administrator produces it for a semester as a signed PDF or XLSX.
 * Producing signs the access log's head (a checkpoint) and computes the calls up to it; the file is
 * not stored (produce it again for a later state), and each production is an administrative action
 * ({@code report.evaluation-produced}).
 */
@Service
public class EvaluationReports {

    private final SemesterReports reports;
    private final ReportStore store;
    private final FindingStore findings;
    private final EvaluationDocuments documents;
    private final DocumentSignatures signatures;
    private final AccessTallies tallies;
    private final FeedbackRecords feedback;
    private final Agencies agencies;
    private final Agreements agreements;
    private final ReportProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationReports(SemesterReports reports, ReportStore store, FindingStore findings, EvaluationDocuments documents,
            DocumentSignatures signatures, AccessTallies tallies, FeedbackRecords feedback, Agencies agencies,
            Agreements agreements, ReportProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.store = store;
        this.findings = findings;
        this.documents = documents;
        this.signatures = signatures;
        this.tallies = tallies;
        this.feedback = feedback;
        this.agencies = agencies;
        this.agreements = agreements;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Produces the semester's evaluation report as a signed PDF or XLSX.
     *
     * @throws GerbangException {@code FORBIDDEN} for anyone but a registry administrator;
     *                          {@code SEMESTER_NOT_STARTED} for a semester after the current one
     */
    @Transactional
    public ReportDocument produce(Actor actor, Semester semester, ReportDocument.Kind kind) {
        if (actor.role() != Roles.REGISTRY_ADMIN) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        LocalDate today = JakartaTime.today(clock);
        if (semester.compareTo(Semester.of(today)) > 0) {
            throw new GerbangException(ReportError.SEMESTER_NOT_STARTED);
        }
        EvaluationFigures figures = figures(actor, semester, today, signatures.checkpointAccessLog());
        String base = "evaluasi-semester-" + semester;
        ReportDocument document = kind == ReportDocument.Kind.XLSX
                ? new ReportDocument(base + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        documents.xlsx(figures))
                : new ReportDocument(base + ".pdf", "application/pdf", documents.pdf(figures));
        events.publishEvent(new AdministrativeAction(actor.userId(), "report.evaluation-produced", "evaluation-report",
                semester.toString(), null, Map.of("document", document.fileName(), "checkpointId", figures.checkpoint().id(),
                        "sha256", SignedReportFiles.sha256(document.content())), null));
        return document;
    }

    EvaluationFigures figures(Actor actor, Semester semester, LocalDate today, DocumentSignatures.AccessCheckpoint checkpoint) {
        LocalDate from = semester.from();
        LocalDate to = today.isBefore(semester.to()) ? today : semester.to();
        Map<AgencyId, List<AgreementView>> byAgency = agreements.byAgency();
        Set<Long> overdue = new HashSet<>();
        for (OverdueReport o : reports.overdueOn(today, byAgency)) {
            if (o.semester().equals(semester)) {
                overdue.add(o.agencyId());
            }
        }
        Map<Long, int[]> balikan = new HashMap<>();
        Reconciliation r = feedback.reconcile(null, from, to);
        for (Reconciliation.Compliance month : r.months()) {
            int[] sum = balikan.computeIfAbsent(month.agencyId(), k -> new int[2]);
            sum[0] += month.due();
            sum[1] += month.answered();
        }
        Map<Long, Long> open = findings.openByAgency();
        Map<Long, Long> high = findings.openHighByAgency();
        Map<Long, String> names = new HashMap<>();
        List<EvaluationFigures.AgreementRow> agreementRows = new ArrayList<>();
        List<EvaluationFigures.AgencyRow> agencyRows = new ArrayList<>();
        List<EvaluationFigures.MeasureRow> measures = new ArrayList<>();
        Viewer viewer = Viewer.registryAdministrator(actor.userId());
        for (AgencyView agency : agencies.findAll()) {
            names.put(agency.id().value(), agency.name());
            List<AgreementView> held = byAgency.getOrDefault(agency.id(), List.of()).stream()
                    .filter(a -> a.status() != AgreementStatus.DRAFT && !a.validFrom().isAfter(semester.to())
                            && !a.currentTerms().validUntil().isBefore(from))
                    .toList();
            if (held.isEmpty()) {
                continue;
            }
            for (AgreementView a : held) {
                agreementRows.add(new EvaluationFigures.AgreementRow(agency.name(), a.registryNumber(), a.status().name(),
                        a.validFrom(), a.currentTerms().validUntil()));
                for (AgreementStatusChange c : agreements.history(a.id()).statusChanges()) {
                    LocalDate on = JakartaTime.dateOf(c.at());
                    boolean measure = c.to() == AgreementStatus.SUSPENDED || c.to() == AgreementStatus.TERMINATED
                            || (c.from() == AgreementStatus.SUSPENDED && c.to() == AgreementStatus.ACTIVE);
                    if (measure && !on.isBefore(from) && !on.isAfter(to)) {
                        measures.add(new EvaluationFigures.MeasureRow(agency.name(), a.registryNumber(), on, c.to().name(),
                                c.reason() == null ? "-" : c.reason()));
                    }
                }
            }
            long id = agency.id().value();
            long calls = 0;
            long answered = 0;
            for (AccessTallies.Tally t : tallies.of(id, from, to, checkpoint.lastSequence(), viewer)) {
                calls += t.count();
                if (t.outcome().name().equals("FOUND") || t.outcome().name().equals("VERIFIED")) {
                    answered += t.count();
                }
            }
            String status = store.idOf(id, semester).flatMap(store::find).map(row -> row.status().name()).orElse(null);
            int[] fb = balikan.getOrDefault(id, new int[2]);
            Double rate = fb[0] == 0 ? null : (double) fb[1] / fb[0];
            boolean below = rate != null && rate < properties.feedbackThreshold();
            int openFindings = open.getOrDefault(id, 0L).intValue();
            int problems = (overdue.contains(id) ? 1 : 0) + (below ? 1 : 0) + (openFindings > 0 ? 1 : 0);
            agencyRows.add(new EvaluationFigures.AgencyRow(id, agency.name(), calls, answered, status, overdue.contains(id),
                    fb[0], fb[1], rate, openFindings, ComplianceLevel.of(problems, high.getOrDefault(id, 0L) > 0)));
        }
        agencyRows.sort(java.util.Comparator.comparing(EvaluationFigures.AgencyRow::agencyName));
        agreementRows.sort(java.util.Comparator.comparing(EvaluationFigures.AgreementRow::agencyName)
                .thenComparing(EvaluationFigures.AgreementRow::registryNumber));
        measures.sort(java.util.Comparator.comparing(EvaluationFigures.MeasureRow::on));
        List<EvaluationFigures.FindingRow> findingRows = findings
                .createdBetween(from.atStartOfDay(JakartaTime.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(JakartaTime.ZONE).toInstant())
                .stream().map(f -> new EvaluationFigures.FindingRow(f.id(), names.getOrDefault(f.agencyId(), "#" + f.agencyId()),
                        f.kind(), f.severity(), f.status(), JakartaTime.dateOf(f.createdAt())))
                .toList();
        return new EvaluationFigures(semester, from, to, clock.instant(), actor.userId(),
                new ReportFigures.Checkpoint(checkpoint.id(), checkpoint.lastSequence(), checkpoint.headHash(),
                        checkpoint.createdAt(), checkpoint.keyId()),
                agreementRows, agencyRows, findingRows, measures);
    }
}
