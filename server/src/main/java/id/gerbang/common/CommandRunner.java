package id.gerbang.common;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The one runner of every module's {@link Command}s, present only when the process runs a command
 * ({@link CommandLine}): it finds the command named by the first plain argument, runs it with the
 * arguments after its name, and reports its exit code to {@code SpringApplication.exit}. It also
 * answers {@code help} (every command's usage, in both languages) and refuses a name no module
 * knows.
 *
 * <p>Exit codes: 0 success, 1 failure, 2 bad arguments or a refused input, and whatever else a
 * command documents (an import that rejected rows: 3).
 */
@Component
@ConditionalOnProperty(CommandLine.PROPERTY)
@ConsoleOutput("commands report on the terminal; errors are masked (no 16-digit number leaves this class whole)")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{6})\\d{10}(?!\\d)");

    private final List<Command> commands;
    private final Messages messages;
    private int exitCode = Command.OK;

    CommandRunner(List<Command> commands, Messages messages) {
        this.commands = commands.stream().sorted(Comparator.comparing(Command::name)).toList();
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exitCode = run(arguments.getSourceArgs(), System.out, System.err);
    }

    /** Runs the command these arguments name; returns the exit code. */
    int run(String[] args, PrintStream out, PrintStream err) {
        Optional<String> name = CommandLine.commandName(args);
        if (name.isEmpty()) {
            return Command.OK;
        }
        CommandConsole console = new CommandConsole(messages, out, err);
        if (List.of("help", "--help", "-h").contains(name.get())) {
            console.usage(out, commands);
            return Command.OK;
        }
        Optional<Command> command = commands.stream().filter(c -> c.name().equals(name.get())).findFirst();
        try {
            if (command.isEmpty()) {
                throw new CommandUsageException("command.error.unknown", name.get());
            }
            return command.get().run(argumentsAfter(args, name.get()), console);
        } catch (CommandUsageException e) {
            console.error(e.key(), e.args());
            console.usage(err, command.map(List::of).orElse(commands));
            return Command.USAGE;
        } catch (Exception e) {
            // database messages may quote a key (a NIK): only masked text leaves this method
            String reason = causes(e);
            log.error("Command {} failed: {}", name.get(), reason);
            console.error("command.error.failed", reason);
            return Command.FAILED;
        }
    }

    /**
     * The arguments after the command's name, without Spring's own options (a dot in the name:
     * {@code --spring.datasource.url=...}), which configure the application, not the command.
     */
    static List<String> argumentsAfter(String[] args, String name) {
        List<String> all = Arrays.asList(args);
        List<String> after = new ArrayList<>(all.subList(all.indexOf(name) + 1, all.size()));
        after.removeIf(CommandRunner::isSpringOption);
        return List.copyOf(after);
    }

    private static boolean isSpringOption(String arg) {
        if (!arg.startsWith("--")) {
            return false;
        }
        int eq = arg.indexOf('=');
        return (eq < 0 ? arg : arg.substring(0, eq)).contains(".");
    }

    /** The chain of causes, every 16-digit number cut to its first six digits. */
    static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2_000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return SIXTEEN_DIGITS.matcher(text).replaceAll("$1**********");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
