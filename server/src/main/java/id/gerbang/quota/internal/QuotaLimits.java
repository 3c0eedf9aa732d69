package id.gerbang.quota.internal;

import id.gerbang.account.UserId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The limits in force on a Jakarta day: the agreement's daily quota from its terms that day (0 when
 * it has no terms that day), and the users' own quotas.
 */
@Component
public class QuotaLimits {

    private final Agreements agreements;
    private final UserQuotaRepository userQuotas;

    QuotaLimits(Agreements agreements, UserQuotaRepository userQuotas) {
        this.agreements = agreements;
        this.userQuotas = userQuotas;
    }

    public long agreementLimit(AgreementId agreement, LocalDate day) {
        return agreements.termsOn(agreement, day).map(terms -> (long) terms.dailyQuota()).orElse(0L);
    }

    /** The users of {@code users} that have a quota of their own that day, with it. */
    public Map<UserId, Long> userLimits(AgreementId agreement, List<UserId> users, LocalDate day) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return userQuotas.limitsOn(agreement.value(), users, day);
    }
}
