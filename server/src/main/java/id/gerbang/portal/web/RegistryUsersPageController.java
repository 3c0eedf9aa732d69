package id.gerbang.portal.web;

import id.gerbang.account.AccountStatus;
import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.account.OneTimeSecrets;
import id.gerbang.account.SecondFactors;
import id.gerbang.account.UserId;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
 * The registry's user accounts (issue 17): search, and per account the administration API's
 * actions: unlock, reset the password, reset the second factor, reissue the web-service token,
 * deactivate, reactivate; and the source addresses blocked after failed sign-ins, with the lift.
 * Each action is the account module's, with its reason and its administrative-log entry; new
 * secrets are rendered into the answer once ({@code no-store}).
 */
@Controller
class RegistryUsersPageController {

    static final String USERS = PortalPages.REGISTRY + "/users";
    static final int LIMIT = 100;

    private final Accounts accounts;
    private final SecondFactors secondFactors;
    private final Agencies agencies;
    private final FormErrors forms;
    private final Clock clock;

    RegistryUsersPageController(Accounts accounts, SecondFactors secondFactors, Agencies agencies, FormErrors forms,
            Clock clock) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.agencies = agencies;
        this.forms = forms;
        this.clock = clock;
    }

    @ModelAttribute("canChange")
    static boolean canChange(@Nullable Authentication authentication) {
        return RegistryAgreementsPageController.canChange(authentication);
    }

    @GetMapping(USERS)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String users(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable Roles role,
            @RequestParam(required = false) @Nullable AccountStatus status, Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<AccountView> found = accounts.list(actor, null, role, status).stream()
                .filter(u -> needle.isEmpty() || u.userId().value().toLowerCase(Locale.ROOT).contains(needle)
                        || u.fullName().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        model.addAttribute("total", found.size());
        model.addAttribute("users", found.subList(0, Math.min(LIMIT, found.size())));
        model.addAttribute("agencyNames", agencyNames());
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("status", status);
        model.addAttribute("roles", Roles.values());
        model.addAttribute("statuses", AccountStatus.values());
        model.addAttribute("blocked", accounts.blockedSources());
        model.addAttribute("now", clock.instant());
        return "portal/registry/users";
    }

    @GetMapping(USERS + "/{userId}")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String user(@PathVariable String userId, Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        AccountView account = accounts.find(actor, UserId.of(userId));
        model.addAttribute("account", account);
        model.addAttribute("agencyName", account.agency() == null ? null : agencyNames().get(account.agency()));
        model.addAttribute("locked", account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant()));
        model.addAttribute("secondFactor", secondFactors.enrolled(account.userId()));
        model.addAttribute("actions", actionsFor(account));
        return "portal/registry/user";
    }

    /** The actions the page offers for an account; the account module decides whether each is allowed. */
    static List<String> actionsFor(AccountView account) {
        if (account.status() != AccountStatus.ACTIVE) {
            return List.of("reactivate");
        }
        List<String> actions = new java.util.ArrayList<>(List.of("unlock", "reset-password"));
        if (account.role() == Roles.AGENCY_SERVICE) {
            actions.add("token");
        } else {
            actions.add("second-factor-reset");
        }
        actions.add("deactivate");
        return actions;
    }

    @PostMapping(USERS + "/{userId}/unlock")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String unlock(@PathVariable String userId, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return done(userId, "unlock", reason, redirect, why -> accounts.unlock(actor, UserId.of(userId), why));
    }

    @PostMapping(USERS + "/{userId}/deactivate")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String deactivate(@PathVariable String userId, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return done(userId, "deactivate", reason, redirect, why -> accounts.deactivate(actor, UserId.of(userId), why));
    }

    @PostMapping(USERS + "/{userId}/reactivate")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String reactivate(@PathVariable String userId, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return done(userId, "reactivate", reason, redirect, why -> accounts.reactivate(actor, UserId.of(userId), why));
    }

    @PostMapping(USERS + "/{userId}/second-factor-reset")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String resetSecondFactor(@PathVariable String userId, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return done(userId, "second-factor-reset", reason, redirect,
                why -> secondFactors.reset(actor, UserId.of(userId), why));
    }

    @PostMapping(USERS + "/{userId}/reset-password")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String resetPassword(@PathVariable String userId, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return issued(userId, "reset-password", reason, model, response, redirect,
                why -> accounts.resetPassword(actor, UserId.of(userId), why));
    }

    @PostMapping(USERS + "/{userId}/token")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String reissueToken(@PathVariable String userId, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        return issued(userId, "token", reason, model, response, redirect,
                why -> accounts.reissueToken(actor, UserId.of(userId), why));
    }

    @PostMapping(USERS + "/sources/unblock")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String unblock(@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        if (reason.isBlank()) {
            redirect.addFlashAttribute("errors", reasonRequired());
            return "redirect:" + USERS;
        }
        try {
            accounts.unblockSource(actor, address, reason.strip());
            redirect.addFlashAttribute("notice", forms.text("portal.registry.users.unblocked", address));
        } catch (GerbangException e) {
            redirect.addFlashAttribute("errors", forms.of(e));
        }
        return "redirect:" + USERS;
    }

    private String done(String userId, String action, String reason, RedirectAttributes redirect,
            java.util.function.Consumer<String> command) {
        String page = USERS + "/" + UserId.of(userId).value();
        if (reason.isBlank()) {
            redirect.addFlashAttribute("errors", reasonRequired());
            return "redirect:" + page;
        }
        try {
            command.accept(reason.strip());
            redirect.addFlashAttribute("notice", forms.text("portal.registry.users.done." + action));
        } catch (GerbangException e) {
            redirect.addFlashAttribute("errors", forms.of(e));
        }
        return "redirect:" + page;
    }

    private String issued(String userId, String action, String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect, java.util.function.Function<String, OneTimeSecrets> command) {
        String page = USERS + "/" + UserId.of(userId).value();
        if (reason.isBlank()) {
            redirect.addFlashAttribute("errors", reasonRequired());
            return "redirect:" + page;
        }
        try {
            OneTimeSecrets secrets = command.apply(reason.strip());
            return RegistryApprovalsPageController.secrets(secrets,
                    forms.text("portal.registry.users.done." + action), page, model, response);
        } catch (GerbangException e) {
            redirect.addFlashAttribute("errors", forms.of(e));
            return "redirect:" + page;
        }
    }

    private List<AccountPageController.FieldError> reasonRequired() {
        return List.of(new AccountPageController.FieldError("",
                forms.text("portal.registry.users.reason") + ": " + forms.text("validation.NotBlank")));
    }

    private Map<AgencyId, String> agencyNames() {
        return agencies.findAll().stream().collect(Collectors.toMap(AgencyView::id, AgencyView::name, (a, b) -> a));
    }
}
