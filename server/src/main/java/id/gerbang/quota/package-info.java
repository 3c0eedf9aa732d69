/**
 * Daily quotas: per agreement (from the agreement's terms on the Jakarta day) and optionally per
 * user; exact consumption across threads, restarts and server instances (docs/adr/0027); usage per
 * day; quota-increase requests. Other modules use {@link id.gerbang.quota.Quotas}.
 */
@ApplicationModule(displayName = "Quota",
        allowedDependencies = {"common", "account", "agreement"})
@NullMarked
package id.gerbang.quota;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
