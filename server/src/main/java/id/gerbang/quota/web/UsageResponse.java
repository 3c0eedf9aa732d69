package id.gerbang.quota.web;

import id.gerbang.quota.DailyUsage;
import java.time.LocalDate;

record UsageResponse(long agreementId, LocalDate day, long used, long limit, long remaining) {

    static UsageResponse of(DailyUsage u) {
        return new UsageResponse(u.agreement().value(), u.day(), u.used(), u.limit(), u.remaining());
    }
}
