package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.UserApplication;
import id.gerbang.account.UserApplications;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import id.gerbang.quota.IncreaseRequests;
import id.gerbang.quota.QuotaError;
import id.gerbang.quota.StudyDocument;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an agency administrator asks the registry for, through the same services as the
 * administration API: user-ID applications (juknis item 2.e), IP registrations (item 2.k) and
 * quota-increase requests with their technical study. Every list and record is the administrator's
 * own agency's; the services refuse anything else.
 */
@Controller
class AgencyRequestsPageController {

    static final String APPLICATIONS = PortalPages.AGENCY_ADMIN + "/applications";
    static final String IPS = PortalPages.AGENCY_ADMIN + "/ips";
    static final String QUOTA = PortalPages.AGENCY_ADMIN + "/quota";

    /** A user-ID application: the eight fields of juknis item 2.e, the role and, for a service account, the agreement. */
    record ApplicationForm(
            @NotNull Roles requestedRole,
            @Nullable Long agreementId,
            @NotBlank @Pattern(regexp = "\\d{16}") String nik,
            @NotBlank @Size(max = 100) String fullName,
            @Nullable @Pattern(regexp = "\\d{18}|") String nip,
            UserApplication.@NotNull EmploymentStatus employmentStatus,
            @NotBlank @Size(max = 100) String position,
            @NotBlank @Size(max = 13) String officeRegionCode,
            @NotBlank @Size(max = 150) String officeName,
            @NotBlank @Size(max = 300) String officeAddress,
            @NotBlank @Size(max = 64) String localUserId) {

        static ApplicationForm empty() {
            return new ApplicationForm(Roles.AGENCY_OPERATOR, null, "", "", "", UserApplication.EmploymentStatus.PNS,
                    "", "", "", "", "");
        }
    }

    /** An IP registration: the three fields of juknis item 2.k. */
    record IpForm(@NotBlank @Size(max = 64) String address, @NotBlank @Size(max = 150) String officeName,
            @NotBlank @Size(max = 300) String officeAddress) {

        static IpForm empty() {
            return new IpForm("", "", "");
        }
    }

    /** A quota-increase request; the technical study travels as the multipart file {@code study}. */
    record QuotaForm(@NotNull Long agreementId, @NotNull @Positive @Max(1_000_000_000) Integer requestedQuota,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            @NotBlank @Size(max = 1000) String reason) {
    }

    private final Accounts accounts;
    private final UserApplications applications;
    private final IpRegistrations ips;
    private final IncreaseRequests increases;
    private final Agreements agreements;
    private final FormErrors forms;

    AgencyRequestsPageController(Accounts accounts, UserApplications applications, IpRegistrations ips,
            IncreaseRequests increases, Agreements agreements, FormErrors forms) {
        this.accounts = accounts;
        this.applications = applications;
        this.ips = ips;
        this.increases = increases;
        this.agreements = agreements;
        this.forms = forms;
    }

    // ---- user-ID applications --------------------------------------------------------------

    @GetMapping(APPLICATIONS)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String applications(Authentication authentication, Model model) {
        return applicationsPage(accounts.actorOf(authentication), model, ApplicationForm.empty(), List.of());
    }

