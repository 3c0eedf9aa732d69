package id.gerbang.audit;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * The agency an agency administrator belongs to, so the audit module can restrict what they see to
 * their own agency. The {@code account} module provides the real implementation as a bean (for
 * example from a principal attribute set at login); until then the default knows no agency, and
 * agency administrators are refused rather than shown every agency.
 */
@FunctionalInterface
public interface CurrentAgency {

    Optional<Long> agencyOf(Authentication authentication);
}
