package id.gerbang.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose {@code Content-Type} is a wildcard ({@code *}{@code /*}) or no media type at all
 * is handled as one without a {@code Content-Type}: Spring MVC refused to read such a body with an
 * exception that answered 500 (issue 13 point 8). The v1 data endpoints read their raw body and so
 * answer and log the call as usual; an endpoint that needs a type answers 415.
 */
@Configuration(proxyBeanMethods = false)
class ContentTypeConfiguration {

    @Bean
    FilterRegistrationBean<UnusableContentTypeFilter> unusableContentType() {
        FilterRegistrationBean<UnusableContentTypeFilter> registration =
                new FilterRegistrationBean<>(new UnusableContentTypeFilter());
        registration.setName("gerbangUnusableContentType");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    static final class UnusableContentTypeFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            chain.doFilter(type != null && !usable(type) ? new WithoutContentType(request) : request, response);
        }

        static boolean usable(String type) {
            try {
                MediaType media = MediaType.parseMediaType(type);
                return !media.isWildcardType() && !media.isWildcardSubtype();
            } catch (InvalidMediaTypeException e) {
                return false;
            }
        }
    }

    private static final class WithoutContentType extends HttpServletRequestWrapper {

        WithoutContentType(HttpServletRequest request) {
            super(request);
        }

        private static boolean isContentType(String name) {
            return "Content-Type".equalsIgnoreCase(name);
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return isContentType(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isContentType(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(WithoutContentType::isContentType);
            return Collections.enumeration(names);
        }
    }
}
