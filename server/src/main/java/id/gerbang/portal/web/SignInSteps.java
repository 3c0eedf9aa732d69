package id.gerbang.portal.web;

import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.account.AuthenticationOutcome;
import id.gerbang.account.SecondFactors;
import id.gerbang.account.UserId;
import id.gerbang.common.Roles;
import id.gerbang.portal.internal.PortalProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The steps of a portal sign-in after the password was accepted by the account module: a one-time
 * password is replaced first ({@link PortalPages#PASSWORD}); then the second factor's code is asked
 * for ({@link PortalPages#SECOND_FACTOR_CODE}), or, where the role requires a second factor and the
 * user has none, it is enrolled ({@link PortalPages#SECOND_FACTOR}); only then does the session get
 * the user's role. Until a step is done, the session holds a step authority and no role, so no page
 * opens; {@link #filter} sends such a user to the page of the step. Also ends sessions past the
 * absolute time limit, and gives each session the idle limit.
 */
@Component
class SignInSteps {

    /** The session attribute holding when the session signed in (epoch milliseconds). */
    static final String SIGNED_IN_AT = "gerbang.portal.signedInAt";
    static final String PASSWORD_STEP = AuthenticationOutcome.PASSWORD_CHANGE_REQUIRED.name();
    /** An enrolled user gave the right password: the code comes next. */
    static final String CODE_STEP = "SECOND_FACTOR_CODE_REQUIRED";
    /** A user whose role requires a second factor has none yet: enrolment comes next. */
    static final String ENROL_STEP = "SECOND_FACTOR_ENROLMENT_REQUIRED";

    private final Accounts accounts;
    private final SecondFactors secondFactors;
    private final SecurityContextRepository contexts;
    private final PortalProperties properties;
    private final Clock clock;

    SignInSteps(Accounts accounts, SecondFactors secondFactors, SecurityContextRepository portalContextRepository,
            PortalProperties properties, Clock clock) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.contexts = portalContextRepository;
        this.properties = properties;
        this.clock = clock;
    }

    /** The account module's authentication, closed to service accounts (they have no portal). */
    AuthenticationManager manager(AuthenticationManager accountModule) {
        return request -> {
            Authentication result = accountModule.authenticate(request);
            Optional<AccountView> account = accounts.find(UserId.of(result.getName()));
            if (account.isEmpty() || account.get().role() == Roles.AGENCY_SERVICE) {
                throw new ServiceAccountRefused();
            }
            if (has(result, PASSWORD_STEP)) {
                return result;
            }
            // the password alone gives no role when a second factor is (or must be) there
            return withAuthorities(result, authoritiesAfterPassword(account.get(), false));
        };
    }

    /**
     * What a session may hold once the password is accepted: the password step first, then the
     * second factor's (its code, or its enrolment where the role requires one), then the role.
     */
    private List<GrantedAuthority> authoritiesAfterPassword(AccountView account, boolean secondFactorDone) {
        String authority;
        if (account.passwordChangeRequired()) {
            authority = PASSWORD_STEP;
        } else if (secondFactorDone) {
            authority = account.role().authority();
        } else if (secondFactors.enrolled(account.userId())) {
            authority = CODE_STEP;
        } else if (SecondFactors.required(account.role())) {
            authority = ENROL_STEP;
        } else {
            authority = account.role().authority();
        }
        return List.of(new SimpleGrantedAuthority(authority));
    }

    private static UsernamePasswordAuthenticationToken withAuthorities(Authentication current,
            List<GrantedAuthority> authorities) {
        UsernamePasswordAuthenticationToken next = UsernamePasswordAuthenticationToken.authenticated(
                current.getPrincipal(), null, authorities);
        next.setDetails(current.getDetails());
        return next;
    }

    /** A service account's right password: still no portal. */
    static final class ServiceAccountRefused extends AuthenticationException {
        ServiceAccountRefused() {
            super("service accounts cannot sign in to the portal");
        }
    }

    /** Form sign-in succeeded (the session id has already been changed): limits, then the next step. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval((int) properties.idleTimeout().toSeconds());
        session.setAttribute(SIGNED_IN_AT, clock.millis());
        response.sendRedirect(request.getContextPath() + next(authentication));
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason = switch (e) {
            case LockedException locked -> "locked";
            case DisabledException inactive -> "inactive";
            case ServiceAccountRefused service -> "service";
            default -> "bad";
        };
        response.sendRedirect(request.getContextPath() + PortalPages.LOGIN + "?error=" + reason);
    }

    /** Where a signed-in session goes next: the page of its open step, or the landing page. */
    static String next(Authentication authentication) {
        if (has(authentication, PASSWORD_STEP)) {
            return PortalPages.PASSWORD;
        }
        if (has(authentication, CODE_STEP)) {
            return PortalPages.SECOND_FACTOR_CODE;
        }
        return has(authentication, ENROL_STEP) ? PortalPages.SECOND_FACTOR : PortalPages.HOME;
    }

    /**
     * A step is done: the session gets what the account now allows (the role, or the next step),
     * under a new session id.
     *
     * @param secondFactorDone the step done was the second factor's (a code accepted, or an
     *                         enrolment confirmed)
     */
    Authentication advance(HttpServletRequest request, HttpServletResponse response, Authentication current,
            boolean secondFactorDone) {
        AccountView account = accounts.find(UserId.of(current.getName())).orElseThrow();
        UsernamePasswordAuthenticationToken next = withAuthorities(current,
                authoritiesAfterPassword(account, secondFactorDone));
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return next;
    }

    static boolean has(@Nullable Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> authority.equals(a.getAuthority()));
    }

    /** The filter that keeps sessions within their limits and users on their open sign-in step. */
    OncePerRequestFilter filter(PortalProperties limits) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Long since
                        && clock.millis() - since >= limits.absoluteTimeout().toMillis()) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    response.sendRedirect(request.getContextPath() + PortalPages.LOGIN + "?ended");
                    return;
                }
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                String step = has(auth, PASSWORD_STEP) || has(auth, CODE_STEP) || has(auth, ENROL_STEP)
                        ? next(auth) : null;
                if (step != null && !stepPage(request, step)) {
                    response.sendRedirect(request.getContextPath() + step);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** The page of a step, or a page every step may open (sign-out, language, assets). */
    private static boolean stepPage(HttpServletRequest request, String step) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(step) || path.equals("/logout") || path.equals("/language")
                || path.startsWith("/portal/assets/") || path.startsWith("/webjars/");
    }
}
