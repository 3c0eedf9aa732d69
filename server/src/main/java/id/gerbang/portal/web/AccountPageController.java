package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.common.GerbangException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: the password change (also the first sign-in's step, through the
 * account module's policy and lockout counting) and "sign out my other sessions".
 */
@Controller
class AccountPageController {

    /** One message of a form's error summary, tied to the input it is about. */
    record FieldError(String field, String text) {
    }

    private final Accounts accounts;
    private final SignInSteps steps;
    private final PortalSessions sessions;
    private final MessageSource messages;
    private final FormErrors forms;

    AccountPageController(Accounts accounts, SignInSteps steps, PortalSessions sessions, MessageSource messages,
            FormErrors forms) {
        this.forms = forms;
        this.accounts = accounts;
        this.steps = steps;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/portal/account")
    @PreAuthorize(PortalPages.ANY_ROLE)
    String account(Model model) {
        model.addAttribute("firstSignIn", false);
        return "portal/account";
    }

    @GetMapping(PortalPages.PASSWORD)
    @PreAuthorize(PortalPages.SIGNED_IN)
    String passwordPage(Authentication authentication, Model model) {
        model.addAttribute("firstSignIn", SignInSteps.has(authentication, SignInSteps.PASSWORD_STEP));
        return "portal/password";
    }

    @PostMapping(PortalPages.PASSWORD)
    @PreAuthorize(PortalPages.SIGNED_IN)
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String confirmPassword, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        boolean first = SignInSteps.has(authentication, SignInSteps.PASSWORD_STEP);
        List<FieldError> errors = new ArrayList<>();
        if (!newPassword.equals(confirmPassword)) {
            errors.add(new FieldError("confirmPassword", text("portal.account.password.mismatch")));
        } else {
            try {
                accounts.changeOwnPassword(UserId.of(authentication.getName()), currentPassword, newPassword,
                        PortalRequests.source(request));
            } catch (GerbangException e) {
                errors.addAll(errorsOf(e));
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("firstSignIn", first);
            model.addAttribute("errors", errors);
            response.setStatus(422);
            return "portal/password";
        }
        // a password changed from the account page keeps the second factor the session passed
        Authentication next = steps.advance(request, response, authentication, !first);
        redirect.addFlashAttribute("notice", text("portal.account.password.changed"));
        return "redirect:" + SignInSteps.next(next);
    }

    @PostMapping("/portal/account/sessions")
    @PreAuthorize(PortalPages.ANY_ROLE)
    String endOtherSessions(Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        int ended = sessions.endSessions(authentication.getName(), request.getSession().getId());
        redirect.addFlashAttribute("notice", text("portal.account.sessions.ended", ended));
        return "redirect:/portal/account";
    }

    /** A catalogue error as the form's messages: the error's text, and each field at fault with its reason. */
    List<FieldError> errorsOf(GerbangException e) {
        return forms.of(e);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
