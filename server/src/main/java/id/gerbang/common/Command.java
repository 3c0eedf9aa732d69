package id.gerbang.common;

import java.util.List;

/**
 * A command-line mode of the server jar, provided by any module as a bean:
 * {@code java -jar gerbang-server.jar <name> [options]}. The launcher ({@link CommandLine}) sees
 * that the first plain argument names a command and starts the application listening on no port;
 * the one runner in this module then runs the bean whose {@link #name()} it is and exits with the
 * code it returns. Beans that only make sense in a running server (demo data, the initial
 * administrator) carry {@link ConditionalOnServer}. See docs/architecture.md ("Command-line commands").
 */
public interface Command {

    /** Exit code: success. */
    int OK = 0;
    /** Exit code: the command failed (its reason on standard error). */
    int FAILED = 1;
    /** Exit code: wrong arguments or a refused input (the usage follows the reason). */
    int USAGE = 2;

    /** The first command-line argument that selects this command, e.g. {@code verify}. */
    String name();

    /**
     * The message key of this command's part of {@code help} (in the bundles of the module that
     * owns the command, in both languages): {@code command.usage.<name>} unless overridden.
     */
    default String usageKey() {
        return "command.usage." + name();
    }

    /**
     * Runs the command and returns the process's exit code. {@code arguments} are those after the
     * command's name, without Spring's own options (those with a dot in their name, such as
     * {@code --spring.datasource.url=...}, which configure the application instead). A
     * {@link CommandUsageException} is reported with the usage and exit code {@link #USAGE}; any
     * other exception with exit code {@link #FAILED}.
     */
    int run(List<String> arguments, CommandConsole console) throws Exception;
}
