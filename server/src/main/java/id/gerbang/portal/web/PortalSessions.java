package id.gerbang.portal.web;

import id.gerbang.account.AccountChanged;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The portal sessions of each user, to end them: at the user's request ("sign out my other
 * sessions"), and when the account module reports a change after which a session must not go on:
 * the password changed or reset, the account deactivated or locked. An ended session's next request
 * is signed out and sent to the sign-in page (Spring Security's concurrent-session filter).
 */
@Component
class PortalSessions {

    /** Account changes that end every portal session of the user (but the one that made the change). */
    private final SessionRegistry registry;

    PortalSessions(SessionRegistry portalSessionRegistry) {
        this.registry = portalSessionRegistry;
    }

    /** Ends the sessions of {@code userId} other than {@code keep}; returns how many it ended. */
    int endSessions(String userId, @Nullable String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!userId.equals(nameOf(principal))) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (!session.getSessionId().equals(keep)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AccountChanged change) {
        if (change.kind().endsSessions()) {
            // a password change is always the user's own (administrators reset instead), and it
            // keeps the session it was made in
            String keep = change.kind() == AccountChanged.Kind.PASSWORD_CHANGED ? currentSessionId() : null;
            endSessions(change.userId().value(), keep);
        }
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private static @Nullable String nameOf(Object principal) {
        return principal instanceof java.security.Principal p ? p.getName() : null;
    }
}
