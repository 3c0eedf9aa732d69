package id.gerbang.audit.internal;

import java.util.Optional;

/**
 * Names of agencies for documents the registry hands over (the access history of a NIK): answered
 * from the agreement module by {@link ModuleDirectory}; an unknown agency shows as its number.
 */
@FunctionalInterface
public interface AgencyNames {

    Optional<String> nameOf(long agencyId);
}
