package id.gerbang.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * What every portal page's layout needs ({@link PortalLayout}: the signed-in user, the role's
 * navigation, the current path for the language switch, the language), and the portal's answer to a
 * page that fails: its own error page ({@link PortalErrorPages}) rather than the API's problem
 * details or the container's error page. A script that asks a portal address for JSON (the charts'
 * data) still gets the API's problem details.
 */
@ControllerAdvice(basePackages = "id.gerbang.portal")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalModelAdvice {

    private final PortalLayout layout;
    private final PortalErrorPages errors;

    PortalModelAdvice(PortalLayout layout, PortalErrorPages errors) {
        this.layout = layout;
        this.errors = errors;
    }

    /** The layout's attributes (the signed-in user, the menu and its open group, the inbox count, the path, the language). */
    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        layout.fill(model, request);
    }

    /** A page the role does not open ({@code @PreAuthorize}): 403 with the portal's page, whatever the request accepts. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.page(e, request, response);
    }

    /**
     * Anything else a portal page throws, for a request that takes HTML: a parameter that does not
     * convert (400), a catalogue error (its status), a defect (500 with a reference).
     */
    @ExceptionHandler(value = Exception.class, produces = MediaType.TEXT_HTML_VALUE)
    @Nullable ModelAndView failed(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (DisconnectedClientHelper.isClientDisconnectedException(e) || response.isCommitted()) {
            throw e; // nobody to show a page to, or a page already under way: Spring MVC's handling, as before
        }
        return errors.page(e, request, response);
    }
}
