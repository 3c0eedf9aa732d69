package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.SecondFactors;
import id.gerbang.account.UserId;
import id.gerbang.common.GerbangException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor in the portal (ADR 0071): enrolment (QR code and secret, confirmed with a first
 * code, then the ten recovery codes shown once), and the sign-in step that asks for a code or a
 * recovery code after the password. The rules are the account module's ({@link SecondFactors}).
 */
@Controller
class SecondFactorPageController {

    private final SecondFactors secondFactors;
    private final Accounts accounts;
    private final SignInSteps steps;
    private final MessageSource messages;
    private final FormErrors forms;

    SecondFactorPageController(SecondFactors secondFactors, Accounts accounts, SignInSteps steps,
            MessageSource messages, FormErrors forms) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.steps = steps;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping(PortalPages.SECOND_FACTOR)
    @PreAuthorize(PortalPages.SIGNED_IN)
    String enrolmentPage(Authentication authentication, HttpServletResponse response, Model model) {
        UserId user = UserId.of(authentication.getName());
        noStore(response);
        if (secondFactors.enrolled(user)) {
            model.addAttribute("enrolled", true);
            model.addAttribute("codesLeft", secondFactors.recoveryCodesLeft(user));
            return "portal/second-factor";
        }
        return enrolment(authentication, model);
    }

    private String enrolment(Authentication authentication, Model model) {
        SecondFactors.Enrolment enrolment = secondFactors.enrolment(UserId.of(authentication.getName()));
        model.addAttribute("enrolled", false);
        model.addAttribute("required", SignInSteps.has(authentication, SignInSteps.ENROL_STEP));
        model.addAttribute("secret", grouped(enrolment.secret()));
        QrCodes.Qr qr = QrCodes.of(enrolment.uri());
        model.addAttribute("qrViewBox", qr.viewBox());
        model.addAttribute("qrPath", qr.path());
        return "portal/second-factor";
    }

    @PostMapping(PortalPages.SECOND_FACTOR)
    @PreAuthorize(PortalPages.SIGNED_IN)
    String confirm(@RequestParam(defaultValue = "") String code, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        UserId user = UserId.of(authentication.getName());
        List<String> codes;
        try {
            codes = secondFactors.confirm(user, code, PortalRequests.source(request));
        } catch (GerbangException e) {
            if (lockedOut(user, request)) {
                return "redirect:" + PortalPages.LOGIN + "?error=locked";
            }
            model.addAttribute("errors", forms.of(e));
            model.addAttribute("codeError", text("account.secondFactor.codeWrong"));
            response.setStatus(422);
            return enrolment(authentication, model);
        }
        Authentication next = SignInSteps.has(authentication, SignInSteps.ENROL_STEP)
                ? steps.advance(request, response, authentication, true) : authentication;
        model.addAttribute("recoveryCodes", codes);
        model.addAttribute("next", SignInSteps.next(next));
        return "portal/recovery-codes";
    }

    @GetMapping(PortalPages.SECOND_FACTOR_CODE)
    @PreAuthorize(PortalPages.SIGNED_IN)
    String codePage(Authentication authentication) {
        if (!SignInSteps.has(authentication, SignInSteps.CODE_STEP)) {
            return "redirect:" + SignInSteps.next(authentication);
        }
        return "portal/second-factor-code";
    }

    @PostMapping(PortalPages.SECOND_FACTOR_CODE)
    @PreAuthorize(PortalPages.SIGNED_IN)
    String checkCode(@RequestParam(defaultValue = "") String code, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!SignInSteps.has(authentication, SignInSteps.CODE_STEP)) {
            return "redirect:" + SignInSteps.next(authentication);
        }
        UserId user = UserId.of(authentication.getName());
        SecondFactors.Check check = secondFactors.verify(user, code, PortalRequests.source(request));
        switch (check) {
            case LOCKED -> {
                signOut(request);
                return "redirect:" + PortalPages.LOGIN + "?error=locked";
            }
            case WRONG -> {
                model.addAttribute("errors", List.of(new AccountPageController.FieldError("code",
                        text("portal.secondFactor.code.label") + ": " + text("account.secondFactor.codeWrong"))));
                model.addAttribute("codeError", text("account.secondFactor.codeWrong"));
                response.setStatus(422);
                return "portal/second-factor-code";
            }
            case RECOVERY_CODE_ACCEPTED -> redirect.addFlashAttribute("notice",
                    text("portal.secondFactor.recoveryUsed", secondFactors.recoveryCodesLeft(user)));
            case ACCEPTED -> {
            }
        }
        Authentication next = steps.advance(request, response, authentication, true);
        return "redirect:" + SignInSteps.next(next);
    }

    /** After a wrong enrolment code: when it locked the account, the session ends at once. */
    private boolean lockedOut(UserId user, HttpServletRequest request) {
        boolean locked = accounts.find(user).map(a -> a.lockedUntil() != null).orElse(true);
        if (locked) {
            signOut(request);
        }
        return locked;
    }

    private static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    /** The Base32 secret in groups of four, easier to type. */
    static String grouped(String secret) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < secret.length(); i += 4) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(secret, i, Math.min(secret.length(), i + 4));
        }
        return s.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
