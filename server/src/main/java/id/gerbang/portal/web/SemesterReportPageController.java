package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.common.GerbangException;
import id.gerbang.report.AgencyStatements;
import id.gerbang.report.Finding;
import id.gerbang.report.Findings;
import id.gerbang.report.ReportDocument;
import id.gerbang.report.ReportError;
import id.gerbang.report.ReportStatus;
import id.gerbang.report.SemesterReport;
import id.gerbang.report.SemesterReports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The semester report in the portal (docs/report.md): the agency administrator's list, the current
 * report with its figures, the completion form with the signed statement, submission; the registry's
 * list of submitted reports with accept / return with notes, and the overdue list. Every rule is the
 * report module's ({@link SemesterReports}); a refusal is shown beside the field it names.
 */
@Controller
class SemesterReportPageController {

    static final String AGENCY = PortalPages.AGENCY_ADMIN + "/reports";
    static final String REGISTRY = PortalPages.REGISTRY + "/reports";
    static final String OVERDUE = REGISTRY + "/overdue";
    static final List<String> FIELDS = List.of("storage", "dissemination", "incidents", "statement");

    static final String FINDINGS = PortalPages.REGISTRY + "/findings";
    static final List<String> FINDING_FIELDS = List.of("kind", "severity", "evidence", "evidenceLink", "followUp");
    private static final Findings.Draft EMPTY_FINDING = new Findings.Draft(null, null, "", null, "");

    private final SemesterReports reports;
    private final Findings findings;
    private final Accounts accounts;
    private final FormErrors forms;

    SemesterReportPageController(SemesterReports reports, Findings findings, Accounts accounts, FormErrors forms) {
        this.reports = reports;
        this.findings = findings;
        this.accounts = accounts;
        this.forms = forms;
    }

    // ---- the agency administrator ------------------------------------------------------------

    @GetMapping(AGENCY)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String agencyList(Authentication authentication, Model model) {
        model.addAttribute("reports", reports.list(accounts.actorOf(authentication), null));
        return "portal/admin-reports";
    }

    @PostMapping(AGENCY + "/current")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String openCurrent(Authentication authentication) {
        return "redirect:" + AGENCY + "/" + reports.current(accounts.actorOf(authentication)).id();
    }

    @GetMapping(AGENCY + "/{id}")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String agencyReport(@PathVariable long id, Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        SemesterReport report = reports.find(actor, id);
        return agencyPage(actor, report, report.current().statements(), List.of(), model);
    }

    @PostMapping(AGENCY + "/{id}")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String complete(@PathVariable long id, @RequestParam(defaultValue = "") String storage,
            @RequestParam(defaultValue = "") String dissemination, @RequestParam(defaultValue = "") String incidents,
            @RequestParam(name = "statement", required = false) @Nullable MultipartFile statement,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        Actor actor = accounts.actorOf(authentication);
        AgencyStatements typed = new AgencyStatements(storage, dissemination, incidents);
        List<AccountPageController.FieldError> errors = new ArrayList<>();
        for (String field : List.of("storage", "dissemination", "incidents")) {
            String value = switch (field) {
                case "storage" -> storage;
                case "dissemination" -> dissemination;
                default -> incidents;
            };
            if (value.length() > AgencyStatements.MAX_LENGTH) {
                errors.add(new AccountPageController.FieldError(field, forms.text("portal.report.field." + field)
                        + ": " + forms.text("portal.report.tooLong", AgencyStatements.MAX_LENGTH)));
            }
        }
        if (errors.isEmpty()) {
            try {
                reports.complete(actor, id, typed);
                if (statement != null && !statement.isEmpty()) {
                    try (InputStream content = statement.getInputStream()) {
                        reports.attachStatement(actor, id, statement.getOriginalFilename() == null
                                ? "pernyataan.pdf" : statement.getOriginalFilename(), content);
                    }
                }
                redirect.addFlashAttribute("notice", forms.text("portal.report.saved"));
                return "redirect:" + AGENCY + "/" + id;
            } catch (GerbangException e) {
                errors.addAll(forms.of(e));
            }
        }
        response.setStatus(422);
        return agencyPage(actor, reports.find(actor, id), typed, errors, model);
    }

    @PostMapping(AGENCY + "/{id}/submit")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String submit(@PathVariable long id, Authentication authentication, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        try {
            SemesterReport submitted = reports.submit(actor, id);
            redirect.addFlashAttribute("notice", forms.text("portal.report.submitted", submitted.current().version()));
            return "redirect:" + AGENCY + "/" + id;
        } catch (GerbangException e) {
            response.setStatus(422);
            SemesterReport report = reports.find(actor, id);
            return agencyPage(actor, report, report.current().statements(), forms.of(e), model);
        }
    }

    @GetMapping(AGENCY + "/{id}/versions/{version}/{kind}")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    ResponseEntity<byte[]> agencyDocument(@PathVariable long id, @PathVariable int version, @PathVariable String kind,
            Authentication authentication) {
        return download(accounts.actorOf(authentication), id, version, kind);
    }

