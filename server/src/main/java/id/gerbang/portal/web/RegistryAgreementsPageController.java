package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.agreement.Addendum;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyDetails;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyKind;
import id.gerbang.agreement.AgencyStatus;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.AgreementDraft;
import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.ApprovalLetter;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.ContactPerson;
import id.gerbang.agreement.Element;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.PageResult;
import id.gerbang.agreement.PurposeCategory;
import id.gerbang.agreement.ServiceTerms;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's agencies and cooperation agreements (issue 17): list and search agencies, register
 * one, draft an agreement, put it in force, record an addendum, suspend, resume and terminate it,
 * its history and its terms on any date. Every change goes through {@link Agencies} and
 * {@link Agreements}, the services behind the administration API; the page adds no rule, and shows
 * the module's refusals beside the fields they name. Registry auditors read; only registry
 * administrators change (each POST is {@link PortalPages#REGISTRY_ADMIN_ONLY}, and the controls are
 * not rendered for an auditor).
 */
@Controller
class RegistryAgreementsPageController {

    static final String AGENCIES = PortalPages.REGISTRY + "/agencies";
    static final String AGREEMENTS = PortalPages.REGISTRY + "/agreements";
    static final int PAGE_SIZE = 50;

    /** An agency to register: the fields of {@link AgencyDetails}, limits as the API's. */
    record AgencyForm(@NotBlank @Size(max = 200) String name, @NotNull AgencyKind kind,
            @NotBlank @Size(max = 500) String address, @NotBlank @Size(max = 13) String regionCode,
            @Nullable @Size(max = 200) String contact1Name, @Nullable @Size(max = 200) String contact1Position,
            @Nullable @Size(max = 30) String contact1Phone,
            @Nullable @Size(max = 200) String contact2Name, @Nullable @Size(max = 200) String contact2Position,
            @Nullable @Size(max = 30) String contact2Phone) {

        static AgencyForm empty() {
            return new AgencyForm("", AgencyKind.PROVINCIAL_OFFICE, "", "", "", "", "", "", "", "");
        }

        /** The contact rows with anything typed in them; the module requires each part of a row. */
        List<ContactPerson> contacts() {
            List<ContactPerson> contacts = new ArrayList<>();
            String[][] rows = {{contact1Name, contact1Position, contact1Phone}, {contact2Name, contact2Position, contact2Phone}};
            for (String[] row : rows) {
                if (Arrays.stream(row).anyMatch(v -> v != null && !v.isBlank())) {
                    contacts.add(new ContactPerson(strip(row[0]), strip(row[1]), strip(row[2])));
                }
            }
            return contacts;
        }

        private static String strip(@Nullable String s) {
            return s == null ? "" : s.strip();
        }
    }

    /** The module names a contact's field {@code contacts[i].part}; the page's inputs are {@code contact<i+1>Part}. */
    static String contactInput(String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("contacts\\[(\\d)]\\.(\\w+)").matcher(field);
        return m.matches() ? "contact" + (Integer.parseInt(m.group(1)) + 1)
                + Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1) : field;
    }

    /** A draft agreement: what {@link AgreementDraft} holds; limits as the API's. */
    record AgreementForm(
            @NotNull Long agencyId,
            @NotBlank @Size(max = 100) String registryNumber,
            @NotBlank @Size(max = 100) String agencyNumber,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @NotBlank @Size(max = 100) String signedPlace,
            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            @Nullable @Size(max = 100) String approvalNumber,
            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvalDate,
            @NotBlank @Size(max = 2000) String purpose,
            @NotNull PurposeCategory purposeCategory,
            @Nullable Set<Element> elements,
            @NotEmpty @Nullable Set<Channel> channels,
            @Nullable Set<FeedbackKind> feedbackKinds,
            @Nullable Set<FeedbackMethod> feedbackMethods,
            @NotNull @Positive Integer dailyQuota,
            @NotBlank @Size(max = 64) String agencyCode,
            @Nullable @Size(max = 5) String compatRegionCode,
            @Nullable @Size(max = 64) String compatUserPath,
            @Nullable Boolean numbersAsStrings,
            @Nullable Set<CompatibilitySettings.Operation> operations,
            @Nullable Boolean localUserRequired) {

        static AgreementForm empty(@Nullable Long agencyId, LocalDate today) {
            return new AgreementForm(agencyId, "", "", today, "", null, null, "", null, "",
                    PurposeCategory.PUBLIC_SERVICE, ElementGrant.TEMPLATE_ELEMENTS,
                    EnumSet.of(Channel.WEB_SERVICE, Channel.WEB_PORTAL), EnumSet.allOf(FeedbackKind.class),
                    EnumSet.of(FeedbackMethod.WEB_SERVICE, FeedbackMethod.ONLINE_FORM), 100, "", "", "", false,
                    ServiceTerms.DEFAULT.operations(), false);
        }

        public boolean has(Object value) {
            return (elements != null && elements.contains(value)) || (channels != null && channels.contains(value))
                    || (feedbackKinds != null && feedbackKinds.contains(value))
                    || (feedbackMethods != null && feedbackMethods.contains(value))
                    || (operations != null && operations.contains(value));
        }
    }

    /** An addendum: number, dates, note, and the parts this page lets it change (validity, quota). */
    record AddendumForm(
            @NotBlank @Size(max = 100) String number,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            @Nullable @Size(max = 2000) String note,
            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            @Nullable @Positive Integer dailyQuota) {

        static AddendumForm empty(LocalDate today) {
            return new AddendumForm("", today, today, "", null, null);
        }
    }

    static final List<String> AGENCY_FIELDS = List.of("name", "kind", "address", "regionCode", "contact1Name",
            "contact1Position", "contact1Phone", "contact2Name", "contact2Position", "contact2Phone");
    static final List<String> AGREEMENT_FIELDS = List.of("agencyId", "registryNumber", "agencyNumber", "signedOn",
            "signedPlace", "validFrom", "validUntil", "approvalNumber", "approvalDate", "approvalLetter", "purpose",
            "purposeCategory", "elements", "protectedElementReasons", "channels", "feedbackKinds", "feedbackMethods",
            "feedback", "dailyQuota", "agencyCode", "compatRegionCode", "compatUserPath", "compatibility",
            "operations");
    static final List<String> ADDENDUM_FIELDS = List.of("number", "signedOn", "effectiveFrom", "note", "validUntil",
            "dailyQuota");

    private final Accounts accounts;
    private final Agencies agencies;
    private final Agreements agreements;
    private final FormErrors forms;
    private final Clock clock;

    RegistryAgreementsPageController(Accounts accounts, Agencies agencies, Agreements agreements, FormErrors forms,
            Clock clock) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.agreements = agreements;
        this.forms = forms;
        this.clock = clock;
    }

    /** Whether the change controls are rendered: registry administrators only, never for an auditor. */
    @ModelAttribute("canChange")
    static boolean canChange(@Nullable Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(id.gerbang.common.Roles.REGISTRY_ADMIN.authority()));
    }

    // ---- agencies ----------------------------------------------------------------------------

    @GetMapping(AGENCIES)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String agencies(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable AgencyStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return agenciesPage(q, status, page, model, AgencyForm.empty(), List.of());
    }

    @PostMapping(AGENCIES)
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String registerAgency(@Valid @ModelAttribute("form") AgencyForm form, BindingResult binding,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String actor = accounts.actorOf(authentication).userId();
        List<AccountPageController.FieldError> errors = new ArrayList<>(forms.of(binding, "portal.registry.agency.field."));
        if (errors.isEmpty()) {
            try {
                AgencyView saved = agencies.register(new AgencyDetails(form.name().strip(), form.kind(),
                        form.address().strip(), form.regionCode().strip(), form.contacts()), actor);
                redirect.addFlashAttribute("notice", forms.text("portal.registry.agency.registered", saved.name()));
                return "redirect:" + AGREEMENTS + "/new?agencyId=" + saved.id().value();
            } catch (GerbangException e) {
                forms.of(e).forEach(x -> errors.add(new AccountPageController.FieldError(contactInput(x.field()), x.text())));
            }
        }
        response.setStatus(422);
        return agenciesPage("", null, 0, model, form, errors);
    }

    private String agenciesPage(String q, @Nullable AgencyStatus status, int page, Model model, AgencyForm form,
            List<AccountPageController.FieldError> unordered) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<AgencyView> found = agencies.findAll().stream()
                .filter(a -> status == null || a.status() == status)
                .filter(a -> needle.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(needle)
                        || a.regionCode().startsWith(needle))
                .toList();
        int from = Math.min(Math.max(page, 0) * PAGE_SIZE, found.size());
        model.addAttribute("agencies", new PageResult<>(found.subList(from, Math.min(from + PAGE_SIZE, found.size())),
                Math.max(page, 0), PAGE_SIZE, found.size()));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AgencyStatus.values());
        model.addAttribute("kinds", AgencyKind.values());
        errorsInto(model, form, unordered, AGENCY_FIELDS);
        return "portal/registry/agencies";
    }

    // ---- agreements --------------------------------------------------------------------------

    @GetMapping(AGREEMENTS)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String agreements(@RequestParam(required = false) @Nullable AgreementStatus status,
            @RequestParam(required = false) @Nullable Long agencyId, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("agreements", agreements.list(status, agencyId == null ? null : new AgencyId(agencyId),
                Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("agency", agencyId == null ? null : agencies.find(new AgencyId(agencyId)).orElse(null));
        model.addAttribute("statuses", AgreementStatus.values());
        return "portal/registry/agreements";
    }

    @GetMapping(AGREEMENTS + "/new")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String newAgreement(@RequestParam(required = false) @Nullable Long agencyId, Model model) {
        return draftPage(model, AgreementForm.empty(agencyId, JakartaTime.today(clock)), Map.of(), List.of());
    }

    @PostMapping(AGREEMENTS)
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String draft(@Valid @ModelAttribute("form") AgreementForm form, BindingResult binding,
            @RequestParam MultiValueMap<String, String> params, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String actor = accounts.actorOf(authentication).userId();
        Map<Element, String> reasons = protectedReasons(params);
        List<AccountPageController.FieldError> errors = new ArrayList<>(forms.of(binding, "portal.registry.agreement.field."));
        if (errors.isEmpty()) {
            try {
                AgreementView saved = agreements.create(draftOf(form, reasons), actor);
                redirect.addFlashAttribute("notice", forms.text("portal.registry.agreement.drafted", saved.registryNumber()));
                return "redirect:" + AGREEMENTS + "/" + saved.id().value();
            } catch (GerbangException e) {
                errors.addAll(forms.of(e));
            }
        }
        response.setStatus(422);
        return draftPage(model, form, reasons, errors);
    }

    private static AgreementDraft draftOf(AgreementForm form, Map<Element, String> reasons) {
        ApprovalLetter letter = form.approvalNumber() == null || form.approvalNumber().isBlank()
                ? null : new ApprovalLetter(form.approvalNumber().strip(), form.approvalDate());
        Set<Element> elements = form.elements() == null ? Set.of() : form.elements();
        CompatibilitySettings compatibility = new CompatibilitySettings(form.agencyCode(), form.compatRegionCode(),
                form.compatUserPath(), Boolean.TRUE.equals(form.numbersAsStrings()), "", Map.of());
        return new AgreementDraft(new AgencyId(form.agencyId()), form.registryNumber().strip(),
                form.agencyNumber().strip(), form.signedOn(), form.signedPlace().strip(), form.validFrom(),
                form.validUntil(), letter, form.purpose().strip(), form.purposeCategory(),
                new ElementGrant(elements, reasons), form.channels() == null ? Set.of() : form.channels(),
                new FeedbackObligations(form.feedbackKinds() == null ? Set.of() : form.feedbackKinds(),
                        form.feedbackMethods() == null ? Set.of() : form.feedbackMethods()),
                form.dailyQuota(), compatibility,
                new ServiceTerms(form.operations() == null ? Set.of() : form.operations(),
                        Boolean.TRUE.equals(form.localUserRequired())));
    }

    /** The reason typed beside each protected element ({@code reason-<ELEMENT>}). */
    private static Map<Element, String> protectedReasons(MultiValueMap<String, String> params) {
        Map<Element, String> reasons = new EnumMap<>(Element.class);
        for (Element e : Element.values()) {
            String reason = params.getFirst("reason-" + e.name());
            if (reason != null && !reason.isBlank()) {
                reasons.put(e, reason.strip());
            }
        }
        return reasons;
    }

    private String draftPage(Model model, AgreementForm form, Map<Element, String> reasons,
            List<AccountPageController.FieldError> unordered) {
        model.addAttribute("agencyList", agencies.findAll().stream().filter(AgencyView::active).toList());
        model.addAttribute("templateElements", Arrays.stream(Element.values()).filter(e -> !ElementGrant.isProtected(e)).toList());
        model.addAttribute("protectedElements", Arrays.stream(Element.values()).filter(ElementGrant::isProtected).toList());
        model.addAttribute("reasons", reasons);
        model.addAttribute("purposeCategories", PurposeCategory.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("feedbackKinds", FeedbackKind.values());
        model.addAttribute("feedbackMethods", FeedbackMethod.values());
        model.addAttribute("operations", CompatibilitySettings.Operation.values());
        errorsInto(model, form, unordered, AGREEMENT_FIELDS);
        return "portal/registry/agreement-form";
    }

    @GetMapping(AGREEMENTS + "/{id}")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String agreement(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Model model) {
        return agreementPage(id, date, model, AddendumForm.empty(JakartaTime.today(clock)), List.of());
    }

    private String agreementPage(long id, @Nullable LocalDate date, Model model, AddendumForm addendum,
            List<AccountPageController.FieldError> unordered) {
        AgreementId agreementId = new AgreementId(id);
        AgreementView agreement = agreements.find(agreementId)
                .orElseThrow(() -> new GerbangException(AgreementError.AGREEMENT_NOT_FOUND));
        LocalDate day = date != null ? date : JakartaTime.today(clock);
        model.addAttribute("agreement", agreement);
        model.addAttribute("agency", agencies.find(agreement.agencyId()).orElse(null));
        model.addAttribute("date", day);
        model.addAttribute("terms", agreements.termsOn(agreementId, day).orElse(null));
        model.addAttribute("history", agreements.history(agreementId));
        model.addAttribute("actions", actionsFor(agreement.status()));
        model.addAttribute("addendumAllowed", agreement.status() != AgreementStatus.DRAFT
                && agreement.status() != AgreementStatus.TERMINATED);
        List<AccountPageController.FieldError> errors = FormErrors.inFormOrder(unordered, ADDENDUM_FIELDS);
        model.addAttribute("form", addendum);
        if (!model.containsAttribute("errors") || !errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("fieldErrors", FormErrors.byField(errors));
        return "portal/registry/agreement";
    }

    /** The lifecycle commands the page offers in a status (docs/agreement.md); the module decides. */
    static List<String> actionsFor(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> List.of("activate", "terminate");
            case ACTIVE -> List.of("suspend", "terminate");
            case SUSPENDED -> List.of("resume", "terminate");
            case EXPIRED -> List.of("terminate");
            case TERMINATED -> List.of();
        };
    }

    @PostMapping(AGREEMENTS + "/{id}/activate")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String activate(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        String actor = accounts.actorOf(authentication).userId();
        return changed(id, "activate", redirect,
                () -> agreements.activate(new AgreementId(id), reason.isBlank() ? null : reason.strip(), actor));
    }

    @PostMapping(AGREEMENTS + "/{id}/suspend")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String suspend(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        String actor = accounts.actorOf(authentication).userId();
        return changed(id, "suspend", redirect, () -> agreements.suspend(new AgreementId(id), reason.strip(), actor));
    }

    @PostMapping(AGREEMENTS + "/{id}/resume")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String resume(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        String actor = accounts.actorOf(authentication).userId();
        return changed(id, "resume", redirect, () -> agreements.resume(new AgreementId(id), reason.strip(), actor));
    }

    @PostMapping(AGREEMENTS + "/{id}/terminate")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String terminate(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        String actor = accounts.actorOf(authentication).userId();
        return changed(id, "terminate", redirect, () -> agreements.terminate(new AgreementId(id), reason.strip(), actor));
    }

    @PostMapping(AGREEMENTS + "/{id}/addenda")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String addendum(@PathVariable long id, @Valid @ModelAttribute("form") AddendumForm form, BindingResult binding,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String actor = accounts.actorOf(authentication).userId();
        List<AccountPageController.FieldError> errors = new ArrayList<>(forms.of(binding, "portal.registry.addendum.field."));
        if (errors.isEmpty()) {
            try {
                agreements.recordAddendum(new AgreementId(id), new Addendum(form.number().strip(), form.signedOn(),
                        form.effectiveFrom(), form.note() == null || form.note().isBlank() ? null : form.note().strip(),
                        form.validUntil(), null, null, null, form.dailyQuota(), null, null), actor);
                redirect.addFlashAttribute("notice", forms.text("portal.registry.addendum.recorded", form.number().strip()));
                return "redirect:" + AGREEMENTS + "/" + id;
            } catch (GerbangException e) {
                errors.addAll(forms.of(e));
            }
        }
        response.setStatus(422);
        return agreementPage(id, null, model, form, errors);
    }

    /** Runs a lifecycle command; back to the agreement with a notice, or with the module's refusal. */
    private String changed(long id, String action, RedirectAttributes redirect, Runnable command) {
        try {
            command.run();
            redirect.addFlashAttribute("notice", forms.text("portal.registry.agreement.done." + action));
        } catch (GerbangException e) {
            redirect.addFlashAttribute("errors", forms.of(e));
        }
        return "redirect:" + AGREEMENTS + "/" + id;
    }

    private static void errorsInto(Model model, Object form, List<AccountPageController.FieldError> unordered,
            List<String> order) {
        List<AccountPageController.FieldError> errors = FormErrors.inFormOrder(unordered, order);
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors") || !errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("fieldErrors", FormErrors.byField(errors));
    }
}
