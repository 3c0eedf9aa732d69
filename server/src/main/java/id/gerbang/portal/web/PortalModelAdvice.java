package id.gerbang.portal.web;

import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.notification.Inbox;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every portal page's layout needs (the signed-in user, the role's navigation, the current
 * path for the language switch, the language), and the portal's answer to a refused page: its own
 * 403 page rather than the API's problem details.
 */
@ControllerAdvice(basePackages = "id.gerbang.portal")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalModelAdvice {

    /** The signed-in user as the layout shows it. */
    record PortalUser(String userId, String fullName, String roleKey) {
    }

    private final Accounts accounts;
    private final Inbox inbox;

    PortalModelAdvice(Accounts accounts, Inbox inbox) {
        this.accounts = accounts;
        this.inbox = inbox;
    }

    @ModelAttribute("portalUser")
    @Nullable PortalUser portalUser() {
        AccountView account = signedIn();
        return account == null ? null
                : new PortalUser(account.userId().value(), account.fullName(), "portal.role." + account.role().name());
    }

    @ModelAttribute("navigation")
    List<Navigation.Item> navigation() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        AccountView account = signedIn();
        if (account == null || auth == null || SignInSteps.has(auth, SignInSteps.PASSWORD_STEP)
                || !SignInSteps.has(auth, account.role().authority())) {
            return List.of();
        }
        return Navigation.of(account.role());
    }

    /** The signed-in user's unread notifications, for the header's inbox link; null before the sign-in steps are done. */
    @ModelAttribute("inboxUnread")
    @Nullable Integer inboxUnread() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        AccountView account = signedIn();
        if (account == null || auth == null || !SignInSteps.has(auth, account.role().authority())) {
            return null;
        }
        return inbox.unreadCount(account.userId());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }

    @ModelAttribute("lang")
    String lang() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? "en" : "id";
    }

    /** A page the role does not open ({@code @PreAuthorize}): the portal's 403 page, with its layout. */
    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(Model model, HttpServletRequest request) {
        model.addAttribute("portalUser", portalUser());
        model.addAttribute("navigation", navigation());
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("lang", lang());
        model.addAttribute("inboxUnread", inboxUnread());
        return "portal/denied";
    }

    private @Nullable AccountView signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                || !UserId.isValid(auth.getName())) {
            return null;
        }
        return accounts.find(UserId.of(auth.getName())).orElse(null);
    }
}
