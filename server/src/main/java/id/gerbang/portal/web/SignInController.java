package id.gerbang.portal.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, at {@code /} and {@code /login}; a signed-in visitor goes on to the portal. */
@Controller
class SignInController {

    /** The failure reasons {@link SignInSteps#failed} names, each with a message {@code portal.login.error.<reason>}. */
    private static final Set<String> REASONS = Set.of("bad", "locked", "inactive", "service");

    @GetMapping({"/", PortalPages.LOGIN})
    @PreAuthorize("permitAll()")
    String signIn(@Nullable Authentication authentication, @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String timeout, @RequestParam(required = false) @Nullable String ended,
            @RequestParam(required = false) @Nullable String signedOut, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:" + SignInSteps.next(authentication);
        }
        if (error != null) {
            model.addAttribute("error", "portal.login.error." + (REASONS.contains(error) ? error : "bad"));
        } else if (timeout != null) {
            model.addAttribute("notice", "portal.login.timeout");
        } else if (ended != null) {
            model.addAttribute("notice", "portal.login.ended");
        } else if (signedOut != null) {
            model.addAttribute("notice", "portal.login.signedOut");
        }
        return "portal/login";
    }
}
