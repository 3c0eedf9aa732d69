package id.gerbang.quota.internal;

import id.gerbang.account.Accounts;
import id.gerbang.account.AccountView;
import id.gerbang.account.Actor;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.QuotaError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-user daily quotas within an agreement, set by a registry administrator with an effective date. */
@Service
public class UserQuotas {

    private final UserQuotaRepository repository;
    private final AgreementAccess access;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserQuotas(UserQuotaRepository repository, AgreementAccess access, Accounts accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * From {@code effectiveFrom} (today or later) the user's daily quota under the agreement is
     * {@code dailyLimit}; {@code null} lifts it.
     */
    @Transactional
    public void set(Actor actor, AgreementId agreement, UserId user, @Nullable Integer dailyLimit,
            LocalDate effectiveFrom, String reason) {
        if (!actor.isRegistryAdmin()) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        AgencyId agency = access.agencyOf(agreement);
        AccountView account = accounts.find(user)
                .orElseThrow(() -> new GerbangException(QuotaError.USER_NOT_OF_AGREEMENT));
        if (!agency.equals(account.agency())) {
            throw new GerbangException(QuotaError.USER_NOT_OF_AGREEMENT);
        }
        if (effectiveFrom.isBefore(JakartaTime.today(clock))) {
            throw new GerbangException(QuotaError.EFFECTIVE_DATE_PAST, Map.of("effectiveFrom", "quota.date.past"));
        }
        Instant now = clock.instant();
        LocalDate today = JakartaTime.today(clock);
        Long before = repository.limitsOn(agreement.value(), List.of(user), today).get(user);
        repository.add(agreement.value(), user, dailyLimit, effectiveFrom, actor.userId(), now, reason);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("agreementId", agreement.value());
        after.put("userId", user.value());
        after.put("dailyLimit", dailyLimit);
        after.put("effectiveFrom", effectiveFrom.toString());
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("dailyLimit", before);
        events.publishEvent(new AdministrativeAction(actor.userId(), "quota.user-limit-set", "user-quota",
                agreement.value() + "/" + user.value(), old, after, reason));
        // QuotaLimits caches the agreement's user limits; it drops them once this commits.
        events.publishEvent(new UserLimitSet(agreement.value()));
    }

    public List<UserQuotaRepository.Setting> settings(Actor actor, AgreementId agreement) {
        access.requireMaySee(actor, agreement);
        return repository.settings(agreement.value());
    }
}
