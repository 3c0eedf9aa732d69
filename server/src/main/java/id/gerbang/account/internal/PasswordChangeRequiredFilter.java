package id.gerbang.account.internal;

import id.gerbang.account.AccountError;
import id.gerbang.common.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Until a one-time password has been replaced, every API request of that user except
 * {@code POST /api/v1/account/password} ends here with 403 and the problem detail
 * {@code PASSWORD_CHANGE_REQUIRED}. Runs after the security filter chain, which has signed the user in.
 * Only the API ({@code /api/}) answers so: the web portal leads such a user to its own
 * change-password page instead, and a user without a role opens nothing else anyway.
 */
@Component
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String PASSWORD_PATH = "/api/v1/account/password";

    private final Messages messages;
    private final ObjectMapper json;

    PasswordChangeRequiredFilter(Messages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mustChangePassword() && !isPasswordChange(request)) {
            reject(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> AccountAuthenticationProvider.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isPasswordChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && PASSWORD_PATH.equals(path);
    }

    private void reject(HttpServletResponse response) throws IOException {
        AccountError code = AccountError.PASSWORD_CHANGE_REQUIRED;
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://gerbang.id/problems/" + code.code().toLowerCase().replace('_', '-'));
        problem.put("title", messages.current(code.messageKey()));
        problem.put("status", code.status().value());
        problem.put("detail", messages.current(code.messageKey() + ".action"));
        problem.put("code", code.code());
        problem.put("messages", Map.of("id", messages.indonesian(code.messageKey()),
                "en", messages.english(code.messageKey())));
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
