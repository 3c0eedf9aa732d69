package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.common.CommandConsole;
import id.gerbang.common.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code verify} against the database prints its report and answers with an exit code. */
@IntegrationTest
class VerifyCommandTests {

    @Autowired
    VerifyCommand verify;

    @Autowired
    Messages messages;

    @Test
    void refusesWrongArgumentsWithExitCode2() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(VerifyCommandAccess.offline(List.of("--from=yesterday"), print)).isEqualTo(2);
        assertThat(VerifyCommandAccess.offline(List.of("--archive=/nonexistent"), print)).isEqualTo(2);
        assertThat(VerifyCommandAccess.offline(List.of("--archive=/nonexistent", "--public-key=/nonexistent.pem"), print))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: verify");
    }

    @Test
    void verifiesTheAdministrativeLogOfTheDatabase() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = verify.run(List.of("--log=admin"), new CommandConsole(messages, print, print));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("admin log (database)");
        assertThat(exit).isEqualTo(printed.contains("OK:") ? 0 : 1);
    }
}
