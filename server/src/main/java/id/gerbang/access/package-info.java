/**
 * The population-data web services: the Dukcapil-compatible surface ({@code /dukcapil/get_json/...})
 * that existing agency clients call unchanged, the v1 API beside it, and the checks every call
 * passes. The root package holds the outcome catalogue both surfaces answer with.
 */
@ApplicationModule(displayName = "Access",
        allowedDependencies = {"common", "reference", "registry", "agreement", "account", "quota", "audit", "feedback"})
@NullMarked
package id.gerbang.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
