package id.gerbang.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.MutableClock;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.AuthenticationOutcome;
import id.gerbang.account.AuthenticationResult;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.Roles;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lockout per user and per source address, with a clock the test moves: the lock ends by itself
 * after the configured time; an administrator can lift it earlier.
 */
@IntegrationTest
@RecordApplicationEvents
class LockoutTests {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired AccountProperties properties;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired UserAdministration administration;
    @Autowired Clock clock;
    @Autowired IpAllowList allowList;
    @Autowired ApplicationEvents events;

    MutableClock time;
    Authenticator authenticator;
    LoginAttempts attempts;
    AccountFixtures fixtures;

    @BeforeEach
    void setUp() {
        // Start in the real present, so the rows the fixtures write sit in the same time line.
        time = new MutableClock(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        attempts = new LoginAttempts(jdbc, time, properties, tx, publisher, users);
        authenticator = new Authenticator(users, attempts, encoder, time, allowList);
        fixtures = new AccountFixtures(agencies, agreements, administration, clock);
    }

    static InetAddress randomSource() throws Exception {
        byte[] b = {(byte) 198, 18, (byte) ThreadLocalRandom.current().nextInt(256), (byte) ThreadLocalRandom.current().nextInt(1, 255)};
        return InetAddress.getByAddress(b);
    }

    @Test
    void fiveFailuresLockTheUserEvenAgainstTheRightPassword() throws Exception {
        AccountFixtures.Login user = fixtures.registryAdmin();
        InetAddress source = randomSource();
        for (int i = 1; i <= 4; i++) {
            assertThat(authenticator.authenticate(user.user(), "wrong-" + i, source).outcome())
                    .isEqualTo(AuthenticationOutcome.BAD_PASSWORD);
        }
        assertThat(authenticator.authenticate(user.user(), user.password(), source).outcome())
                .as("a success before the fifth failure resets the count").isEqualTo(AuthenticationOutcome.OK);
        for (int i = 1; i <= 5; i++) {
            authenticator.authenticate(user.user(), "wrong-" + i, source);
        }
        AuthenticationResult locked = authenticator.authenticate(user.user(), user.password(), source);
        assertThat(locked.outcome()).isEqualTo(AuthenticationOutcome.LOCKED);
        assertThat(locked.lockedUntil()).isEqualTo(time.instant().plus(Duration.ofMinutes(15)));
        assertThat(users.find(user.userId()).orElseThrow().view(time.instant()).lockedUntil()).isNotNull();
        assertThat(events.stream(AdministrativeAction.class)
                .filter(a -> a.action().equals("account.locked") && a.subjectId().equals(user.user()))).hasSize(1);
    }

    @Test
    void theLockEndsByItselfAfterTheConfiguredTime() throws Exception {
        AccountFixtures.Login user = fixtures.registryAdmin();
        InetAddress source = randomSource();
        for (int i = 0; i < 5; i++) {
            authenticator.authenticate(user.user(), "wrong", source);
        }
        time.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(authenticator.authenticate(user.user(), user.password(), source).outcome())
                .isEqualTo(AuthenticationOutcome.LOCKED);
        time.advance(Duration.ofSeconds(1));
        assertThat(authenticator.authenticate(user.user(), user.password(), source).outcome())
                .isEqualTo(AuthenticationOutcome.OK);
        assertThat(authenticator.authenticate(user.user(), "wrong", source).outcome())
                .as("after the lock the count starts afresh").isEqualTo(AuthenticationOutcome.BAD_PASSWORD);
        assertThat(authenticator.authenticate(user.user(), user.password(), source).outcome())
                .isEqualTo(AuthenticationOutcome.OK);
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() throws Exception {
        AccountFixtures.Login user = fixtures.registryAdmin();
        InetAddress source = randomSource();
        for (int i = 0; i < 4; i++) {
            authenticator.authenticate(user.user(), "wrong", source);
        }
        time.advance(Duration.ofMinutes(16));
        authenticator.authenticate(user.user(), "wrong", source);
        assertThat(authenticator.authenticate(user.user(), user.password(), source).outcome())
                .isEqualTo(AuthenticationOutcome.OK);
    }

    @Test
    void anAdministratorLiftsTheLock() throws Exception {
        AccountFixtures.Login user = fixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        InetAddress source = randomSource();
        for (int i = 0; i < 5; i++) {
            authenticator.authenticate(user.user(), "wrong", source);
        }
        assertThat(authenticator.authenticate(user.user(), user.password(), source).outcome())
                .isEqualTo(AuthenticationOutcome.LOCKED);
        AccountFixtures.Login admin = fixtures.registryAdmin();
        administration.unlock(new id.gerbang.account.Actor(admin.user(), Roles.REGISTRY_ADMIN, null), user.userId(),
                "called the help desk");
        assertThat(authenticator.authenticate(user.user(), user.password(), source).outcome())
                .isEqualTo(AuthenticationOutcome.OK);
        assertThat(users.events(user.userId())).extracting(UserRepository.UserEvent::action)
                .contains("locked", "unlocked");
    }

    @Test
    void aSourceFailingAcrossManyUsersIsBlockedForEveryone() throws Exception {
        InetAddress attacker = randomSource();
        InetAddress office = randomSource();
        AccountFixtures.Login victim = fixtures.registryAdmin();
        int max = properties.lockout().maxFailuresPerSource();
        for (int i = 0; i < max - 1; i++) {
            String name = i % 2 == 0 ? "nobody." + i : victim.user();
            if (name.equals(victim.user()) && i >= 2 * (properties.lockout().maxFailures() - 1)) {
                name = "nobody." + i;
            }
            authenticator.authenticate(name, "guess-" + i, attacker);
        }
        assertThat(authenticator.authenticate(victim.user(), victim.password(), attacker).outcome())
                .as("one failure short of the limit").isEqualTo(AuthenticationOutcome.OK);
        authenticator.authenticate("nobody.last", "guess", attacker);
        AuthenticationResult blocked = authenticator.authenticate(victim.user(), victim.password(), attacker);
        assertThat(blocked.outcome()).isEqualTo(AuthenticationOutcome.LOCKED);
        assertThat(blocked.lockedUntil()).isEqualTo(time.instant().plus(Duration.ofMinutes(15)));
        assertThat(authenticator.authenticate(victim.user(), victim.password(), office).outcome())
                .as("the user is not locked, only the source").isEqualTo(AuthenticationOutcome.OK);
        assertThat(attempts.blockedSources()).extracting(LoginAttempts.BlockedSource::address)
                .contains(attacker.getHostAddress());
        assertThat(attempts.unblockSource(attacker.getHostAddress())).isTrue();
        assertThat(authenticator.authenticate(victim.user(), victim.password(), attacker).outcome())
                .isEqualTo(AuthenticationOutcome.OK);
    }

    @Test
    void theSourceBlockEndsByItself() throws Exception {
        InetAddress attacker = randomSource();
        AccountFixtures.Login victim = fixtures.registryAdmin();
        for (int i = 0; i < properties.lockout().maxFailuresPerSource(); i++) {
            authenticator.authenticate("nobody." + i, "guess", attacker);
        }
        assertThat(authenticator.authenticate(victim.user(), victim.password(), attacker).outcome())
                .isEqualTo(AuthenticationOutcome.LOCKED);
        time.advance(Duration.ofMinutes(15));
        assertThat(authenticator.authenticate(victim.user(), victim.password(), attacker).outcome())
                .isEqualTo(AuthenticationOutcome.OK);
    }

    @Test
    void outcomesForUnknownInactiveAndFirstLogin() throws Exception {
        InetAddress source = randomSource();
        assertThat(authenticator.authenticate("nobody.at.all", "x", source).outcome())
                .isEqualTo(AuthenticationOutcome.UNKNOWN_USER);
        assertThat(authenticator.authenticate("NOT A USER ID", "x", source).outcome())
                .isEqualTo(AuthenticationOutcome.UNKNOWN_USER);
        IssuedCredentials fresh = fixtures.issue(Roles.REGISTRY_AUDITOR, null, null);
        AuthenticationResult first = authenticator.authenticate(fresh.userId().value().toUpperCase(),
                fresh.oneTimePassword(), source);
        assertThat(first.outcome()).isEqualTo(AuthenticationOutcome.PASSWORD_CHANGE_REQUIRED);
        assertThat(first.account()).isNotNull();
        AccountFixtures.Login admin = fixtures.registryAdmin();
        administration.deactivate(new id.gerbang.account.Actor(admin.user(), Roles.REGISTRY_ADMIN, null),
                fresh.userId(), "left the office");
        assertThat(authenticator.authenticate(fresh.userId().value(), fresh.oneTimePassword(), source).outcome())
                .isEqualTo(AuthenticationOutcome.INACTIVE);
        assertThat(authenticator.authenticate(fresh.userId().value(), "wrong", source).outcome())
                .as("a wrong password never reveals the status").isEqualTo(AuthenticationOutcome.BAD_PASSWORD);
    }

    @Test
    void bcryptHashesAreAcceptedAndUpgradedToArgon2() throws Exception {
        AccountFixtures.Login user = fixtures.registryAdmin();
        String bcrypt = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(user.password());
        users.updatePassword(user.userId(), bcrypt, false, Instant.now());
        assertThat(authenticator.authenticate(user.user(), user.password(), randomSource()).outcome())
                .isEqualTo(AuthenticationOutcome.OK);
        assertThat(users.find(user.userId()).orElseThrow().passwordHash()).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(authenticator.authenticate(user.user(), user.password(), randomSource()).outcome())
                .isEqualTo(AuthenticationOutcome.OK);
    }
}
