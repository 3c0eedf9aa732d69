package id.gerbang.portal.web;

import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.notification.Inbox;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the layout ({@code portal/layout.html}) needs on every page: the signed-in user, the role's
 * navigation, the inbox count, the current path for the language switch, the language. Pages get it
 * through {@link PortalModelAdvice}; error pages, which no {@code @ModelAttribute} method reaches,
 * through {@link #fill}.
 */
@Component
class PortalLayout {

    /** The signed-in user as the layout shows it. */
    record PortalUser(String userId, String fullName, String roleKey) {
    }

    private final Accounts accounts;
    private final Inbox inbox;

    PortalLayout(Accounts accounts, Inbox inbox) {
        this.accounts = accounts;
        this.inbox = inbox;
    }

    /**
     * Every attribute the layout reads, for pages ({@link PortalModelAdvice}) and error pages alike; the
     * signed-in account is looked up once.
     */
    void fill(Model model, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        AccountView account = signedIn(auth);
        boolean stepsDone = account != null && SignInSteps.has(auth, account.role().authority());
        List<Navigation.Group> navigation = stepsDone && !SignInSteps.has(auth, SignInSteps.PASSWORD_STEP)
                ? Navigation.of(account.role()) : List.of();
        String path = currentPath(request);
        model.addAttribute("portalUser", account == null ? null
                : new PortalUser(account.userId().value(), account.fullName(), "portal.role." + account.role().name()));
        model.addAttribute("navigation", navigation);
        // the heading key of the menu group that holds the current page (open in the bar), or null
        model.addAttribute("openGroup", navigation.stream().filter(g -> g.messageKey() != null && g.contains(path))
                .map(Navigation.Group::messageKey).findFirst().orElse(null));
        model.addAttribute("currentPath", path);
        model.addAttribute("lang", lang());
        // unread notifications for the header's inbox link; null before the sign-in steps are done
        model.addAttribute("inboxUnread", stepsDone ? inbox.unreadCount(account.userId()) : null);
    }

    /** The path the user asked for (not the page it was forwarded to, such as {@code /portal/denied}), for the language switch. */
    String currentPath(HttpServletRequest request) {
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwardedFrom instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.isEmpty() ? "/" : path;
    }

    String lang() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? "en" : "id";
    }

    private @Nullable AccountView signedIn(@Nullable Authentication auth) {
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                || !UserId.isValid(auth.getName())) {
            return null;
        }
        return accounts.find(UserId.of(auth.getName())).orElse(null);
    }
}
