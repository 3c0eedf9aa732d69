package id.gerbang.report;

import java.util.Map;

/**
 * Where the compliance status learns each agency's open anomaly alerts. The anomaly module
 * provides it ({@code anomaly.Alerts}); the interface lives here because the anomaly module
 * already depends, through the notification module, on this one.
 */
public interface OpenAlerts {

    /** Open alerts per agency id; agencies without any are absent. */
    Map<Long, Long> openCountByAgency();
}
