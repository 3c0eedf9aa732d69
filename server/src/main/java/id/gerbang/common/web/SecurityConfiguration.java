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
 * The web security baseline: deny by default. Only the health endpoint and the API description are
 * public; every other path needs an authenticated user; the administration API and Swagger UI need a
 * staff or agency-administrator role, and each controller method narrows that to roles with
 * {@code @PreAuthorize}. Data channels that authenticate inside the request body (the
 * Dukcapil-compatible surface) register their own chain with a higher precedence.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(100)
    SecurityFilterChain defaultChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers("/error").permitAll()
                        // Defence in depth; each method narrows further with @PreAuthorize.
                        .requestMatchers("/api/v1/admin/**").hasAnyRole(
                                Roles.REGISTRY_ADMIN.name(), Roles.REGISTRY_AUDITOR.name(), Roles.AGENCY_ADMIN.name())
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").hasAnyRole(
                                Roles.REGISTRY_ADMIN.name(), Roles.REGISTRY_AUDITOR.name())
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'")));
        return http.build();
    }
}
