package id.gerbang.audit;

import java.io.PrintStream;
import java.util.List;

/** Lets tests in other packages run the offline verify command with a captured output. */
public final class VerifyCommandAccess {

    private VerifyCommandAccess() {
    }

    public static int offline(List<String> arguments, PrintStream out) {
        return VerifyCommand.runOffline(VerifyCommand.Options.parse(arguments), out);
    }
}
