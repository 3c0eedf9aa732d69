package id.gerbang.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.quota.DailyUsage;
import id.gerbang.quota.QuotaDecision;
import id.gerbang.quota.QuotaError;
import id.gerbang.quota.QuotaOutcome;
import id.gerbang.quota.Quotas;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class QuotaRulesTests extends QuotaTestSupport {

    @Autowired Quotas quotas;
    @Autowired UserQuotas userQuotas;

    Actor admin;

    @BeforeEach
    void setUp() {
        admin = new Actor(fixtures.registryAdmin().user(), Roles.REGISTRY_ADMIN, null);
    }

    @Test
    void theDayEndsAtJakartaMidnight() {
        AgreementId agreement = fixtures.agreement(fixtures.agency(), 2).id();
        Instant lastMoment = JakartaTime.startOf(today.plusDays(1)).minusMillis(1);
        Instant midnight = JakartaTime.startOf(today.plusDays(1));
        assertThat(midnight).isEqualTo(today.plusDays(1).atStartOfDay().minusHours(7).toInstant(java.time.ZoneOffset.UTC));
        LocalDate before = JakartaTime.dateOf(lastMoment);
        LocalDate after = JakartaTime.dateOf(midnight);
        assertThat(before).isEqualTo(today);
        assertThat(after).isEqualTo(today.plusDays(1));

        quotas.tryConsume(agreement, null, before);
        quotas.tryConsume(agreement, null, before);
        QuotaDecision exhausted = quotas.tryConsume(agreement, null, before);
        assertThat(exhausted.outcome()).isEqualTo(QuotaOutcome.EXHAUSTED_AGREEMENT);
        assertThat(exhausted.resetsAt()).as("Retry-After points at the next Jakarta midnight").isEqualTo(midnight);

        QuotaDecision nextDay = quotas.tryConsume(agreement, null, after);
        assertThat(nextDay.outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(nextDay.resetsAt()).isEqualTo(midnight.plusSeconds(24 * 3600));
        assertThat(quotas.usage(agreement, before).used()).isEqualTo(2);
        assertThat(quotas.usage(agreement, after).used()).isEqualTo(1);
    }

    @Test
    void aUserQuotaLimitsThatUserOnly() {
        AgencyId agency = fixtures.agency();
        AgreementId agreement = fixtures.agreement(agency, 1000).id();
        AccountFixtures.Login limited = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        AccountFixtures.Login free = fixtures.user(Roles.AGENCY_OPERATOR, agency, agreement);
        userQuotas.set(admin, agreement, limited.userId(), 3, today, "uji coba");

        for (int i = 0; i < 3; i++) {
            assertThat(quotas.tryConsume(agreement, limited.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        }
        QuotaDecision denied = quotas.tryConsume(agreement, limited.userId(), today);
        assertThat(denied.outcome()).isEqualTo(QuotaOutcome.EXHAUSTED_USER);
        assertThat(denied.limit()).isEqualTo(3);
        assertThat(quotas.tryConsume(agreement, free.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(quotas.tryConsume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(quotas.usage(agreement, today).used()).as("denied calls consume nothing").isEqualTo(5);
        assertThat(quotas.userUsage(agreement, limited.userId(), today)).isEqualTo(3);

        userQuotas.set(admin, agreement, limited.userId(), null, today, "batas dicabut");
        assertThat(quotas.tryConsume(agreement, limited.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
    }

    @Test
    void aUserQuotaIsExactUnderConcurrency() throws Exception {
        AgencyId agency = fixtures.agency();
        AgreementId agreement = fixtures.agreement(agency, 1000).id();
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        userQuotas.set(admin, agreement, user.userId(), 30, today, "uji coba");
        Map<QuotaOutcome, Integer> counts = QuotaExactnessTests.race(i -> quotas.tryConsume(agreement, user.userId(), today)
                .outcome());
        assertThat(counts).containsEntry(QuotaOutcome.GRANTED, 30)
                .containsEntry(QuotaOutcome.EXHAUSTED_USER, QuotaExactnessTests.THREADS - 30);
        assertThat(quotas.usage(agreement, today).used()).isEqualTo(30);
    }

    @Test
    void aUserQuotaTakesEffectOnItsDate() {
        AgencyId agency = fixtures.agency();
        AgreementId agreement = fixtures.agreement(agency, 1000).id();
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        userQuotas.set(admin, agreement, user.userId(), 1, today.plusDays(1), "mulai besok");
        assertThat(quotas.tryConsume(agreement, user.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(quotas.tryConsume(agreement, user.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(quotas.tryConsume(agreement, user.userId(), today.plusDays(1)).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(quotas.tryConsume(agreement, user.userId(), today.plusDays(1)).outcome())
                .isEqualTo(QuotaOutcome.EXHAUSTED_USER);
    }

    @Test
    void userQuotasOnlyForTheAgreementsOwnUsersAndNotInThePast() {
        AgencyId agency = fixtures.agency();
        AgreementId agreement = fixtures.agreement(agency, 10).id();
        AgencyId other = fixtures.agency();
        AccountFixtures.Login stranger = fixtures.user(Roles.AGENCY_OPERATOR, other, null);
        assertThatThrownBy(() -> userQuotas.set(admin, agreement, stranger.userId(), 5, today, "x"))
                .isInstanceOfSatisfying(GerbangException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(QuotaError.USER_NOT_OF_AGREEMENT));
        AccountFixtures.Login own = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        assertThatThrownBy(() -> userQuotas.set(admin, agreement, own.userId(), 5, today.minusDays(1), "x"))
                .isInstanceOfSatisfying(GerbangException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(QuotaError.EFFECTIVE_DATE_PAST));
    }

    @Test
    void usagePerDayOverAPeriod() {
        AgreementId agreement = fixtures.agreement(fixtures.agency(), 10).id();
        quotas.tryConsume(agreement, null, today);
        quotas.tryConsume(agreement, null, today.plusDays(2));
        quotas.tryConsume(agreement, null, today.plusDays(2));
        List<DailyUsage> days = quotas.usageBetween(agreement, today.minusDays(1), today.plusDays(2));
        assertThat(days).extracting(DailyUsage::day).containsExactly(today.minusDays(1), today, today.plusDays(1),
                today.plusDays(2));
        assertThat(days).extracting(DailyUsage::used).containsExactly(0L, 1L, 0L, 2L);
        // Yesterday the agreement was not yet recorded, so it granted nothing then.
        assertThat(days).extracting(DailyUsage::limit).containsExactly(0L, 10L, 10L, 10L);
        assertThatThrownBy(() -> quotas.usageBetween(agreement, today, today.minusDays(1)))
                .isInstanceOfSatisfying(GerbangException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(QuotaError.PERIOD_INVALID));
        assertThatThrownBy(() -> quotas.usageBetween(agreement, today, today.plusDays(366)))
                .isInstanceOf(GerbangException.class);
    }
}
