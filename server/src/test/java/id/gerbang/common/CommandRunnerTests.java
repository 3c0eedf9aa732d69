package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.env.MockEnvironment;

/** The one command runner: finds the command by name, hands it its own arguments, reports the exit code. */
class CommandRunnerTests {

    static final class Recording implements Command {
        final List<List<String>> calls = new ArrayList<>();
        final String name;
        final RuntimeException failure;

        Recording(String name, RuntimeException failure) {
            this.name = name;
            this.failure = failure;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int run(List<String> arguments, CommandConsole console) {
            calls.add(arguments);
            if (failure != null) {
                throw failure;
            }
            return 1;
        }
    }

    final Messages messages = messages();

    /** Each message reads as its key, with its arguments after it. */
    static Messages messages() {
        StaticMessageSource source = new StaticMessageSource();
        for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
            for (String key : List.of("command.error.unknown", "command.error.extra", "command.error.failed")) {
                source.addMessage(key, locale, key + " [{0}]");
            }
            source.addMessage("command.error", locale, "{0}");
        }
        return new Messages(source);
    }

    @Test
    void runsTheNamedCommandWithItsOwnArgumentsOnly() {
        Recording verify = new Recording("verify", null);
        Commands commands = new Commands(List.of(verify), messages);
        // The launcher once appended --server.port=-1, which verify then refused; Spring's own
        // options (a dot in the name) configure the application and never reach the command.
        assertThat(commands.run("verify", "--log=admin", "--spring.datasource.url=jdbc:h2:mem:x", "--from=2026-01-01"))
                .isEqualTo(1);
        assertThat(verify.calls).containsExactly(List.of("--log=admin", "--from=2026-01-01"));
    }

    @Test
    void withoutACommandNothingRunsAndNothingIsPrinted() {
        Recording verify = new Recording("verify", null);
        Commands commands = new Commands(List.of(verify), messages);
        assertThat(commands.run("--server.port=8081")).isZero();
        assertThat(verify.calls).isEmpty();
        assertThat(commands.out()).isEmpty();
        assertThat(commands.err()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithTheHelpOfEveryCommand() {
        Commands commands = new Commands(List.of(new Recording("verify", null), new Recording("generate", null)), messages);
        assertThat(commands.run("verfy")).isEqualTo(Command.USAGE);
        assertThat(commands.err()).contains("command.error.unknown [verfy]", "command.usage.generate", "command.usage.verify");
    }

    @Test
    void helpListsEveryCommandInBothLanguages() {
        Commands commands = new Commands(List.of(new Recording("verify", null), new Recording("generate", null)), messages);
        assertThat(commands.run("help")).isZero();
        assertThat(commands.out().split("command.usage.generate", -1)).hasSize(3);
        assertThat(commands.out()).contains("command.usage.header", "command.usage.exit");
    }

    @Test
    void aUsageErrorExits2AndAFailureExits1WithItsCauseMasked() {
        Commands usage = new Commands(List.of(new Recording("generate", new CommandUsageException("command.error.extra", "x"))), messages);
        assertThat(usage.run("generate", "x")).isEqualTo(Command.USAGE);
        assertThat(usage.err()).contains("command.error.extra [x]", "command.usage.generate");

        Commands failing = new Commands(List.of(new Recording("import",
                new IllegalStateException("Key (nik)=(3204101708849001) already exists"))), messages);
        assertThat(failing.run("import")).isEqualTo(Command.FAILED);
        assertThat(failing.err()).contains("320410**********").doesNotContain("3204101708849001");
    }

    @Test
    void theServerConditionHoldsUnlessACommandIsNamed() {
        ServerCondition condition = new ServerCondition();
        org.springframework.context.annotation.ConditionContext context = mock(org.springframework.context.annotation.ConditionContext.class);
        MockEnvironment environment = new MockEnvironment();
        when(context.getEnvironment()).thenReturn(environment);
        assertThat(condition.matches(context, null)).isTrue();
        environment.setProperty(CommandLine.PROPERTY, "generate");
        assertThat(condition.matches(context, null)).isFalse();
        assertThat(CommandLine.commandName(new String[] {"--spring.profiles.active=x", "verify", "--log=admin"})).hasValue("verify");
        assertThat(CommandLine.commandName(new String[] {"--server.port=8081"})).isEmpty();
    }
}