    private String agencyPage(Actor actor, SemesterReport report, AgencyStatements form,
            List<AccountPageController.FieldError> unordered, Model model) {
        List<AccountPageController.FieldError> errors = FormErrors.inFormOrder(unordered, FIELDS);
        model.addAttribute("report", report);
        model.addAttribute("figures", reports.preview(actor, report.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", FormErrors.byField(errors));
        model.addAttribute("base", AGENCY + "/" + report.id());
        return "portal/admin-report";
    }

    // ---- the registry ----------------------------------------------------------------------------

    @GetMapping(REGISTRY)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String registryList(@RequestParam(required = false) @Nullable ReportStatus status, Authentication authentication,
            Model model) {
        ReportStatus shown = status == null ? ReportStatus.SUBMITTED : status;
        model.addAttribute("status", shown);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("reports", reports.list(accounts.actorOf(authentication), shown));
        return "portal/registry-reports";
    }

    @GetMapping(OVERDUE)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String overdue(Authentication authentication, Model model) {
        model.addAttribute("overdue", reports.overdue(accounts.actorOf(authentication)));
        return "portal/registry-reports-overdue";
    }

    @GetMapping(REGISTRY + "/{id}")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String registryReport(@PathVariable long id, Authentication authentication, Model model) {
        return registryPage(accounts.actorOf(authentication), id, "", List.of(), model);
    }

    @PostMapping(REGISTRY + "/{id}/accept")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String accept(@PathVariable long id, @RequestParam(defaultValue = "") String notes, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        try {
            reports.accept(actor, id, notes);
            redirect.addFlashAttribute("notice", forms.text("portal.report.accepted"));
            return "redirect:" + REGISTRY + "/" + id;
        } catch (GerbangException e) {
            response.setStatus(422);
            return registryPage(actor, id, notes, forms.of(e), model);
        }
    }

    @PostMapping(REGISTRY + "/{id}/return")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String returnWithNotes(@PathVariable long id, @RequestParam(defaultValue = "") String notes,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        try {
            reports.returnWithNotes(actor, id, notes);
            redirect.addFlashAttribute("notice", forms.text("portal.report.returned"));
            return "redirect:" + REGISTRY + "/" + id;
        } catch (GerbangException e) {
            response.setStatus(422);
            return registryPage(actor, id, notes, forms.of(e), model);
        }
    }

    @PostMapping(REGISTRY + "/{id}/findings")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String recordFinding(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String severity, @RequestParam(defaultValue = "") String evidence,
            @RequestParam(defaultValue = "") String evidenceLink, @RequestParam(defaultValue = "") String followUp,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        Findings.Draft draft = new Findings.Draft(parse(Finding.Kind.class, kind), parse(Finding.Severity.class, severity),
                evidence, evidenceLink, followUp);
        try {
            Finding recorded = findings.recordOnReport(actor, id, draft);
            redirect.addFlashAttribute("notice", forms.text("portal.finding.recorded", recorded.id()));
            return "redirect:" + REGISTRY + "/" + id + "#finding-" + recorded.id();
        } catch (GerbangException e) {
            response.setStatus(422);
            model.addAttribute("findingForm", draft);
            model.addAttribute("findingErrors", FormErrors.inFormOrder(forms.of(e), FINDING_FIELDS));
            return registryPage(actor, id, "", List.of(), model);
        }
    }

    @PostMapping(FINDINGS + "/{findingId}")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String updateFinding(@PathVariable long findingId, @RequestParam(defaultValue = "") String followUp,
            @RequestParam(defaultValue = "OPEN") String status, Authentication authentication,
            RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        Finding.Status parsed = parse(Finding.Status.class, status);
        Finding updated = findings.update(actor, findingId, followUp, parsed == null ? Finding.Status.OPEN : parsed);
        redirect.addFlashAttribute("notice", forms.text("portal.finding.updated", updated.id()));
        return "redirect:" + (updated.reportId() == null ? PortalPages.REGISTRY + "/compliance"
                : REGISTRY + "/" + updated.reportId() + "#finding-" + updated.id());
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
        try {
            return value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping(REGISTRY + "/{id}/versions/{version}/{kind}")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    ResponseEntity<byte[]> registryDocument(@PathVariable long id, @PathVariable int version,
            @PathVariable String kind, Authentication authentication) {
        return download(accounts.actorOf(authentication), id, version, kind);
    }

    @SuppressWarnings("unchecked")
    private String registryPage(Actor actor, long id, String notes, List<AccountPageController.FieldError> errors,
            Model model) {
        SemesterReport report = reports.find(actor, id);
        model.addAttribute("report", report);
        model.addAttribute("figures", reports.preview(actor, id));
        model.addAttribute("notes", notes);
        model.addAttribute("mayDecide", actor.isRegistryAdmin() && report.status() == ReportStatus.SUBMITTED);
        model.addAttribute("findings", findings.ofReport(actor, id));
        model.addAttribute("mayRecord", actor.isRegistryAdmin());
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", EMPTY_FINDING);
        }
        List<AccountPageController.FieldError> findingErrors = model.containsAttribute("findingErrors")
                ? (List<AccountPageController.FieldError>) model.getAttribute("findingErrors") : List.of();
        model.addAttribute("findingErrors", findingErrors);
        model.addAttribute("findingFieldErrors", FormErrors.byField(findingErrors));
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", FormErrors.byField(errors));
        model.addAttribute("base", REGISTRY + "/" + id);
        return "portal/registry-report";
    }

    private ResponseEntity<byte[]> download(Actor actor, long id, int version, String kind) {
        ReportDocument.Kind which = switch (kind) {
            case "pdf", "xlsx", "statement" -> ReportDocument.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            default -> throw new GerbangException(ReportError.DOCUMENT_NOT_FOUND);
        };
        ReportDocument document = reports.document(actor, id, version, which);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }
}
