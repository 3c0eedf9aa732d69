package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.GerbangException;
import id.gerbang.report.AgencyCompliance;
import id.gerbang.report.Compliance;
import id.gerbang.report.Finding;
import id.gerbang.report.Findings;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's compliance status per agency (docs/report.md): the list with a label per agency, and
 * one agency's page with its figures, findings and the registry administrator's actions (a warning,
 * a finding, suspending or terminating an agreement on a finding, resuming it). The auditor reads both
 * pages without any of the forms. Every rule is the report module's ({@link Compliance}, {@link Findings}).
 */
@Controller
class CompliancePageController {

    static final String PATH = PortalPages.REGISTRY + "/compliance";
    static final List<String> FIELDS = List.of("findingId", "note");

    private final Compliance compliance;
    private final Findings findings;
    private final Accounts accounts;
    private final FormErrors forms;

    CompliancePageController(Compliance compliance, Findings findings, Accounts accounts, FormErrors forms) {
        this.compliance = compliance;
        this.findings = findings;
        this.accounts = accounts;
        this.forms = forms;
    }

    @GetMapping(PATH)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String list(Authentication authentication, Model model) {
        model.addAttribute("agencies", compliance.status(accounts.actorOf(authentication)));
        model.addAttribute("threshold", Math.round(compliance.feedbackThreshold() * 100));
        model.addAttribute("days", compliance.complianceDays());
        return "portal/registry-compliance";
    }

    @GetMapping(PATH + "/{agencyId}")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String agency(@PathVariable long agencyId, Authentication authentication, Model model) {
        return page(accounts.actorOf(authentication), agencyId, List.of(), List.of(), null, model);
    }

    @PostMapping(PATH + "/{agencyId}/warn")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String warn(@PathVariable long agencyId, Authentication authentication, RedirectAttributes redirect) {
        AgencyCompliance c = compliance.warn(accounts.actorOf(authentication), new AgencyId(agencyId));
        redirect.addFlashAttribute("notice", forms.text("portal.compliance.warned", c.agencyName()));
        return "redirect:" + PATH + "/" + agencyId;
    }

    @PostMapping(PATH + "/{agencyId}/findings")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String recordFinding(@PathVariable long agencyId, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String severity, @RequestParam(defaultValue = "") String evidence,
            @RequestParam(defaultValue = "") String evidenceLink, @RequestParam(defaultValue = "") String followUp,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        Findings.Draft draft = new Findings.Draft(SemesterReportPageController.parse(Finding.Kind.class, kind),
                SemesterReportPageController.parse(Finding.Severity.class, severity), evidence, evidenceLink, followUp);
        try {
            Finding recorded = findings.recordOnAgency(actor, new AgencyId(agencyId), draft);
            redirect.addFlashAttribute("notice", forms.text("portal.finding.recorded", recorded.id()));
            return "redirect:" + PATH + "/" + agencyId + "#finding-" + recorded.id();
        } catch (GerbangException e) {
            response.setStatus(422);
            return page(actor, agencyId, List.of(),
                    FormErrors.inFormOrder(forms.of(e), SemesterReportPageController.FINDING_FIELDS), draft, model);
        }
    }

    @PostMapping(PATH + "/{agencyId}/agreements/{agreementId}/measure")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String measure(@PathVariable long agencyId, @PathVariable long agreementId,
            @RequestParam(defaultValue = "SUSPEND") String measure, @RequestParam(defaultValue = "0") long findingId,
            @RequestParam(defaultValue = "") String note, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        Compliance.Measure which = "TERMINATE".equals(measure) ? Compliance.Measure.TERMINATE : Compliance.Measure.SUSPEND;
        try {
            compliance.act(actor, new AgreementId(agreementId), which, findingId, note);
            redirect.addFlashAttribute("notice", forms.text("portal.compliance.done." + which.name()));
            return "redirect:" + PATH + "/" + agencyId;
        } catch (GerbangException e) {
            response.setStatus(422);
            return page(actor, agencyId, forms.of(e), List.of(), null, model);
        }
    }

    @PostMapping(PATH + "/{agencyId}/agreements/{agreementId}/resume")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String resume(@PathVariable long agencyId, @PathVariable long agreementId, @RequestParam(defaultValue = "") String note,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        try {
            compliance.resume(actor, new AgreementId(agreementId), note);
            redirect.addFlashAttribute("notice", forms.text("portal.compliance.done.RESUME"));
            return "redirect:" + PATH + "/" + agencyId;
        } catch (GerbangException e) {
            response.setStatus(422);
            return page(actor, agencyId, forms.of(e), List.of(), null, model);
        }
    }

    private String page(Actor actor, long agencyId, List<AccountPageController.FieldError> errors,
            List<AccountPageController.FieldError> findingErrors, Findings.@org.jspecify.annotations.Nullable Draft draft,
            Model model) {
        AgencyCompliance c = compliance.of(actor, new AgencyId(agencyId));
        List<Finding> all = findings.ofAgency(actor, new AgencyId(agencyId));
        model.addAttribute("c", c);
        model.addAttribute("findings", all);
        model.addAttribute("openFindings", all.stream().filter(Finding::open).toList());
        model.addAttribute("threshold", Math.round(compliance.feedbackThreshold() * 100));
        model.addAttribute("mayAct", actor.isRegistryAdmin());
        model.addAttribute("mayRecord", actor.isRegistryAdmin());
        model.addAttribute("errors", errors);
        model.addAttribute("findingForm", draft == null ? new Findings.Draft(null, null, "", null, "") : draft);
        model.addAttribute("findingErrors", findingErrors);
        model.addAttribute("findingFieldErrors", FormErrors.byField(findingErrors));
        model.addAttribute("base", PATH + "/" + agencyId);
        return "portal/registry-compliance-agency";
    }
}
