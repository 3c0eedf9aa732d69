/**
 * The shared kernel: time in Asia/Jakarta, roles, the error catalogue base, problem details and
 * message bundles, the web security baseline, and {@link id.gerbang.common.BatchingLoader}, which
 * combines concurrent single-key reads into bulk reads. Every module may use it; it uses no module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Common")
@NullMarked
package id.gerbang.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
