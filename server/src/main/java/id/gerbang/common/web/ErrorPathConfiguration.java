package id.gerbang.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code /error} is where the container forwards a failed request; asked for directly it has no
 * error to show, and Spring Boot's error controller answered 500 to everyone (issue 13 point 8).
 * A direct request (dispatcher type {@code REQUEST}) is answered 404 like any unknown path, which
 * the error page then renders as a problem detail; the container's own forwards are untouched.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPathConfiguration {

    @Bean
    FilterRegistrationBean<Filter> directErrorPath() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                (req, res, chain) -> ((HttpServletResponse) res).sendError(HttpServletResponse.SC_NOT_FOUND));
        registration.setName("gerbangDirectErrorPath");
        registration.addUrlPatterns("/error", "/error/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
