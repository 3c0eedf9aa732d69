package id.gerbang.portal.web;

import id.gerbang.audit.NikMask;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's error page ({@code portal/error.html}, in the layout, both languages): what went
 * wrong in plain words, what to do next, and for a server error a short reference that the
 * application log's line carries too. One renderer for every way a portal page fails:
 * <ul>
 *   <li>what a portal controller throws, through {@link PortalModelAdvice}'s handlers (a refused
 *       page, a parameter that does not convert, a catalogue error such as {@code NOT_FOUND}, a defect);</li>
 *   <li>what fails before a portal controller is found, as this {@link HandlerExceptionResolver}
 *       (ahead of Spring MVC's): no page at a {@code /portal} path (404), a method the page does not
 *       take (405), an upload over the limit;</li>
 *   <li>the security chain's refusal ({@code /portal/denied}, {@link HomeController}).</li>
 * </ul>
 * Only for requests that take HTML: a script asking a portal address for JSON, the APIs, the
 * compatible surface and the actuator keep their own error formats. The log line of a server error
 * names the reference, the method, the path (16-digit runs masked), the exception's classes and
 * where it arose: never its message or stack trace, which may quote a NIK or a resident's data.
 */
@Component
class PortalErrorPages implements HandlerExceptionResolver, Ordered {

    static final String VIEW = "portal/error";
    private static final Logger log = LoggerFactory.getLogger(PortalErrorPages.class);
    /** Without look-alikes (0/O, 1/I/L), so that it can be read out over the telephone. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PortalLayout layout;
    private final Messages messages;

    PortalErrorPages(PortalLayout layout, Messages messages) {
        this.layout = layout;
        this.messages = messages;
    }

    /** The page for a failure: its status, its catalogue text if it has one, a logged reference if the server failed. */
    ModelAndView page(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        HttpStatusCode status = statusOf(failure);
        if (failure instanceof ErrorResponse answer) {
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        }
        String reference = null;
        if (status.is5xxServerError()) {
            reference = reference();
            log.error("Portal error {}: {} {} failed: {} at {}", reference, request.getMethod(),
                    NikMask.maskAll(layout.currentPath(request)), classes(failure), origin(failure));
        }
        ModelAndView page = page(status, request);
        if (failure instanceof GerbangException e) {
            page.addObject("errorReason", NikMask.maskAll(messages.get(e.errorCode().messageKey(),
                    LocaleContextHolder.getLocale(), e.args())));
            page.addObject("errorCode", e.errorCode().code());
        }
        page.addObject("errorReference", reference);
        return page;
    }

    /** The page for a status alone. */
    ModelAndView page(HttpStatusCode status, HttpServletRequest request) {
        ExtendedModelMap model = new ExtendedModelMap();
        layout.fill(model, request);
        model.addAttribute("errorStatus", status.value());
        model.addAttribute("errorKind", kindOf(status));
        model.addAttribute("errorBack", back(request));
        model.addAttribute("errorReason", null);
        model.addAttribute("errorCode", null);
        model.addAttribute("errorReference", null);
        return new ModelAndView(VIEW, model, status);
    }

    /**
     * No portal controller was found for a page request (or the request failed before one was
     * chosen); what a controller throws goes to {@link PortalModelAdvice}, everything else to
     * Spring MVC's resolvers as before.
     */
    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception failure) {
        if (handler instanceof HandlerMethod || !(failure instanceof ErrorResponse) || !isPortal(request)
                || !takesHtml(request) || response.isCommitted()) {
            return null;
        }
        return page(failure, request, response);
    }

    /** Ahead of Spring MVC's resolvers (order 0), which would answer a missing page with the container's error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    static HttpStatusCode statusOf(Throwable failure) {
        if (failure instanceof GerbangException e) {
            return e.errorCode().status();
        }
        if (failure instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (failure instanceof ErrorResponse answer) {
            return answer.getStatusCode();
        }
        if (failure instanceof TypeMismatchException || failure instanceof HttpMessageNotReadableException
                || failure instanceof BindException) {
            return HttpStatus.BAD_REQUEST;
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
        return declared != null ? declared.code() : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The texts' key part: {@code portal.error.<kind>.*}. */
    static String kindOf(HttpStatusCode status) {
        if (status.is5xxServerError()) {
            return "server";
        }
        return switch (status.value()) {
            case 401, 403 -> "denied";
            case 404, 410 -> "notFound";
            default -> "badRequest";
        };
    }

    private static boolean isPortal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PortalPages.HOME) || path.startsWith(PortalPages.HOME + "/");
    }

    /** A browser's page request (or one that names no type); not a script asking for JSON. */
    static boolean takesHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(t -> t.includes(MediaType.TEXT_HTML));
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** The page the user came from, if it is a page of this portal other than this one; otherwise none. */
    private @Nullable String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String host = request.getHeader("Host");
        if (referer == null || host == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            String path = from.getRawPath();
            if (!host.equalsIgnoreCase(from.getRawAuthority()) || path == null
                    || !path.startsWith(request.getContextPath() + PortalPages.HOME)
                    || path.equals(request.getRequestURI())) {
                return null;
            }
            String back = LanguageController.safeBack(path);
            return "/".equals(back) ? null : back;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** Eight characters in two groups, e.g. {@code K7QM-2XHD}. */
    static String reference() {
        StringBuilder reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }

    /** The exception's class and its causes' classes, outermost first. */
    static String classes(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable t = failure; t != null && names.size() < 6; t = t.getCause() == t ? null : t.getCause()) {
            names.add(t.getClass().getName());
        }
        return String.join(" <- ", names);
    }

    /** Where it arose: the deepest cause's first frame in Gerbang's code, or its first frame. */
    static String origin(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 6; depth++) {
            root = root.getCause();
        }
        for (Throwable t : List.of(root, failure)) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("id.gerbang.")) {
                    return frame.toString();
                }
            }
        }
        StackTraceElement[] frames = root.getStackTrace();
        return frames.length > 0 ? frames[0].toString() : "?";
    }
}
