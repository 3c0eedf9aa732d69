package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.OneTimeSecrets;
import id.gerbang.account.UserApplication;
import id.gerbang.account.UserApplications;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.common.GerbangException;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequests;
import id.gerbang.quota.QuotaError;
import id.gerbang.quota.StudyDocument;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One approvals inbox for the registry (issue 17): the pending user-ID applications, IP
 * registrations and quota-increase requests of every agency, oldest first, each approved or
 * rejected (with a reason) through the account and quota modules' services, as the administration
 * API does. The secrets an approved application issues are rendered into the answer to the
 * approval only ({@code Cache-Control: no-store}), never into the session, a flash attribute or a
 * redirect.
 */
@Controller
class RegistryApprovalsPageController {

    static final String APPROVALS = PortalPages.REGISTRY + "/approvals";

    /** One waiting request, whatever its kind. */
    record Pending(String kind, long id, AgencyId agency, String agencyName, Instant submittedAt, String submittedBy,
            Object request) {
    }

    private final Accounts accounts;
    private final UserApplications applications;
    private final IpRegistrations ips;
    private final IncreaseRequests increases;
    private final Agencies agencies;
    private final FormErrors forms;

    RegistryApprovalsPageController(Accounts accounts, UserApplications applications, IpRegistrations ips,
            IncreaseRequests increases, Agencies agencies, FormErrors forms) {
        this.accounts = accounts;
        this.applications = applications;
        this.ips = ips;
        this.increases = increases;
        this.agencies = agencies;
        this.forms = forms;
    }

    @ModelAttribute("canChange")
    static boolean canChange(@Nullable Authentication authentication) {
        return RegistryAgreementsPageController.canChange(authentication);
    }

    @GetMapping(APPROVALS)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String inbox(Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        Map<AgencyId, String> names = agencies.findAll().stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name, (a, b) -> a));
        Function<AgencyId, String> name = id -> names.getOrDefault(id, "#" + id.value());
        List<Pending> pending = new ArrayList<>();
        for (UserApplication a : applications.list(actor, null, UserApplication.Status.SUBMITTED)) {
            pending.add(new Pending("application", a.id(), a.agency(), name.apply(a.agency()), a.submittedAt(),
                    a.submittedBy(), a));
        }
        for (IpRegistration r : ips.list(actor, null, IpRegistration.Status.REQUESTED)) {
            pending.add(new Pending("ip", r.id(), r.agency(), name.apply(r.agency()), r.requestedAt(), r.requestedBy(), r));
        }
        for (IncreaseRequest q : increases.list(actor, null, IncreaseRequest.Status.SUBMITTED)) {
            pending.add(new Pending("quota", q.id(), q.agency(), name.apply(q.agency()), q.submittedAt(),
                    q.submittedBy(), q));
        }
        pending.sort(Comparator.comparing(Pending::submittedAt).thenComparing(Pending::kind).thenComparing(Pending::id));
        model.addAttribute("pending", pending);
        return "portal/registry/approvals";
    }

    // ---- user-ID applications -----------------------------------------------------------------

    @PostMapping(APPROVALS + "/applications/{id}/approve")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String approveApplication(@PathVariable long id, @RequestParam(defaultValue = "") String userId,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        UserApplications.Approval approval;
        try {
            approval = applications.approve(actor, id, userId.isBlank() ? null : userId.strip(), null);
        } catch (GerbangException e) {
            redirect.addFlashAttribute("errors", forms.of(e));
            return "redirect:" + APPROVALS;
        }
        return secrets(approval.secrets(), forms.text("portal.registry.approvals.approved.application", id),
                APPROVALS, model, response);
    }

    @PostMapping(APPROVALS + "/applications/{id}/reject")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String rejectApplication(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return rejected(id, reason, redirect, why -> applications.reject(actor, id, why));
    }

    // ---- IP registrations ---------------------------------------------------------------------

    @PostMapping(APPROVALS + "/ips/{id}/approve")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String approveIp(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return decided(redirect, "portal.registry.approvals.approved.ip", id,
                () -> ips.approve(actor, id, reason.isBlank() ? null : reason.strip()));
    }

    @PostMapping(APPROVALS + "/ips/{id}/reject")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String rejectIp(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return rejected(id, reason, redirect, why -> ips.reject(actor, id, why));
    }

    // ---- quota-increase requests --------------------------------------------------------------

    @PostMapping(APPROVALS + "/quota/{id}/approve")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String approveQuota(@PathVariable long id, @RequestParam(defaultValue = "") String reference,
            @RequestParam(required = false) @Nullable Integer approvedQuota,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveFrom,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        if (reference.isBlank()) {
            redirect.addFlashAttribute("errors", List.of(new AccountPageController.FieldError("",
                    forms.text("portal.registry.approvals.reference") + ": " + forms.text("validation.NotBlank"))));
            return "redirect:" + APPROVALS;
        }
        return decided(redirect, "portal.registry.approvals.approved.quota", id,
                () -> increases.approve(actor, id, approvedQuota, effectiveFrom, reference.strip(), null));
    }

    @PostMapping(APPROVALS + "/quota/{id}/reject")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String rejectQuota(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return rejected(id, reason, redirect, why -> increases.reject(actor, id, why));
    }

    @GetMapping(APPROVALS + "/quota/{id}/study")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    ResponseEntity<byte[]> study(@PathVariable long id, Authentication authentication) {
        StudyDocument document = increases.study(accounts.actorOf(authentication), id)
                .orElseThrow(() -> new GerbangException(QuotaError.STUDY_NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.study().fileName()).build().toString())
                .body(document.content());
    }

    // ---- shared ---------------------------------------------------------------------------------

    /**
     * The page that shows issued secrets once: rendered into this answer, {@code no-store}, with a
     * link back. Also used by the users page (password reset, token reissue).
     */
    static String secrets(OneTimeSecrets secrets, String notice, String back, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("secrets", secrets);
        model.addAttribute("notice", notice);
        model.addAttribute("back", back);
        return "portal/registry/secrets";
    }

    private String rejected(long id, String reason, RedirectAttributes redirect, java.util.function.Consumer<String> reject) {
        if (reason.isBlank()) {
            redirect.addFlashAttribute("errors", List.of(new AccountPageController.FieldError("",
                    forms.text("portal.registry.approvals.reason") + ": " + forms.text("validation.NotBlank"))));
            return "redirect:" + APPROVALS;
        }
        return decided(redirect, "portal.registry.approvals.rejected", id, () -> reject.accept(reason.strip()));
    }

    private String decided(RedirectAttributes redirect, String noticeKey, long id, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", forms.text(noticeKey, id));
        } catch (GerbangException e) {
            redirect.addFlashAttribute("errors", forms.of(e));
        }
        return "redirect:" + APPROVALS;
    }
}
