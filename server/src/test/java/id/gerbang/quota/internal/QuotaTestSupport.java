package id.gerbang.quota.internal;

import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.JakartaTime;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What the quota tests share: fixtures for agencies, agreements and accounts, and today's Jakarta date. */
abstract class QuotaTestSupport {

    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired Clock clock;

    AccountFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUpFixtures() {
        fixtures = AccountFixtures.of(context);
        today = JakartaTime.today(clock);
    }

    AgreementId agreementWithQuota(int quota) {
        return fixtures.agreement(fixtures.agency(), quota).id();
    }
}
