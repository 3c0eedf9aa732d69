package id.gerbang.common.web;

import id.gerbang.common.Roles;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web security baseline: deny by default. Only the health endpoint is public; every other path
 * needs an authenticated user; metrics (every actuator endpoint but health and info), the
 * administration API's description and Swagger UI a registry role; and each
 * controller method narrows access to roles with {@code @PreAuthorize} (a user who still holds a
 * one-time password has no role yet and is turned away by the account module with
 * {@code PASSWORD_CHANGE_REQUIRED}). Data channels that authenticate inside the request body (the
 * Dukcapil-compatible surface) register their own chain with a higher precedence.
 *
 * <p>Stateless (ADR 0061): every request carries its own credentials (HTTP Basic) and is checked
 * again, with the account's current status, lock and password; no session is created, and a
 * session cookie (the portal's, or any other) is never read, so a cookie alone authenticates
 * nothing here and a cross-site request that carries only cookies is anonymous. CSRF protection is
 * thus not needed on {@code /api/**}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** The v1 data API's OpenAPI group ({@code access.web.V1OpenApiConfiguration}). */
    static final String DATA_API_GROUP = "data-v1";

    @Bean
    @Order(100)
    SecurityFilterChain defaultChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers("/error").permitAll()
                        // the v1 data API's description is the agencies' own (ADR 0062)
                        .requestMatchers("/v3/api-docs/" + DATA_API_GROUP).authenticated()
                        // metrics and every other endpoint but health and info, the administration
                        // API's description and Swagger UI: registry staff only (ADR 0062)
                        .requestMatchers(EndpointRequest.toAnyEndpoint().excluding("health", "info"))
                                .hasAnyRole(Roles.REGISTRY_ADMIN.name(), Roles.REGISTRY_AUDITOR.name())
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").hasAnyRole(
                                Roles.REGISTRY_ADMIN.name(), Roles.REGISTRY_AUDITOR.name())
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'")));
        return http.build();
    }
}
