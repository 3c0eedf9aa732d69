package id.gerbang.portal.web;

import id.gerbang.common.Roles;
import id.gerbang.portal.internal.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The portal's own security chain, ahead of the API's: only the portal's paths ({@link #PATHS}),
 * sessions with a cookie (HttpOnly, SameSite=Strict, Secure over HTTPS: {@code server.servlet.session.cookie}),
 * form sign-in at {@code /login} through the account module's authentication (its lockout, its
 * failure counting), CSRF tokens on every form and htmx request, a strict Content-Security-Policy
 * (nothing inline, nothing from elsewhere), the session id changed at every sign-in step, and the
 * session limits of {@link PortalProperties}. Anonymous visitors of any other portal page are sent
 * to the sign-in page; signed-in users without the page's role get the 403 page.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

    /** Every path the portal answers; the API's chain never sees them. */
    static final String[] PATHS = {"/", "/login", "/logout", "/language", "/portal", "/portal/**",
            "/webjars/htmx.org/**", "/webjars/uplot/**"};

    /** Open to anonymous visitors: the sign-in page, the language switch, the portal's own assets. */
    static final String[] OPEN = {"/", "/login", "/language", "/portal/assets/**", "/webjars/htmx.org/**"};

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(50)
    SecurityFilterChain portalChain(HttpSecurity http, AuthenticationConfiguration authentication,
            SessionRegistry sessionRegistry, SecurityContextRepository portalContextRepository,
            PortalProperties properties, SignInSteps steps) throws Exception {
        AuthenticationManager accounts = authentication.getAuthenticationManager();
        http.securityMatcher(PATHS)
                .authenticationManager(steps.manager(accounts))
                .securityContext(c -> c.securityContextRepository(portalContextRepository))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPEN).permitAll()
                        // each audience's prefix, ahead of (and besides) every page's @PreAuthorize
                        .requestMatchers(PortalPages.OPERATOR + "/**").hasRole(Roles.AGENCY_OPERATOR.name())
                        .requestMatchers(PortalPages.AGENCY_ADMIN + "/**").hasRole(Roles.AGENCY_ADMIN.name())
                        .requestMatchers(PortalPages.REGISTRY + "/**").hasAnyRole(Roles.REGISTRY_ADMIN.name(),
                                Roles.REGISTRY_AUDITOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .loginProcessingUrl("/login")
                        .successHandler(steps::signedIn)
                        .failureHandler(steps::failed)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(e -> e.accessDeniedHandler(denied()))
                .sessionManagement(s -> s
                        .invalidSessionUrl("/login?timeout")
                        .sessionFixation(f -> f.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?ended"))
                .requestCache(c -> c.disable())
                .addFilterBefore(steps.filter(properties), AuthorizationFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** A page the user's role does not open: 403 with the portal's own page. */
    private static AccessDeniedHandlerImpl denied() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(PortalPages.DENIED);
        return handler;
    }

    @Bean
    SecurityContextRepository portalContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SessionRegistry portalSessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
