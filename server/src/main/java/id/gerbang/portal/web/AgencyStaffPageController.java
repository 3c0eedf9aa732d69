package id.gerbang.portal.web;

import id.gerbang.account.AccountStatus;
import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.Amendment;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * The agency's people and agreements, for its administrator: the agency's users (deactivating one
 * who left, at once) and its cooperation agreements with their terms today, granted elements,
 * channels, validity, days to expiry and addenda.
 */
@Controller
class AgencyStaffPageController {

    static final String USERS = PortalPages.AGENCY_ADMIN + "/users";
    static final String AGREEMENTS = PortalPages.AGENCY_ADMIN + "/agreements";

    /** An agreement as the page shows it. */
    record AgreementCard(AgreementView agreement, AgreementTerms terms, long daysToExpiry, List<Amendment> addenda) {
    }

    private final Accounts accounts;
    private final Agreements agreements;
    private final FormErrors forms;
    private final Clock clock;

    AgencyStaffPageController(Accounts accounts, Agreements agreements, FormErrors forms, Clock clock) {
        this.accounts = accounts;
        this.agreements = agreements;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping(USERS)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String users(Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        model.addAttribute("users", accounts.list(actor, null));
        model.addAttribute("self", actor.userId());
        model.addAttribute("deactivated", AccountStatus.DEACTIVATED);
        return "portal/admin-users";
    }

    @PostMapping(USERS + "/{userId}/deactivate")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String deactivate(@PathVariable String userId, @RequestParam(defaultValue = "") String reason,
            Authentication authentication, RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        try {
            if (reason.isBlank()) {
                throw new GerbangException(id.gerbang.common.CommonError.VALIDATION_FAILED,
                        java.util.Map.of("reason-" + userId, "validation.NotBlank"));
            }
            accounts.deactivate(actor, UserId.of(userId), reason.strip());
            redirect.addFlashAttribute("notice", forms.text("portal.admin.users.deactivated", userId));
        } catch (GerbangException e) {
            redirect.addFlashAttribute("errors", forms.of(e));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errors", List.of(new AccountPageController.FieldError("",
                    forms.text("validation.Invalid"))));
        }
        return "redirect:" + USERS;
    }

    @GetMapping(AGREEMENTS)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String agreements(Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        LocalDate today = JakartaTime.today(clock);
        List<AgreementCard> cards = agreements.forAgency(AgencyUsagePageController.agencyOf(actor)).stream()
                .map(a -> new AgreementCard(a, a.currentTerms(),
                        ChronoUnit.DAYS.between(today, a.currentTerms().validUntil()),
                        agreements.history(a.id()).amendments().stream()
                                .filter(m -> m.kind() != id.gerbang.agreement.AmendmentKind.ORIGINAL).toList()))
                .toList();
        model.addAttribute("cards", cards);
        return "portal/admin-agreements";
    }
}
