package id.gerbang.audit;

import id.gerbang.common.Command;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs this module's command-line {@link Command}s ({@code verify}) when the first plain argument
 * names one, and reports its exit code to {@code SpringApplication.exit}. The application's launcher
 * decides that a plain argument means "run a command, serve nothing" (see docs/audit.md).
 */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<Command> commands;
    private int exitCode;

    CommandRunner(List<Command> commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> plain = arguments.getNonOptionArgs();
        if (plain.isEmpty()) {
            return;
        }
        for (Command command : commands) {
            if (command.name().equals(plain.getFirst())) {
                exitCode = command.run(after(arguments.getSourceArgs(), command.name()));
            }
        }
    }

    /** The arguments after the command's name. */
    static List<String> after(String[] source, String name) {
        List<String> all = new ArrayList<>(Arrays.asList(source));
        int at = all.indexOf(name);
        return at < 0 ? List.of() : List.copyOf(all.subList(at + 1, all.size()));
    }

    /** Whether one of these commands is named by the first plain argument. */
    boolean handles(String name) {
        return commands.stream().anyMatch(c -> c.name().equals(name));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
