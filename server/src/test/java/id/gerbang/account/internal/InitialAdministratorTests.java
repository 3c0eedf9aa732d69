package id.gerbang.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.gerbang.account.UserId;
import id.gerbang.common.Roles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The initial administrator's one-time password goes to a file only its owner can read, never to
 * standard output or the log, which only say where it is (issue 13 point 5).
 */
@ExtendWith(OutputCaptureExtension.class)
class InitialAdministratorTests {

    static final String PASSWORD = "Sekali-Pakai-Rahasia-8137";

    @Test
    void theOneTimePasswordGoesToAnOwnerOnlyFileNotToTheOutput(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path file = dir.resolve("data/initial-admin-password.txt");
        AccountProperties defaults = PasswordPolicyTests.DEFAULTS;
        AccountProperties properties = new AccountProperties(1, defaults.lockout(), defaults.password(), defaults.ip(),
                new AccountProperties.InitialAdmin(true, "admin", file), defaults.secondFactor());
        ArrangementMarker marker = mock(ArrangementMarker.class);
        when(marker.isDone(anyString())).thenReturn(false);
        when(marker.claim(anyString())).thenReturn(true);
        UserRepository users = mock(UserRepository.class);
        when(users.countActive(eq(Roles.REGISTRY_ADMIN), any())).thenReturn(0);
        UserAdministration administration = mock(UserAdministration.class);
        when(administration.issue(eq("system"), any(), any()))
                .thenReturn(new IssuedCredentials(UserId.of("admin"), PASSWORD, null));
        TransactionTemplate tx = new TransactionTemplate(mock(PlatformTransactionManager.class));

        new InitialAdministrator(properties, marker, users, administration, new CredentialsNotice(), tx).run(null);

        assertThat(output.getAll()).as("nothing printed or logged holds the password").doesNotContain(PASSWORD)
                .contains(file.toString());
        assertThat(Files.readString(file)).contains(PASSWORD).contains("admin");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void anExistingFileIsReplacedByAnOwnerOnlyOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("initial-admin-password.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        InitialAdministrator.writeOwnerOnly(file, "new");
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
