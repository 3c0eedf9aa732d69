package id.gerbang.registry.internal.command;

import id.gerbang.common.Command;
import id.gerbang.common.Messages;
import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the command named by the first plain argument ({@code java -jar gerbang-server.jar generate
 * --count=1000}) and records its exit code; {@code GerbangApplication.main} starts the
 * application without a web server when a command is given, and exits with this code. Without a
 * plain argument (the server) it does nothing.
 *
 * <p>Exit codes: 0 success, 1 failure, 2 bad arguments or a refused file, 3 an import that
 * rejected rows. Commands of other modules ({@link Command} beans, such as the audit module's
 * {@code verify}) are theirs to run; a name no module knows is a usage error.
 */
@Component
class RegistryCommand implements ApplicationRunner, ExitCodeGenerator {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Logger log = LoggerFactory.getLogger(RegistryCommand.class);

    private final Messages messages;
    private final GenerateCommand generate;
    private final ImportCommand importCommand;
    private final List<Command> otherModulesCommands;
    private int exitCode = OK;

    RegistryCommand(Messages messages, GenerateCommand generate, ImportCommand importCommand,
            List<Command> otherModulesCommands) {
        this.messages = messages;
        this.otherModulesCommands = otherModulesCommands;
        this.generate = generate;
        this.importCommand = importCommand;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exitCode = run(arguments, System.out, System.err);
    }

    int run(ApplicationArguments arguments, PrintStream out, PrintStream err) {
        List<String> plain = arguments.getNonOptionArgs();
        if (plain.isEmpty()) {
            return OK;
        }
        Console console = new Console(messages, out, err);
        String command = plain.getFirst();
        try {
            return switch (command) {
                case "generate" -> generate.run(arguments, console);
                case "import" -> importCommand.run(arguments, console);
                case "help", "--help", "-h" -> {
                    console.usage(out);
                    yield OK;
                }
                default -> {
                    if (otherModulesCommands.stream().noneMatch(c -> c.name().equals(command))) {
                        throw new UsageException("command.error.unknown", command);
                    }
                    yield OK; // another module's command; its runner reports the exit code
                }
            };
        } catch (UsageException e) {
            console.error(e.key, e.args);
            console.usage(err);
            return USAGE;
        } catch (Exception e) {
            // database messages may quote a key (a NIK): only masked text leaves this method
            String reason = causes(e);
            log.error("Command {} failed: {}", command, reason);
            console.error("command.error.failed", reason);
            return FAILED;
        }
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

    private static final java.util.regex.Pattern SIXTEEN_DIGITS = java.util.regex.Pattern.compile("(?<!\\d)(\\d{6})\\d{10}(?!\\d)");

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
