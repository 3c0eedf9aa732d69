package id.gerbang.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.account.AuthenticationOutcome;
import id.gerbang.account.AuthenticationResult;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.Roles;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code reconfirm}: an accepted password confirmed again without hashing, as long as the stored
 * password is unchanged, with the same answers as {@code authenticate} for lock, deactivation and a
 * required change; nothing at all once the password was changed or reset.
 */
@IntegrationTest
class ReconfirmTests {

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

    final AtomicInteger hashChecks = new AtomicInteger();
    Authenticator authenticator;
    AccountFixtures fixtures;
    Actor admin;
    InetAddress source;

    @BeforeEach
    void setUp() throws Exception {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashChecks.incrementAndGet();
                return encoder.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return encoder.upgradeEncoding(encoded);
            }
        };
        authenticator = new Authenticator(users, new LoginAttempts(jdbc, clock, properties, tx, publisher, users), counting, clock, allowList);
        fixtures = new AccountFixtures(agencies, agreements, administration, clock);
        admin = new Actor(fixtures.registryAdmin().user(), Roles.REGISTRY_ADMIN, null);
        source = LockoutTests.randomSource();
    }

    @Test
    void anUnchangedPasswordIsConfirmedWithoutHashing() {
        AccountFixtures.Login login = fixtures.registryAdmin();
        AuthenticationResult first = authenticator.authenticate(login.user(), login.password(), source);
        assertThat(first.outcome()).isEqualTo(AuthenticationOutcome.OK);
        assertThat(first.credentialStamp()).isNotBlank().doesNotContain(login.password());
        int checks = hashChecks.get();

        Optional<AuthenticationResult> again = authenticator.reconfirm(login.userId(), first.credentialStamp(), source);
        assertThat(again).get().extracting(AuthenticationResult::outcome).isEqualTo(AuthenticationOutcome.OK);
        assertThat(again.get().account().userId()).isEqualTo(login.userId());
        assertThat(hashChecks).as("no password hashed").hasValue(checks);
        assertThat(authenticator.reconfirm(login.userId(), "0".repeat(64), source)).as("another stamp").isEmpty();
    }

    @Test
    void aResetPasswordIsNotConfirmed() {
        AccountFixtures.Login login = fixtures.registryAdmin();
        String stamp = authenticator.authenticate(login.user(), login.password(), source).credentialStamp();
        administration.resetPassword(admin, login.userId(), "lupa kata sandi");
        assertThat(authenticator.reconfirm(login.userId(), stamp, source)).isEmpty();
    }

    @Test
    void deactivationAndLockAreAnsweredAsAuthenticateAnswersThem() {
        AccountFixtures.Login login = fixtures.registryAdmin();
        String stamp = authenticator.authenticate(login.user(), login.password(), source).credentialStamp();
        administration.deactivate(admin, login.userId(), "pindah tugas");
        assertThat(authenticator.reconfirm(login.userId(), stamp, source)).get()
                .extracting(AuthenticationResult::outcome).isEqualTo(AuthenticationOutcome.INACTIVE);
        administration.reactivate(admin, login.userId(), "kembali");
        for (int i = 0; i < 5; i++) {
            authenticator.authenticate(login.user(), "salah-" + i, source);
        }
        assertThat(authenticator.reconfirm(login.userId(), stamp, source)).get()
                .extracting(AuthenticationResult::outcome).isEqualTo(AuthenticationOutcome.LOCKED);
    }
}
