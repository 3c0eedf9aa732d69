package id.gerbang.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.Roles;
import id.gerbang.quota.QuotaOutcome;
import id.gerbang.quota.Quotas;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The user limits are cached per agreement and day like the agreement's, and dropped on a change. */
@IntegrationTest
class QuotaLimitsTests extends QuotaTestSupport {

    @Autowired Quotas quotas;
    @Autowired UserQuotas userQuotas;
    @Autowired UserQuotaRepository repository;
    @Autowired QuotaProperties properties;

    Actor admin;

    @BeforeEach
    void setUp() {
        admin = new Actor(fixtures.registryAdmin().user(), Roles.REGISTRY_ADMIN, null);
    }

    QuotaLimits limitsWithTtl(Duration ttl) {
        return new QuotaLimits(agreements, repository, new QuotaProperties(properties.maxBatch(),
                properties.maxPeriodDays(), ttl, properties.leaseMax(),
                properties.studyMaxBytes()));
    }

    @Test
    void aNewUserLimitTakesEffectAtOnceOnThisInstance() {
        AgencyId agency = fixtures.agency();
        AgreementId agreement = fixtures.agreement(agency, 1000).id();
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        // The first call caches "no user limits" for the agreement today.
        assertThat(quotas.tryConsume(agreement, user.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);

        userQuotas.set(admin, agreement, user.userId(), 1, today, "uji coba");
        assertThat(quotas.tryConsume(agreement, user.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(quotas.tryConsume(agreement, user.userId(), today).outcome())
                .as("the limit set a moment ago applies on this instance without waiting for the cache")
                .isEqualTo(QuotaOutcome.EXHAUSTED_USER);
    }

    @Test
    void theLatestSettingEffectiveThatDayWinsPerUser() {
        AgencyId agency = fixtures.agency();
        AgreementId agreement = fixtures.agreement(agency, 1000).id();
        UserId raised = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement).userId();
        UserId lifted = fixtures.user(Roles.AGENCY_OPERATOR, agency, agreement).userId();
        UserId later = fixtures.user(Roles.AGENCY_OPERATOR, agency, agreement).userId();
        UserId none = fixtures.user(Roles.AGENCY_OPERATOR, agency, agreement).userId();
        Instant now = clock.instant();
        repository.add(agreement.value(), raised, 5, today, "admin", now, "a");
        repository.add(agreement.value(), raised, 7, today, "admin", now, "b");
        repository.add(agreement.value(), lifted, 5, today, "admin", now, "a");
        repository.add(agreement.value(), lifted, null, today, "admin", now, "b");
        repository.add(agreement.value(), later, 3, today.plusDays(1), "admin", now, "a");
        QuotaLimits limits = limitsWithTtl(Duration.ofHours(1));
        List<UserId> users = List.of(raised, lifted, later, none);

        assertThat(limits.userLimits(agreement, users, today)).containsOnly(java.util.Map.entry(raised, 7L));
        assertThat(limits.userLimits(agreement, users, today.plusDays(1)))
                .containsOnly(java.util.Map.entry(raised, 7L), java.util.Map.entry(later, 3L));
        assertThat(limits.userLimits(agreement, List.of(none), today)).isEmpty();
    }

    @Test
    void userLimitsAreCachedAndATimeToLiveOfZeroDisablesTheCache() {
        AgencyId agency = fixtures.agency();
        AgreementId agreement = fixtures.agreement(agency, 1000).id();
        UserId user = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement).userId();
        QuotaLimits cached = limitsWithTtl(Duration.ofHours(1));
        QuotaLimits uncached = limitsWithTtl(Duration.ZERO);
        assertThat(cached.userLimits(agreement, List.of(user), today)).isEmpty();
        assertThat(uncached.userLimits(agreement, List.of(user), today)).isEmpty();

        // Written behind the caches' backs (as another instance would): no event.
        repository.add(agreement.value(), user, 4, today, "admin", clock.instant(), "x");
        assertThat(cached.userLimits(agreement, List.of(user), today)).as("cached").isEmpty();
        assertThat(uncached.userLimits(agreement, List.of(user), today)).containsEntry(user, 4L);

        cached.on(new UserLimitSet(agreement.value()));
        assertThat(cached.userLimits(agreement, List.of(user), today)).containsEntry(user, 4L);
    }
}
