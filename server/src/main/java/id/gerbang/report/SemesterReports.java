package id.gerbang.report;

import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.audit.DocumentSignatures;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.PdfSniffer;
import id.gerbang.common.Roles;
import id.gerbang.report.internal.Figures;
import id.gerbang.report.internal.ReportDocuments;
import id.gerbang.report.internal.ReportProperties;
import id.gerbang.report.internal.ReportStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's semester report (docs/report.md). An agency administrator opens the report of the
 * current (or a past) semester of its agency, completes the agency's statements, attaches the head of
 * the agency's signed statement (a PDF, judged from its bytes) and submits: Gerbang then signs the
 * access log's head, computes the figures up to that checkpoint and stores the signed PDF and XLSX
 * with the version. A registry administrator accepts the version or returns it with notes; the agency
 * then completes a new version. Versions are never changed once submitted. Every step is an
 * {@link AdministrativeAction}.
 */
@Service
public class SemesterReports {

    private final ReportStore store;
    private final Figures figures;
    private final ReportDocuments documents;
    private final DocumentSignatures signatures;
    private final Agencies agencies;
    private final Agreements agreements;
    private final ReportProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SemesterReports(ReportStore store, Figures figures, ReportDocuments documents, DocumentSignatures signatures,
            Agencies agencies, Agreements agreements, ReportProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.figures = figures;
        this.documents = documents;
        this.signatures = signatures;
        this.agencies = agencies;
        this.agreements = agreements;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The due date of a semester's report (the last day of June or December unless configured). */
    public LocalDate dueDate(Semester semester) {
        return semester.dueDate(properties.firstHalfDueMonth(), properties.secondHalfDueMonth());
    }

    /** The agency administrator's report of the semester that contains today (Jakarta), opened if new. */
    @Transactional
    public SemesterReport current(Actor actor) {
        return open(actor, Semester.of(JakartaTime.today(clock)));
    }

    /**
     * The agency administrator's report of {@code semester}, opened (an empty draft) when it does not
     * exist yet.
     *
     * @throws GerbangException {@code SEMESTER_NOT_STARTED} for a semester after the current one
     */
    @Transactional
    public SemesterReport open(Actor actor, Semester semester) {
        long agency = agencyOf(actor);
        if (semester.compareTo(Semester.of(JakartaTime.today(clock))) > 0) {
            throw new GerbangException(ReportError.SEMESTER_NOT_STARTED);
        }
        long id = store.idOf(agency, semester).orElseGet(() -> {
            long created = store.create(agency, semester, actor.userId(), clock.instant());
            publish(actor, "report.opened", created, null, Map.of("semester", semester.toString()), null);
            return created;
        });
        return load(id);
    }

    /** Reports the actor may see: its own agency's, or every agency's for registry staff; optionally by status. */
    public List<SemesterReport> list(Actor actor, @Nullable ReportStatus status) {
        Long agency = actor.isRegistryStaff() ? null : agencyOf(actor);
        return store.list(agency, status).stream().map(r -> load(r.id())).toList();
    }

    /** @throws GerbangException {@code REPORT_NOT_FOUND} also for another agency's report */
    public SemesterReport find(Actor actor, long id) {
        ReportStore.Row row = visible(actor, id);
        return load(row.id());
    }

    /**
     * The figures as they stand now (the access log up to its latest entry, no checkpoint written):
     * what the agency sees while it completes the report. Submission computes them again up to a
     * signed checkpoint.
     */
    public ReportFigures preview(Actor actor, long id) {
        ReportStore.Row row = visible(actor, id);
        return figures.compute(row.agencyId(), row.semester(), JakartaTime.today(clock),
                new DocumentSignatures.AccessCheckpoint(0, Long.MAX_VALUE, "", clock.instant(), ""));
    }

    /**
     * Saves the agency's statements in the current version (a returned report starts its next version).
     *
     * @throws GerbangException {@code REPORT_NOT_EDITABLE} once submitted or accepted
     */
    @Transactional
    public SemesterReport complete(Actor actor, long id, AgencyStatements statements) {
        ReportVersion version = editableVersion(actor, id);
        AgencyStatements clean = new AgencyStatements(cut(statements.storage()), cut(statements.dissemination()),
                cut(statements.incidents()));
        store.putStatements(id, version.version(), clean);
        publish(actor, "report.completed", id, null, Map.of("version", version.version()), null);
        return load(id);
    }

    /**
     * Attaches the head of the agency's signed statement to the current version, replacing an earlier
     * one: a PDF judged from its bytes ({@link PdfSniffer}, as the quota study), at most
     * {@code gerbang.report.statement-max-bytes}, read no further than one byte past the limit.
     *
     * @throws GerbangException {@code STATEMENT_NOT_PDF}, {@code STATEMENT_TOO_LARGE}, {@code REPORT_NOT_EDITABLE}
     */
    @Transactional
    public SemesterReport attachStatement(Actor actor, long id, String fileName, InputStream content) {
        ReportVersion version = editableVersion(actor, id);
        byte[] bytes;
        try {
            bytes = content.readNBytes(properties.statementMaxBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > properties.statementMaxBytes()) {
            throw new GerbangException(ReportError.STATEMENT_TOO_LARGE, Map.of("statement", "report.statement.tooLarge"),
                    properties.statementMaxBytes() / (1024 * 1024));
        }
        if (!PdfSniffer.isPdf(bytes)) {
            throw new GerbangException(ReportError.STATEMENT_NOT_PDF, Map.of("statement", "report.statement.notPdf"));
        }
        String sha256 = SignedReportFiles.sha256(bytes);
        String name = safeFileName(fileName);
        store.putStatement(id, version.version(), name, bytes, sha256);
        publish(actor, "report.statement-attached", id, null,
                Map.of("version", version.version(), "fileName", name, "sha256", sha256), null);
        return load(id);
    }

    /**
     * Submits the current version: requires the three statements and the signed statement; signs the
     * access log's head, computes the figures up to that checkpoint and stores the signed PDF and XLSX.
     *
     * @throws GerbangException {@code REPORT_INCOMPLETE} naming the missing fields; {@code REPORT_NOT_EDITABLE}
     */
    @Transactional
    public SemesterReport submit(Actor actor, long id) {
        ReportVersion version = editableVersion(actor, id);
        Map<String, String> missing = new LinkedHashMap<>();
        if (version.statements().storage().isBlank()) {
            missing.put("storage", "report.statement.required");
        }
        if (version.statements().dissemination().isBlank()) {
            missing.put("dissemination", "report.statement.required");
        }
        if (version.statements().incidents().isBlank()) {
            missing.put("incidents", "report.statement.required");
        }
        if (version.statementFile() == null) {
            missing.put("statement", "report.statement.fileRequired");
        }
        if (!missing.isEmpty()) {
            throw new GerbangException(ReportError.REPORT_INCOMPLETE, missing);
        }
        ReportStore.Row row = store.find(id).orElseThrow();
        DocumentSignatures.AccessCheckpoint checkpoint = signatures.checkpointAccessLog();
        LocalDate today = JakartaTime.today(clock);
        ReportFigures computed = figures.compute(row.agencyId(), row.semester(), today, checkpoint);
        java.time.Instant now = clock.instant();
        ReportDocuments.Signed signed = documents.build(computed, new ReportDocuments.Cover(version.version(),
                actor.userId(), now, version.statements(), version.statementFile(), version.statementSha256()));
        String pdfSha = SignedReportFiles.sha256(signed.pdf());
        store.submit(id, version.version(), checkpoint.id(), checkpoint.lastSequence(), signed.pdf(), pdfSha,
                signed.xlsx(), actor.userId(), now);
        store.setStatus(id, ReportStatus.SUBMITTED);
        publish(actor, "report.submitted", id, Map.of("status", row.status().name()),
                Map.of("version", version.version(), "checkpointSequence", checkpoint.lastSequence(),
                        "pdfSha256", pdfSha), null);
        return load(id);
    }

    /** The registry administrator accepts the submitted version; {@code notes} optional. */
    @Transactional
    public SemesterReport accept(Actor actor, long id, @Nullable String notes) {
        return decide(actor, id, ReportStatus.ACCEPTED, notes == null || notes.isBlank() ? null : cut(notes));
    }

    /**
     * The registry administrator returns the submitted version with notes; the agency completes a new
     * version.
     *
     * @throws GerbangException {@code NOTES_REQUIRED} without notes
     */
    @Transactional
    public SemesterReport returnWithNotes(Actor actor, long id, String notes) {
        if (notes.isBlank()) {
            throw new GerbangException(ReportError.NOTES_REQUIRED, Map.of("notes", "report.review.notesRequired"));
        }
        return decide(actor, id, ReportStatus.RETURNED, cut(notes));
    }

    private SemesterReport decide(Actor actor, long id, ReportStatus decision, @Nullable String notes) {
        if (actor.role() != Roles.REGISTRY_ADMIN) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        ReportStore.Row row = store.find(id).orElseThrow(() -> new GerbangException(ReportError.REPORT_NOT_FOUND));
        if (row.status() != ReportStatus.SUBMITTED) {
            throw new GerbangException(ReportError.REPORT_NOT_SUBMITTED, row.status().name());
        }
        int version = store.versions(id).getLast().version();
        store.decide(id, version, decision, actor.userId(), clock.instant(), notes);
        store.setStatus(id, decision);
        publish(actor, decision == ReportStatus.ACCEPTED ? "report.accepted" : "report.returned", id,
                Map.of("status", row.status().name()), Map.of("version", version, "status", decision.name()), notes);
        events.publishEvent(new ReportDecided(id, row.agencyId(), row.semester(), version, decision));
        return load(id);
    }

    /** A stored document of a version, for the agency's administrators and registry staff. */
    public ReportDocument document(Actor actor, long id, int version, ReportDocument.Kind kind) {
        ReportStore.Row row = visible(actor, id);
        byte[] content = store.document(id, version, kind)
                .orElseThrow(() -> new GerbangException(ReportError.DOCUMENT_NOT_FOUND));
        String base = "laporan-semester-" + row.agencyId() + "-" + row.semester() + "-v" + version;
        return switch (kind) {
            case PDF -> new ReportDocument(base + ".pdf", "application/pdf", content);
            case XLSX -> new ReportDocument(base + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
            case STATEMENT -> new ReportDocument(base + "-pernyataan.pdf", "application/pdf", content);
        };
    }

    /**
     * Semesters whose report is not submitted (or returned and not submitted again) after its due
     * date, for agencies with an agreement that covered the semester; looking back
     * {@code gerbang.report.overdue-semesters}. Registry staff only.
     */
    public List<OverdueReport> overdue(Actor actor) {
        if (!actor.isRegistryStaff()) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        return overdueOn(JakartaTime.today(clock));
    }

    /**
     * The overdue list as it stands on {@code today} (a Jakarta day), for the daily report reminders
     * (notification module); registry staff read it through {@link #overdue(Actor)}.
     */
    public List<OverdueReport> overdueOn(LocalDate today) {
        return overdueOn(today, agreements.byAgency());
    }

    /** The same, from every agency's agreements as the caller has already read them ({@code Agreements#byAgency}). */
    List<OverdueReport> overdueOn(LocalDate today, Map<AgencyId, List<AgreementView>> byAgency) {
        List<OverdueReport> result = new ArrayList<>();
        for (Owed owed : owed(today, byAgency)) {
            if (owed.due().isBefore(today)) {
                result.add(new OverdueReport(owed.agency().id().value(), owed.agency().name(), owed.semester(),
                        owed.due(), ChronoUnit.DAYS.between(owed.due(), today), owed.status()));
            }
        }
        return result;
    }

    /**
     * Reports still to be submitted (not opened, a draft, or returned) whose due date is from
     * {@code today} to {@code days} days after it, for agencies with an agreement that covered the
     * semester: what the reminders before the due date are sent for.
     */
    public List<ReportDue> dueWithin(LocalDate today, int days) {
        List<ReportDue> result = new ArrayList<>();
        for (Owed owed : owed(today, agreements.byAgency())) {
            long left = ChronoUnit.DAYS.between(today, owed.due());
            if (left >= 0 && left <= days) {
                result.add(new ReportDue(owed.agency().id().value(), owed.agency().name(), owed.semester(), owed.due(),
                        left, owed.status()));
            }
        }
        return result;
    }

    /** How many days before the due date the agency is reminded ({@code gerbang.report.reminder-days}), largest first. */
    public List<Integer> reminderDays() {
        return properties.reminderDays().stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private record Owed(AgencyView agency, Semester semester, LocalDate due, @Nullable ReportStatus status) {
    }

    /**
     * For every agency with an agreement that covered the semester: the semesters of the last
     * {@code overdue-semesters} (from the one of {@code today}, and the next when its report is due
     * within it) whose report is not submitted or was returned.
     */
    private List<Owed> owed(LocalDate today, Map<AgencyId, List<AgreementView>> byAgency) {
        List<Owed> result = new ArrayList<>();
        for (AgencyView agency : agencies.findAll()) {
            List<AgreementView> held = byAgency.getOrDefault(agency.id(), List.of());
            Optional<LocalDate> since = held.stream().map(AgreementView::validFrom).min(LocalDate::compareTo);
            if (since.isEmpty()) {
                continue;
            }
            Semester semester = Semester.of(today);
            for (int i = 0; i < properties.overdueSemesters(); i++, semester = semester.previous()) {
                if (semester.to().isBefore(since.get())) {
                    continue;
                }
                Optional<ReportStatus> status = store.idOf(agency.id().value(), semester)
                        .flatMap(store::find).map(ReportStore.Row::status);
                if (status.isEmpty() || status.get() == ReportStatus.DRAFT || status.get() == ReportStatus.RETURNED) {
                    result.add(new Owed(agency, semester, dueDate(semester), status.orElse(null)));
                }
            }
        }
        return result;
    }

    private ReportVersion editableVersion(Actor actor, long id) {
        ReportStore.Row row = visible(actor, id);
        if (actor.role() != Roles.AGENCY_ADMIN) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        ReportVersion current = store.versions(id).getLast();
        if (row.status() == ReportStatus.RETURNED) {
            store.copyVersion(id, current.version());
            store.setStatus(id, ReportStatus.DRAFT);
            return store.versions(id).getLast();
        }
        if (row.status() != ReportStatus.DRAFT) {
            throw new GerbangException(ReportError.REPORT_NOT_EDITABLE, row.status().name());
        }
        return current;
    }

    private ReportStore.Row visible(Actor actor, long id) {
        ReportStore.Row row = store.find(id).orElseThrow(() -> new GerbangException(ReportError.REPORT_NOT_FOUND));
        if (!actor.maySee(new AgencyId(row.agencyId()))) {
            throw new GerbangException(ReportError.REPORT_NOT_FOUND);
        }
        return row;
    }

    private SemesterReport load(long id) {
        ReportStore.Row row = store.find(id).orElseThrow(() -> new GerbangException(ReportError.REPORT_NOT_FOUND));
        String name = agencies.find(new AgencyId(row.agencyId())).map(AgencyView::name).orElse("#" + row.agencyId());
        LocalDate due = dueDate(row.semester());
        boolean overdue = JakartaTime.today(clock).isAfter(due)
                && (row.status() == ReportStatus.DRAFT || row.status() == ReportStatus.RETURNED);
        return new SemesterReport(row.id(), row.agencyId(), name, row.semester(), row.status(), due, overdue,
                store.versions(id));
    }

    private static long agencyOf(Actor actor) {
        if (actor.role() != Roles.AGENCY_ADMIN || actor.agency() == null) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        return actor.agency().value();
    }

    private void publish(Actor actor, String action, long id, @Nullable Object before, @Nullable Object after,
            @Nullable String reason) {
        events.publishEvent(new AdministrativeAction(actor.userId(), action, "semester-report", Long.toString(id),
                before, after, reason));
    }

    private static String cut(String text) {
        String s = text.strip();
        return s.length() > AgencyStatements.MAX_LENGTH ? s.substring(0, AgencyStatements.MAX_LENGTH) : s;
    }

    /** The last path segment, letters, digits, dot, dash and underscore only, at most 100, ending in .pdf. */
    static String safeFileName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            base = base.substring(0, base.length() - 4);
        }
        if (base.isBlank()) {
            base = "pernyataan";
        }
        return (base.length() > 96 ? base.substring(0, 96) : base) + ".pdf";
    }
}
