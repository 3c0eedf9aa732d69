package id.gerbang.common;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the application's commands in a test as {@code java -jar gerbang-server.jar ...} would, through
 * the one {@link CommandRunner}, with the output captured. (The packaged jar itself is run by
 * {@code PackagedJarIT}.)
 */
public final class Commands {

    private final CommandRunner runner;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    public Commands(List<Command> commands, Messages messages) {
        this.runner = new CommandRunner(commands, messages);
    }

    /** Runs the command line and returns the exit code; {@link #out()} and {@link #err()} keep what it printed. */
    public int run(String... args) {
        return runner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    public void reset() {
        out.reset();
        err.reset();
    }

    /** The masked chain of causes a failed command prints. */
    public static String causes(Throwable e) {
        return CommandRunner.causes(e);
    }
}
