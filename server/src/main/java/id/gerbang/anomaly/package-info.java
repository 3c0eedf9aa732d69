/**
 * Anomaly rules over the access log (issue 18): a periodic job, claimed once per cluster through
 * {@link id.gerbang.common.JobLock#claimLease}, follows the log with its own watermark
 * ({@link id.gerbang.audit.AccessLogFeed}), counts calls per rule, subject and window, and raises an
 * alert (one per rule, subject and window) with a notification to the registry administrators.
 * {@link id.gerbang.anomaly.Alerts} lists and acknowledges alerts and counts the open ones per agency.
 * See {@code docs/anomaly.md}.
 */
@ApplicationModule(displayName = "Anomaly",
        allowedDependencies = {"common", "audit", "registry", "notification", "account", "agreement", "report"})
@NullMarked
package id.gerbang.anomaly;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
