package id.gerbang.access.web;

import id.gerbang.access.internal.AccessProperties;
import id.gerbang.access.internal.AccessTokens;
import id.gerbang.access.internal.ClientAddresses;
import id.gerbang.access.internal.CompatibleResponseWriter;
import id.gerbang.access.internal.CompatibleService;
import id.gerbang.access.internal.DataAccess;
import id.gerbang.access.internal.OutcomeTexts;
import id.gerbang.access.internal.V1ResponseWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The data surfaces' own filter chains, ahead of the default one (order 100). The compatible
 * surface authenticates inside the request (user and password in the body or the query string):
 * its calls are answered by {@link CompatibleEndpoint}, the first servlet filter, before Spring
 * Security (ADR 0053). Whatever reaches the chain on its paths (another shape of path) is open at
 * the filter level, and nothing the clients add may interfere: no HTTP Basic processing of their
 * {@code Authorization} header, no session from their {@code Cookie}, no CSRF token (they are not
 * browsers), no saved requests.
 */
@Configuration(proxyBeanMethods = false)
class AccessSecurityConfiguration {

    static final String COMPATIBLE = "/dukcapil/get_json/**";

    /** The compatible surface's endpoint, shared by its valve and its filter (ADR 0053). */
    @Bean
    CompatibleEndpoint compatibleEndpoint(CompatibleService service, CompatibleResponseWriter writer, OutcomeTexts texts,
            ClientAddresses addresses, AccessProperties properties, MeterRegistry meters) {
        return new CompatibleEndpoint(service, writer, texts, addresses, properties, meters);
    }

    /** As a servlet filter ahead of every other: answers what the valve passed on (and serves MockMvc). */
    @Bean
    FilterRegistrationBean<CompatibleEndpoint> compatibleEndpointFilter(CompatibleEndpoint endpoint) {
        FilterRegistrationBean<CompatibleEndpoint> registration = new FilterRegistrationBean<>(endpoint);
        registration.setName("gerbangCompatibleEndpoint");
        registration.setUrlPatterns(endpoint.urlPatterns());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * In Tomcat's engine pipeline: the {@code POST} calls, before host, context and filter chain.
     * Applied last, so that the valve comes after the engine valves an operator configures (the
     * access log, a {@code RemoteIpValve}), which thus still see these calls.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> compatibleValve(CompatibleEndpoint endpoint,
            CompatibleResponseWriter compatible, V1ResponseWriter v1, OutcomeTexts texts, AccessProperties properties) {
        return new CompatibleValveCustomizer(endpoint,
                new EnvelopeErrorReportValve(compatible, v1, texts, properties.barePath().strip()));
    }

    /**
     * Also makes {@link EnvelopeErrorReportValve} the host's error report valve, in place of the one
     * Spring Boot adds (issue 13 point 9); Tomcat adds its own only when no valve of the configured
     * class is there.
     */
    private record CompatibleValveCustomizer(CompatibleEndpoint endpoint, EnvelopeErrorReportValve errors)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addEngineValves(new CompatibleValve(endpoint));
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(EnvelopeErrorReportValve.class.getName());
                    host.getPipeline().addValve(errors);
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

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

    /**
     * The v1 API: the token endpoint is open (the credentials are in the request), the data
     * endpoints need a bearer token from it. A call without a valid token is answered and logged by
     * {@link V1EntryPoint}.
     */
    @Bean
    @Order(51)
    SecurityFilterChain v1Chain(HttpSecurity http, AccessTokens tokens, DataAccess data, ClientAddresses addresses,
            V1Responder responder) throws Exception {
        V1EntryPoint entryPoint = new V1EntryPoint(data, addresses, responder);
        http.securityMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.pathPattern("/api/v1/token"),
                        PathPatternRequestMatcher.pathPattern("/api/v1/persons/**"),
                        PathPatternRequestMatcher.pathPattern("/api/v1/families/**"),
                        PathPatternRequestMatcher.pathPattern("/api/v1/feedback"),
                        PathPatternRequestMatcher.pathPattern("/api/v1/feedback/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.pathPattern("/api/v1/token")).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
