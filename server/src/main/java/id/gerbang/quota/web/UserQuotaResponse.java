package id.gerbang.quota.web;

import id.gerbang.quota.internal.UserQuotaRepository;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

record UserQuotaResponse(long agreementId, String userId, @Nullable Integer dailyLimit, LocalDate effectiveFrom,
                         String setBy, Instant setAt, String reason) {

    static UserQuotaResponse of(UserQuotaRepository.Setting s) {
        return new UserQuotaResponse(s.agreement(), s.user().value(), s.dailyLimit(), s.effectiveFrom(), s.setBy(),
                s.setAt(), s.reason());
    }
}
