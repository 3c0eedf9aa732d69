package id.gerbang.audit;

import id.gerbang.common.Command;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** The command line: the runner finds the command by name; verify answers with an exit code. */
class CommandRunnerTests {

    static final class Recording implements Command {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public String name() {
            return "verify";
        }

        @Override
        public boolean needsDatabase(List<String> arguments) {
            return true;
        }

        @Override
        public int run(List<String> arguments) {
            calls.add(arguments);
            return 1;
        }
    }

    @Test
    void runsTheNamedCommandWithTheArgumentsAfterItsName() {
        Recording verify = new Recording();
        CommandRunner runner = new CommandRunner(List.of(verify));
        runner.run(new DefaultApplicationArguments("verify", "--log=admin", "--from=2026-01-01"));
        assertThat(verify.calls).containsExactly(List.of("--log=admin", "--from=2026-01-01"));
        assertThat(runner.getExitCode()).isEqualTo(1);
    }

    @Test
    void doesNothingWhenServingOrForOtherCommands() {
        Recording verify = new Recording();
        CommandRunner runner = new CommandRunner(List.of(verify));
        runner.run(new DefaultApplicationArguments("--server.port=8081"));
        runner.run(new DefaultApplicationArguments("generate", "--count=10"));
        assertThat(verify.calls).isEmpty();
        assertThat(runner.getExitCode()).isZero();
        assertThat(runner.handles("verify")).isTrue();
        assertThat(runner.handles("generate")).isFalse();
    }

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
}
