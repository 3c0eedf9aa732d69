package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The landing page of each role, and the page for a page the role does not open. */
@Controller
class HomeController {

    private final Accounts accounts;
    private final PortalErrorPages errors;

    HomeController(Accounts accounts, PortalErrorPages errors) {
        this.accounts = accounts;
        this.errors = errors;
    }

    @GetMapping(PortalPages.HOME)
    @PreAuthorize(PortalPages.ANY_ROLE)
    String home(Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        model.addAttribute("home", switch (actor.role()) {
            case AGENCY_OPERATOR -> "portal.home.operator";
            case AGENCY_ADMIN -> "portal.home.agencyAdmin";
            case REGISTRY_ADMIN, REGISTRY_AUDITOR -> "portal.home.registry";
            case AGENCY_SERVICE -> throw new org.springframework.security.access.AccessDeniedException("no portal");
        });
        return "portal/home";
    }

    /** Any method: a refused form (POST) is forwarded here too, and must answer 403, not 405. */
    @RequestMapping(PortalPages.DENIED)
    @PreAuthorize(PortalPages.SIGNED_IN)
    ModelAndView denied(HttpServletRequest request) {
        return errors.page(HttpStatus.FORBIDDEN, request);
    }
}
