package id.gerbang.access.web;

import id.gerbang.access.internal.AccessTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a v1 data call that carries {@code Authorization: Bearer <token>} with a valid token.
 * A call without one stays anonymous and meets {@link V1EntryPoint}; the attribute
 * {@link #TOKEN_PRESENTED} tells it whether a (bad) token was presented at all.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_PRESENTED = BearerTokenFilter.class.getName() + ".presented";

    private final AccessTokens tokens;

    BearerTokenFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.setAttribute(TOKEN_PRESENTED, Boolean.TRUE);
            tokens.resolve(header.substring(7).strip()).ifPresent(account -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new V1Caller(account));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
