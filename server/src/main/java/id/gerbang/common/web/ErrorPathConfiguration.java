package id.gerbang.common.web;

import id.gerbang.common.CommonError;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /error} is where the container forwards a failed request; asked for directly it has no
 * error to show, and Spring Boot's error controller answered 500 to everyone (issue 13 point 8).
 * A direct request (dispatcher type {@code REQUEST}) is answered 404 with the same problem detail
 * as any unknown path ({@code COMMON_NOT_FOUND}); the container's own forwards are untouched.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPathConfiguration {

    @Bean
    FilterRegistrationBean<Filter> directErrorPath(ProblemDetailsAdvice problems, JsonMapper json) {
        Filter filter = (req, res, chain) -> {
            // ahead of Spring's request context: made here, so that the texts follow the caller's
            // Accept-Language (Messages.currentLocale) as in every other problem detail
            ProblemDetail problem;
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes((HttpServletRequest) req));
            try {
                problem = problems.problem(CommonError.NOT_FOUND);
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
            problem.setInstance(URI.create(((HttpServletRequest) req).getRequestURI()));
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            json.writeValue(response.getOutputStream(), problem);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("gerbangDirectErrorPath");
        registration.addUrlPatterns("/error", "/error/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
