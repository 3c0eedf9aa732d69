package id.gerbang.report.web;

import id.gerbang.account.Accounts;
import id.gerbang.common.Roles;
import id.gerbang.report.AgencyStatements;
import id.gerbang.report.OverdueReport;
import id.gerbang.report.ReportDocument;
import id.gerbang.report.ReportFigures;
import id.gerbang.report.ReportStatus;
import id.gerbang.report.Semester;
import id.gerbang.report.SemesterReport;
import id.gerbang.report.SemesterReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The semester report over the administration API: the agency administrator opens, completes,
 * attaches the signed statement and submits its own agency's reports; the registry administrator
 * accepts or returns them; registry staff read every agency's, and the overdue list. See docs/report.md.
 */
@RestController
@RequestMapping("/api/v1/admin/semester-reports")
@Tag(name = "Semester reports", description = "Laporan semester lembaga pengguna (PKS Pasal 8)")
class SemesterReportApiController {

    static final String AGENCY_ADMIN = "hasRole('AGENCY_ADMIN')";
    static final String READERS = "hasAnyRole('REGISTRY_ADMIN','REGISTRY_AUDITOR','AGENCY_ADMIN')";

    private final SemesterReports reports;
    private final Accounts accounts;

    SemesterReportApiController(SemesterReports reports, Accounts accounts) {
        this.reports = reports;
        this.accounts = accounts;
    }

    record SemesterBody(@NotBlank @Pattern(regexp = "20\\d\\d-[12]") String semester) {
    }

    record StatementsBody(@Size(max = AgencyStatements.MAX_LENGTH) @Nullable String storage,
                          @Size(max = AgencyStatements.MAX_LENGTH) @Nullable String dissemination,
                          @Size(max = AgencyStatements.MAX_LENGTH) @Nullable String incidents) {

        AgencyStatements statements() {
            return new AgencyStatements(storage == null ? "" : storage, dissemination == null ? "" : dissemination,
                    incidents == null ? "" : incidents);
        }
    }

    record NotesBody(@Size(max = AgencyStatements.MAX_LENGTH) @Nullable String notes) {
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Reports: an agency administrator's own agency's, every agency's for registry staff")
    List<SemesterReport> list(@RequestParam(required = false) @Nullable ReportStatus status, Authentication auth) {
        return reports.list(accounts.actorOf(auth), status);
    }

    @PostMapping("/current")
    @PreAuthorize(AGENCY_ADMIN)
    @Operation(summary = "The report of the current semester of the administrator's agency, opened when new")
    SemesterReport current(Authentication auth) {
        return reports.current(accounts.actorOf(auth));
    }

    @PostMapping("/open")
    @PreAuthorize(AGENCY_ADMIN)
    @Operation(summary = "The report of a past or the current semester (yyyy-1 or yyyy-2), opened when new")
    SemesterReport open(@Valid @RequestBody SemesterBody body, Authentication auth) {
        return reports.open(accounts.actorOf(auth), Semester.parse(body.semester()));
    }

    @GetMapping("/overdue")
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    @Operation(summary = "Semesters whose report is not submitted after the due date, per agency")
    List<OverdueReport> overdue(Authentication auth) {
        return reports.overdue(accounts.actorOf(auth));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    SemesterReport find(@PathVariable long id, Authentication auth) {
        return reports.find(accounts.actorOf(auth), id);
    }

    @GetMapping("/{id}/figures")
    @PreAuthorize(READERS)
    @Operation(summary = "The figures as they stand now (no checkpoint); submission computes them up to a signed one")
    ReportFigures figures(@PathVariable long id, Authentication auth) {
        return reports.preview(accounts.actorOf(auth), id);
    }

    @PutMapping("/{id}/statements")
    @PreAuthorize(AGENCY_ADMIN)
    @Operation(summary = "The agency's statements: storage of population data, dissemination, incidents")
    SemesterReport complete(@PathVariable long id, @Valid @RequestBody StatementsBody body, Authentication auth) {
        return reports.complete(accounts.actorOf(auth), id, body.statements());
    }

    @PutMapping(path = "/{id}/statement", consumes = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(AGENCY_ADMIN)
    @Operation(summary = "The head of the agency's signed statement: the PDF as the body, checked from its bytes, "
            + "at most gerbang.report.statement-max-bytes")
    SemesterReport attach(@PathVariable long id, @RequestParam(defaultValue = "pernyataan.pdf") String fileName,
            HttpServletRequest request, Authentication auth) throws IOException {
        return reports.attachStatement(accounts.actorOf(auth), id, fileName, request.getInputStream());
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(AGENCY_ADMIN)
    @Operation(summary = "Submit the current version: the signed PDF and XLSX are made up to a new checkpoint")
    SemesterReport submit(@PathVariable long id, Authentication auth) {
        return reports.submit(accounts.actorOf(auth), id);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(Roles.ADMIN)
    SemesterReport accept(@PathVariable long id, @Valid @RequestBody NotesBody body, Authentication auth) {
        return reports.accept(accounts.actorOf(auth), id, body.notes());
    }

    @PostMapping("/{id}/return")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Return the submitted version with notes; the agency completes a new version")
    SemesterReport returnWithNotes(@PathVariable long id, @Valid @RequestBody NotesBody body, Authentication auth) {
        return reports.returnWithNotes(accounts.actorOf(auth), id, body.notes() == null ? "" : body.notes());
    }

    @GetMapping("/{id}/versions/{version}/{kind}")
    @PreAuthorize(READERS)
    @Operation(summary = "A version's signed PDF or XLSX, or the agency's signed statement (kind pdf, xlsx, statement)")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable int version,
            @PathVariable @Pattern(regexp = "pdf|xlsx|statement") String kind, Authentication auth) {
        ReportDocument document = reports.document(accounts.actorOf(auth), id, version,
                ReportDocument.Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
        return download(document);
    }

    static ResponseEntity<byte[]> download(ReportDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }
}
