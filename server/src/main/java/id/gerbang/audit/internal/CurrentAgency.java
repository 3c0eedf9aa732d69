package id.gerbang.audit.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * The agency an agency administrator belongs to, so the audit module can restrict what they see to
 * their own agency: answered from the account module by {@link ModuleDirectory}. No agency (an
 * account without one) refuses the agency administrator rather than showing every agency.
 */
@FunctionalInterface
public interface CurrentAgency {

    Optional<Long> agencyOf(Authentication authentication);
}
