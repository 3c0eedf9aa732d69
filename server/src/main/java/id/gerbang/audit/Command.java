package id.gerbang.audit;

import java.util.List;

/**
 * A command-line mode of the server jar: {@code java -jar gerbang-server.jar <name> [arguments]}. The
 * application's launcher finds the bean whose {@link #name()} is the first argument, runs it instead
 * of serving, and exits with the code it returns. See {@code docs/audit.md} ("Command line").
 */
public interface Command {

    /** The first command-line argument that selects this command, e.g. {@code verify}. */
    String name();

    /** Whether these arguments need the database (else the command can run without it). */
    boolean needsDatabase(List<String> arguments);

    /** Runs the command with the arguments after its name; returns the process exit code. */
    int run(List<String> arguments);
}
