package id.gerbang.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.account.AccountError;
import id.gerbang.account.UserId;
import id.gerbang.common.GerbangException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    static final AccountProperties DEFAULTS = new AccountProperties(1,
            new AccountProperties.Lockout(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new AccountProperties.Password(12, 3, 16),
            new AccountProperties.Ip(16, 48, Duration.ofSeconds(30)),
            new AccountProperties.InitialAdmin(true, "admin", java.nio.file.Path.of("initial-admin-password.txt")),
            new AccountProperties.SecondFactor(java.nio.file.Path.of("target/test-account/second-factor-keys"), true, "Gerbang"));

    final PasswordPolicy policy = new PasswordPolicy(DEFAULTS);
    final UserId user = UserId.of("op.sumedang");

    @Test
    void acceptsAGoodPassword() {
        assertThat(policy.violations(user, "Kebun-Teh-Lembang7")).isEmpty();
        assertThat(policy.violations(user, "kebun teh lembang 2024!")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.violations(user, "Ab1!Ab1!Ab1")).containsExactly(PasswordPolicy.Violation.TOO_SHORT);
        assertThat(policy.violations(user, "Ab1!Ab1!Ab1!")).isEmpty();
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(policy.violations(user, "Aa1!".repeat(33))).contains(PasswordPolicy.Violation.TOO_LONG);
    }

    @Test
    void needsThreeCharacterClasses() {
        assertThat(policy.violations(user, "kebuntehlembang")).contains(PasswordPolicy.Violation.TOO_FEW_CHARACTER_CLASSES);
        assertThat(policy.violations(user, "kebuntehlembang7")).contains(PasswordPolicy.Violation.TOO_FEW_CHARACTER_CLASSES);
        assertThat(policy.violations(user, "kebuntehlembang7!")).isEmpty();
        assertThat(policy.violations(user, "KEBUNTEHLEMBANG7!")).isEmpty();
    }

    @Test
    void refusesPasswordsContainingTheUserIdInAnyCase() {
        assertThat(policy.violations(user, "X-OP.Sumedang-2024"))
                .containsExactly(PasswordPolicy.Violation.CONTAINS_USER_ID);
    }

    @Test
    void refusesCommonPasswordsAlsoWithDigitsAndSymbolsAround() {
        assertThat(policy.violations(user, "Indonesia2024!")).containsExactly(PasswordPolicy.Violation.COMMON_PASSWORD);
        assertThat(policy.violations(user, "!!Bismillah123")).containsExactly(PasswordPolicy.Violation.COMMON_PASSWORD);
        assertThat(policy.violations(user, "P@ssw0rd12345")).containsExactly(PasswordPolicy.Violation.COMMON_PASSWORD);
        assertThat(policy.violations(user, "Qwertyuiop12")).containsExactly(PasswordPolicy.Violation.COMMON_PASSWORD);
    }

    @Test
    void refusesSurroundingSpaces() {
        assertThat(policy.violations(user, " Kebun-Teh-Lembang7")).containsExactly(PasswordPolicy.Violation.SURROUNDING_SPACE);
    }

    @Test
    void checkNamesTheFirstRuleBrokenUnderTheField() {
        assertThatThrownBy(() -> policy.check(user, "short", "newPassword"))
                .isInstanceOfSatisfying(GerbangException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(AccountError.PASSWORD_POLICY_VIOLATED);
                    assertThat(e.fields()).containsEntry("newPassword", "account.password.TOO_SHORT");
                    assertThat(e.args()).containsExactly(12, 3);
                });
    }

    @Test
    void generatedOneTimePasswordsPassThePolicy() {
        Secrets secrets = new Secrets(DEFAULTS);
        for (int i = 0; i < 500; i++) {
            String otp = secrets.oneTimePassword();
            assertThat(otp).hasSize(16);
            assertThat(PasswordPolicy.characterClasses(otp)).isEqualTo(4);
            assertThat(policy.violations(user, otp)).as(otp).isEmpty();
        }
    }

    @Test
    void tokensAreComparedByHash() {
        Secrets secrets = new Secrets(DEFAULTS);
        String token = secrets.token();
        String hash = Secrets.tokenHash(token);
        assertThat(hash).hasSize(64).doesNotContain(token);
        assertThat(Secrets.tokenMatches(token, hash)).isTrue();
        assertThat(Secrets.tokenMatches(token + "x", hash)).isFalse();
        assertThat(Secrets.tokenMatches(token, "not-hex")).isFalse();
        assertThat(secrets.token()).isNotEqualTo(token);
    }

    @Test
    void employeeNumbers() {
        assertThat(EmployeeNumber.isValid("198501012010011001")).isTrue();
        assertThat(EmployeeNumber.isValid("198501012010012001")).isTrue();
        assertThat(EmployeeNumber.isValid("198501012010013001")).as("sex digit").isFalse();
        assertThat(EmployeeNumber.isValid("198513012010011001")).as("birth month").isFalse();
        assertThat(EmployeeNumber.isValid("198501012010131001")).as("appointment month").isFalse();
        assertThat(EmployeeNumber.isValid("198501011980011001")).as("appointed before birth").isFalse();
        assertThat(EmployeeNumber.isValid("198501012010011000")).as("serial").isFalse();
        assertThat(EmployeeNumber.isValid("19850101201001100")).as("length").isFalse();
        assertThat(EmployeeNumber.isValid("19850101201001100x")).as("digits").isFalse();
    }
}
