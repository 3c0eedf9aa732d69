/**
 * The tamper-evident access log and administrative log.
 *
 * <p>Data channels call {@link id.gerbang.audit.AccessLog#record(AccessLogEntry)} before they answer;
 * it returns only once the entry is durably committed. Administrative changes published as
 * {@link id.gerbang.common.AdministrativeAction} are recorded in the publisher's transaction. Both
 * logs are SHA-256 hash chains, sealed by Ed25519-signed checkpoints, verifiable offline. See
 * {@code docs/audit.md}.
 */
@ApplicationModule(displayName = "Audit",
        allowedDependencies = {"common", "account", "agreement"})
@NullMarked
package id.gerbang.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
