package id.gerbang.access.web;

import id.gerbang.access.internal.AccessProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The data surfaces' own filter chains, ahead of the default one (order 100). The compatible
 * surface authenticates inside the request (user and password in the body or the query string),
 * so its paths are open at the filter level, and nothing the clients add may interfere: no HTTP
 * Basic processing of their {@code Authorization} header, no session from their {@code Cookie},
 * no CSRF token (they are not browsers), no saved requests.
 */
@Configuration(proxyBeanMethods = false)
class AccessSecurityConfiguration {

    static final String COMPATIBLE = "/dukcapil/get_json/**";

    @Bean
    @Order(50)
    SecurityFilterChain compatibleChain(HttpSecurity http, AccessProperties properties) throws Exception {
        List<RequestMatcher> paths = new ArrayList<>();
        paths.add(PathPatternRequestMatcher.pathPattern(COMPATIBLE));
        if (!properties.barePath().isBlank()) {
            paths.add(PathPatternRequestMatcher.pathPattern(properties.barePath().strip()));
        }
        http.securityMatcher(new OrRequestMatcher(paths))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
