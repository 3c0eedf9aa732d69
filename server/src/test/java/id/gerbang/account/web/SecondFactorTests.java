package id.gerbang.account.web;

import static id.gerbang.account.web.ApiTestSupport.as;
import static id.gerbang.account.web.ApiTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountChanged;
import id.gerbang.account.AccountError;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Accounts;
import id.gerbang.account.AuthenticationOutcome;
import id.gerbang.account.SecondFactors;
import id.gerbang.account.internal.SecondFactorKeys;
import id.gerbang.account.internal.Totp;
import id.gerbang.account.internal.UserAdministration;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The second factor's rules in the account module (the portal's pages are tried in
 * {@code SecondFactorBrowserTests}): RFC 6238 codes, the secret encrypted at rest, one use per time
 * step, recovery codes hashed and single-use, wrong codes toward the lockout, the registry
 * administrator's reset through the API with its administrative log.
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SecondFactorTests {

    @Autowired MockMvc mvc;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired UserAdministration administration;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;
    @Autowired SecondFactors secondFactors;
    @Autowired SecondFactorKeys keys;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    AccountFixtures fixtures;
    AgencyId agency;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(agencies, agreements, administration, clock);
        agency = fixtures.agency();
    }

    /** RFC 6238, appendix B (SHA-1 secret "12345678901234567890"), the last six of its eight digits. */
    @Test
    void codesAreThoseOfRfc6238() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.fromBase32("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theSecretIsEncryptedAtRestAndTheEnrolmentConfirmedWithAFirstCode() {
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        SecondFactors.Enrolment enrolment = secondFactors.enrolment(user.userId());
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Gerbang:" + user.user() + "?secret=" + enrolment.secret());
        // the page shown again shows the same secret
        assertThat(secondFactors.enrolment(user.userId()).secret()).isEqualTo(enrolment.secret());
        byte[] secret = Totp.fromBase32(enrolment.secret());
        assertThat(secret).hasSize(20);

        Map<String, Object> row = jdbc.sql("select key_id, secret from account_second_factor where user_id = ?")
                .param(user.user()).query().singleRow();
        byte[] stored = (byte[]) row.get("secret");
        assertThat(row.get("key_id")).isEqualTo(keys.currentKeyId());
        assertThat(HexFormat.of().formatHex(stored)).doesNotContain(HexFormat.of().formatHex(secret));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(enrolment.secret());
        assertThat(keys.open(keys.currentKeyId(), stored,
                ("account-second-factor:" + user.user()).getBytes(StandardCharsets.UTF_8))).isEqualTo(secret);

        assertThat(secondFactors.enrolled(user.userId())).isFalse();
        assertThatThrownBy(() -> secondFactors.confirm(user.userId(), "000000".equals(now(secret)) ? "111111" : "000000", null))
                .isInstanceOfSatisfying(GerbangException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(AccountError.SECOND_FACTOR_CODE_WRONG));
        List<String> codes = secondFactors.confirm(user.userId(), now(secret), null);
        assertThat(secondFactors.enrolled(user.userId())).isTrue();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(events.stream(AccountChanged.class)).contains(
                new AccountChanged(user.userId(), AccountChanged.Kind.SECOND_FACTOR_ENROLLED));
        // an enrolled user cannot begin again (a reset comes first)
        assertThatThrownBy(() -> secondFactors.enrolment(user.userId())).isInstanceOf(GerbangException.class);
    }

    @Test
    void aCodeIsComparedPerStepAndAcceptedOnlyOnce() {
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        byte[] secret = enrol(user);
        long step = lastStep(user);
        // the enrolment used the current step: its code and the one before are spent
        assertThat(secondFactors.verify(user.userId(), Totp.code(secret, step), null)).isEqualTo(SecondFactors.Check.WRONG);
        assertThat(secondFactors.verify(user.userId(), Totp.code(secret, step - 1), null)).isEqualTo(SecondFactors.Check.WRONG);
        String next = Totp.code(secret, step + 1);
        assertThat(secondFactors.verify(user.userId(), next, null)).isEqualTo(SecondFactors.Check.ACCEPTED);
        assertThat(secondFactors.verify(user.userId(), next, null)).as("the same code again").isEqualTo(SecondFactors.Check.WRONG);
        // two steps away is too far
        assertThat(secondFactors.verify(user.userId(), Totp.code(secret, step + 3), null)).isEqualTo(SecondFactors.Check.WRONG);
    }

    @Test
    void recoveryCodesAreStoredHashedAndWorkOnceEach() {
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        SecondFactors.Enrolment enrolment = secondFactors.enrolment(user.userId());
        List<String> codes = secondFactors.confirm(user.userId(), now(Totp.fromBase32(enrolment.secret())), null);
        List<String> hashes = jdbc.sql("select code_hash from account_recovery_code where user_id = ?").param(user.user())
                .query(String.class).list();
        assertThat(hashes).hasSize(10).allMatch(h -> h.startsWith("{argon2"));
        for (String code : codes) {
            assertThat(hashes).noneMatch(h -> h.contains(code) || h.contains(code.replace("-", "")));
        }
        String first = codes.get(3);
        assertThat(secondFactors.verify(user.userId(), " " + first.toUpperCase() + " ", null))
                .isEqualTo(SecondFactors.Check.RECOVERY_CODE_ACCEPTED);
        assertThat(secondFactors.recoveryCodesLeft(user.userId())).isEqualTo(9);
        assertThat(secondFactors.verify(user.userId(), first, null)).isEqualTo(SecondFactors.Check.WRONG);
        assertThat(secondFactors.verify(user.userId(), codes.get(4).replace("-", ""), null))
                .isEqualTo(SecondFactors.Check.RECOVERY_CODE_ACCEPTED);
    }

    /**
     * ADR 0072: the right password alone no longer forgets the failures of a user with a second
     * factor, so someone who knows the password cannot guess codes without end by signing in again
     * between guesses.
     */
    @Test
    void wrongCodesLockTheAccountEvenWithTheRightPasswordBetweenThem() throws Exception {
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_ADMIN, agency, null);
        byte[] secret = enrol(user);
        InetAddress source = InetAddress.getByName(ApiTestSupport.randomSource());
        String wrong = Totp.code(secret, Totp.step(clock.instant()) + 5);
        SecondFactors.Check last = null;
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.authenticate(user.user(), user.password(), source).outcome())
                    .as("password before guess " + (i + 1)).isEqualTo(AuthenticationOutcome.OK);
            last = secondFactors.verify(user.userId(), wrong, source);
        }
        assertThat(last).isEqualTo(SecondFactors.Check.LOCKED);
        assertThat(accounts.authenticate(user.user(), user.password(), source).outcome()).isEqualTo(AuthenticationOutcome.LOCKED);
        assertThat(events.stream(AccountChanged.class)).contains(new AccountChanged(user.userId(), AccountChanged.Kind.LOCKED));
        // a locked account's right code is refused too
        assertThat(secondFactors.verify(user.userId(), Totp.code(secret, Totp.step(clock.instant()) + 1), source))
                .isEqualTo(SecondFactors.Check.LOCKED);
    }

    @Test
    void aRightCodeForgetsEarlierFailures() throws Exception {
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_ADMIN, agency, null);
        byte[] secret = enrol(user);
        long step = lastStep(user);
        for (int i = 0; i < 4; i++) {
            secondFactors.verify(user.userId(), Totp.code(secret, step + 7), null);
        }
        assertThat(secondFactors.verify(user.userId(), Totp.code(secret, step + 1), null)).isEqualTo(SecondFactors.Check.ACCEPTED);
        assertThat(secondFactors.verify(user.userId(), Totp.code(secret, step + 7), null)).isEqualTo(SecondFactors.Check.WRONG);
        assertThat(jdbc.sql("select failed_attempts from account_user where user_id = ?").param(user.user())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRegistryAdministratorResetsTheSecondFactorThroughTheApiWithAnAdministrativeLogEntry() throws Exception {
        AccountFixtures.Login registryAdmin = fixtures.registryAdmin();
        AccountFixtures.Login agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency, null);
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        enrol(user);
        String path = "/api/v1/admin/users/" + user.user() + "/second-factor/reset";
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json("reason", "ponsel hilang"))
                        .with(as(agencyAdmin)))
                .andExpect(status().isForbidden());
        assertThat(secondFactors.enrolled(user.userId())).isTrue();
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json("reason", "ponsel hilang"))
                        .with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(user.user()));
        assertThat(secondFactors.enrolled(user.userId())).isFalse();
        assertThat(jdbc.sql("select count(*) from account_recovery_code where user_id = ?").param(user.user())
                .query(Integer.class).single()).isZero();
        AdministrativeAction reset = events.stream(AdministrativeAction.class)
                .filter(a -> a.action().equals("account.second-factor-reset") && a.subjectId().equals(user.user()))
                .findFirst().orElseThrow();
        assertThat(reset.actor()).isEqualTo(registryAdmin.user());
        assertThat(reset.reason()).isEqualTo("ponsel hilang");
        assertThat(events.stream(AccountChanged.class)).contains(
                new AccountChanged(user.userId(), AccountChanged.Kind.SECOND_FACTOR_RESET));
        assertThat(AccountChanged.Kind.SECOND_FACTOR_RESET.endsSessions()).isTrue();
        // nothing left to reset
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json("reason", "lagi"))
                        .with(as(registryAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SECOND_FACTOR_NOT_ENROLLED"));
    }

    @Test
    void requiredForAdministratorsOptionalForOthers() {
        assertThat(SecondFactors.required(Roles.REGISTRY_ADMIN)).isTrue();
        assertThat(SecondFactors.required(Roles.AGENCY_ADMIN)).isTrue();
        assertThat(SecondFactors.required(Roles.AGENCY_OPERATOR)).isFalse();
        assertThat(SecondFactors.required(Roles.REGISTRY_AUDITOR)).isFalse();
    }

    private byte[] enrol(AccountFixtures.Login user) {
        byte[] secret = Totp.fromBase32(secondFactors.enrolment(user.userId()).secret());
        secondFactors.confirm(user.userId(), now(secret), null);
        return secret;
    }

    private String now(byte[] secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    private long lastStep(AccountFixtures.Login user) {
        return jdbc.sql("select last_step from account_second_factor where user_id = ?").param(user.user())
                .query(Long.class).single();
    }
}
