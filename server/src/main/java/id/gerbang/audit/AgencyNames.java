package id.gerbang.audit;

import java.util.Optional;

/**
 * Names of agencies for documents the registry hands over (the access history of a NIK). The
 * {@code agreement} module provides it as a bean; without it the documents show agency numbers.
 */
@FunctionalInterface
public interface AgencyNames {

    Optional<String> nameOf(long agencyId);
}
