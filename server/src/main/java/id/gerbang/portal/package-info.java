/**
 * The web portal: server-rendered pages (Thymeleaf, htmx) for the people of an agency and of the
 * registry, signed in with their Gerbang account through the portal's own session-based security
 * chain. The portal writes no business rule of its own: its controllers call the other modules'
 * public APIs (a portal lookup passes the access module's checks, sign-in the account module's).
 * How to add a page: {@code docs/portal.md}.
 */
@ApplicationModule(displayName = "Portal", allowedDependencies = {"common", "account", "access", "audit", "quota", "agreement",
        "feedback", "reference", "registry", "notification", "report", "anomaly"})
@NullMarked
package id.gerbang.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
