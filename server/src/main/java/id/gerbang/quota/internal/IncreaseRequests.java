package id.gerbang.quota.internal;

import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.QuotaError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quota-increase requests: submitted by the agency's administrator (or a registry administrator on
 * its behalf) with a reason; approved (possibly with another value or start date, and the reference
 * of the addendum or letter) or rejected by a registry administrator. Approval changes the
 * agreement's daily quota from the start date through {@link Agreements#changeDailyQuota}, in the
 * same transaction.
 */
@Service
public class IncreaseRequests {

    private final IncreaseRequestRepository requests;
    private final AgreementAccess access;
    private final Agreements agreements;
    private final QuotaLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncreaseRequests(IncreaseRequestRepository requests, AgreementAccess access, Agreements agreements,
            QuotaLimits limits, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.agreements = agreements;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IncreaseRequest submit(Actor actor, AgreementId agreement, int requestedQuota, LocalDate requestedFrom,
            String reason) {
        AgencyId agency = access.requireActsFor(actor, agreement);
        LocalDate today = JakartaTime.today(clock);
        if (requestedFrom.isBefore(today)) {
            throw new GerbangException(QuotaError.EFFECTIVE_DATE_PAST, Map.of("effectiveFrom", "quota.date.past"));
        }
        if (agreements.termsOn(agreement, today).isEmpty() && agreements.termsOn(agreement, requestedFrom).isEmpty()) {
            throw new GerbangException(QuotaError.AGREEMENT_HAS_NO_TERMS);
        }
        long current = limits.agreementLimit(agreement, requestedFrom);
        if (requestedQuota <= current) {
            throw new GerbangException(QuotaError.NOT_AN_INCREASE, Map.of("requestedQuota", "quota.request.notIncrease"),
                    current);
        }
        Instant now = clock.instant();
        long id = requests.insert(agreement, agency, (int) current, requestedQuota, requestedFrom, reason.strip(),
                actor.userId(), now);
        IncreaseRequest saved = load(id);
        events.publishEvent(new AdministrativeAction(actor.userId(), "quota.increase-requested", "quota-increase-request",
                Long.toString(id), null, saved.auditState(), reason));
        return saved;
    }

    /**
     * @param approvedQuota the quota granted; the requested one when {@code null}
     * @param effectiveFrom its first day; the requested one when {@code null}; not in the past
     * @param reference     the addendum or letter that grants it
     */
    @Transactional
    public IncreaseRequest approve(Actor actor, long id, @Nullable Integer approvedQuota,
            @Nullable LocalDate effectiveFrom, String reference, @Nullable String reason) {
        requireRegistryAdmin(actor);
        IncreaseRequest request = pending(id);
        int quota = approvedQuota != null ? approvedQuota : request.requestedQuota();
        LocalDate from = effectiveFrom != null ? effectiveFrom : request.requestedFrom();
        if (from.isBefore(JakartaTime.today(clock))) {
            throw new GerbangException(QuotaError.EFFECTIVE_DATE_PAST, Map.of("effectiveFrom", "quota.date.past"));
        }
        agreements.changeDailyQuota(request.agreement(), quota, from, reference, actor.userId());
        return decide(actor, request, IncreaseRequest.Status.APPROVED, reason, quota, from, reference,
                "quota.increase-approved");
    }

    @Transactional
    public IncreaseRequest reject(Actor actor, long id, String reason) {
        requireRegistryAdmin(actor);
        return decide(actor, pending(id), IncreaseRequest.Status.REJECTED, reason, null, null, null,
                "quota.increase-rejected");
    }

    @Transactional
    public IncreaseRequest withdraw(Actor actor, long id, String reason) {
        IncreaseRequest request = pending(id);
        actor.requireActsFor(request.agency());
        return decide(actor, request, IncreaseRequest.Status.WITHDRAWN, reason, null, null, null,
                "quota.increase-withdrawn");
    }

    public IncreaseRequest find(Actor actor, long id) {
        IncreaseRequest request = load(id);
        actor.requireMaySee(request.agency());
        return request;
    }

    public List<IncreaseRequest> list(Actor actor, @Nullable AgreementId agreement, IncreaseRequest.@Nullable Status status) {
        AgencyId scope = actor.listingScope(null);
        return requests.list(scope, agreement, status);
    }

    private IncreaseRequest decide(Actor actor, IncreaseRequest request, IncreaseRequest.Status to,
            @Nullable String reason, @Nullable Integer quota, @Nullable LocalDate from, @Nullable String reference,
            String action) {
        requests.decide(request.id(), to, actor.userId(), clock.instant(), reason, quota, from, reference);
        IncreaseRequest after = load(request.id());
        events.publishEvent(new AdministrativeAction(actor.userId(), action, "quota-increase-request",
                Long.toString(request.id()), request.auditState(), after.auditState(), reason));
        return after;
    }

    private IncreaseRequest pending(long id) {
        IncreaseRequest request = requests.findForUpdate(id)
                .orElseThrow(() -> new GerbangException(QuotaError.REQUEST_NOT_FOUND));
        if (request.status() != IncreaseRequest.Status.SUBMITTED) {
            throw new GerbangException(QuotaError.REQUEST_NOT_PENDING, request.status().name());
        }
        return request;
    }

    private IncreaseRequest load(long id) {
        return requests.find(id).orElseThrow(() -> new GerbangException(QuotaError.REQUEST_NOT_FOUND));
    }

    private static void requireRegistryAdmin(Actor actor) {
        if (!actor.isRegistryAdmin()) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
    }
}