    @PostMapping(APPLICATIONS)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult binding,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        List<AccountPageController.FieldError> errors = new ArrayList<>(forms.of(binding, "portal.admin.applications.field."));
        if (errors.isEmpty()) {
            try {
                UserApplication saved = applications.submit(actor, new UserApplications.Form(null,
                        form.agreementId() == null ? null : new AgreementId(form.agreementId()), form.requestedRole(),
                        form.nik(), form.fullName(), form.nip(), form.employmentStatus(), form.position(),
                        form.officeRegionCode(), form.officeName(), form.officeAddress(), form.localUserId()));
                redirect.addFlashAttribute("notice", forms.text("portal.admin.applications.submitted", saved.id()));
                return "redirect:" + APPLICATIONS + "/" + saved.id();
            } catch (GerbangException e) {
                errors.addAll(forms.of(e));
            }
        }
        response.setStatus(422);
        return applicationsPage(actor, model, form, errors);
    }

    /** The inputs of the application form, in the page's order. */
    static final List<String> APPLICATION_FIELDS = List.of("requestedRole", "agreementId", "nik", "fullName", "nip",
            "employmentStatus", "position", "officeRegionCode", "officeName", "officeAddress", "localUserId");

    private String applicationsPage(Actor actor, Model model, ApplicationForm form,
            List<AccountPageController.FieldError> unordered) {
        List<AccountPageController.FieldError> errors = FormErrors.inFormOrder(unordered, APPLICATION_FIELDS);
        model.addAttribute("applications", applications.list(actor, null, null));
        model.addAttribute("agreements", agreements.forAgency(AgencyUsagePageController.agencyOf(actor)));
        model.addAttribute("roles", List.of(Roles.AGENCY_OPERATOR, Roles.AGENCY_ADMIN, Roles.AGENCY_SERVICE));
        model.addAttribute("employmentStatuses", UserApplication.EmploymentStatus.values());
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors") || !errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("fieldErrors", FormErrors.byField(errors));
        return "portal/admin-applications";
    }

    @GetMapping(APPLICATIONS + "/{id}")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String application(@PathVariable long id, Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        model.addAttribute("app", applications.find(actor, id));
        model.addAttribute("history", applications.history(actor, id));
        return "portal/admin-application";
    }

    @PostMapping(APPLICATIONS + "/{id}/withdraw")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String withdrawApplication(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        String why = reason.isBlank() ? forms.text("portal.admin.withdrawn.reason") : reason.strip();
        return withdrawn(id, APPLICATIONS + "/" + id, () -> applications.withdraw(actor, id, why), redirect);
    }

    // ---- IP registrations -----------------------------------------------------------------

    @GetMapping(IPS)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String ips(Authentication authentication, Model model) {
        return ipsPage(accounts.actorOf(authentication), model, IpForm.empty(), List.of());
    }

    @PostMapping(IPS)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String requestIp(@Valid @ModelAttribute("form") IpForm form, BindingResult binding, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        List<AccountPageController.FieldError> errors = new ArrayList<>(forms.of(binding, "portal.admin.ips.field."));
        if (errors.isEmpty()) {
            try {
                IpRegistration saved = ips.request(actor, null, form.address(), form.officeName(), form.officeAddress());
                redirect.addFlashAttribute("notice", forms.text("portal.admin.ips.requested", saved.network()));
                return "redirect:" + IPS;
            } catch (GerbangException e) {
                errors.addAll(forms.of(e));
            }
        }
        response.setStatus(422);
        return ipsPage(actor, model, form, errors);
    }

    @PostMapping(IPS + "/{id}/withdraw")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String withdrawIp(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return withdrawn(id, IPS, () -> ips.withdraw(actor, id, forms.text("portal.admin.withdrawn.reason")), redirect);
    }

    private String ipsPage(Actor actor, Model model, IpForm form, List<AccountPageController.FieldError> unordered) {
        List<AccountPageController.FieldError> errors = FormErrors.inFormOrder(unordered,
                List.of("address", "officeName", "officeAddress"));
        List<IpRegistration> all = ips.list(actor, null, null);
        model.addAttribute("registered", all.stream().filter(r -> r.status() == IpRegistration.Status.ACTIVE).toList());
        model.addAttribute("registrations", all);
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors") || !errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("fieldErrors", FormErrors.byField(errors));
        return "portal/admin-ips";
    }

    // ---- quota-increase requests ----------------------------------------------------------

    @GetMapping(QUOTA)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String quota(Authentication authentication, Model model) {
        return quotaPage(accounts.actorOf(authentication), model, null, List.of());
    }

    @PostMapping(QUOTA)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String requestQuota(@Valid @ModelAttribute("form") QuotaForm form, BindingResult binding,
            @RequestParam(name = "study", required = false) @Nullable MultipartFile study,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        Actor actor = accounts.actorOf(authentication);
        List<AccountPageController.FieldError> errors = new ArrayList<>(forms.of(binding, "portal.admin.quota.field."));
        if (study == null || study.isEmpty()) {
            errors.add(new AccountPageController.FieldError("study",
                    forms.text("portal.admin.quota.field.study") + ": " + forms.text("validation.NotNull")));
        }
        if (errors.isEmpty()) {
            try (InputStream content = study.getInputStream()) {
                var saved = increases.submitWithStudy(actor, new AgreementId(form.agreementId()), form.requestedQuota(),
                        form.effectiveFrom(), form.reason(),
                        study.getOriginalFilename() == null ? "kajian-teknis.pdf" : study.getOriginalFilename(), content);
                redirect.addFlashAttribute("notice", forms.text("portal.admin.quota.submitted", saved.id()));
                return "redirect:" + QUOTA;
            } catch (GerbangException e) {
                errors.addAll(forms.of(e));
            }
        }
        response.setStatus(422);
        return quotaPage(actor, model, form, errors);
    }

    @GetMapping(QUOTA + "/{id}/study")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
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

    @PostMapping(QUOTA + "/{id}/withdraw")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String withdrawQuota(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return withdrawn(id, QUOTA, () -> increases.withdraw(actor, id, forms.text("portal.admin.withdrawn.reason")),
                redirect);
    }

    private String quotaPage(Actor actor, Model model, @Nullable QuotaForm form,
            List<AccountPageController.FieldError> unordered) {
        List<AccountPageController.FieldError> errors = FormErrors.inFormOrder(unordered,
                List.of("agreementId", "requestedQuota", "effectiveFrom", "reason", "study"));
        List<AgreementView> own = agreements.forAgency(AgencyUsagePageController.agencyOf(actor));
        model.addAttribute("requests", increases.list(actor, null, null));
        model.addAttribute("agreements", own);
        model.addAttribute("form", form != null ? form
                : new QuotaForm(own.isEmpty() ? null : own.getFirst().id().value(), null, null, ""));
        if (!model.containsAttribute("errors") || !errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("fieldErrors", FormErrors.byField(errors));
        return "portal/admin-quota";
    }

    /** Withdraws request {@code id} through {@code action}; back to {@code page} with a notice or the refusal. */
    private String withdrawn(long id, String page, Runnable action, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", forms.text("portal.admin.withdrawn", id));
        } catch (GerbangException e) {
            redirect.addFlashAttribute("errors", forms.of(e));
        }
        return "redirect:" + page;
    }
}
