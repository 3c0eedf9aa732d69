package id.gerbang.quota.web;

import java.time.Instant;

/** Usage so far on a Jakarta day, and when the counter starts again. */
record TodayResponse(UsageResponse usage, Instant resetsAt) {
}
