package id.gerbang.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one decision "a command, not the server": the first plain argument (one not starting with
 * {@code -}) names a {@link Command}. The launcher calls {@link #prepare} before starting the
 * application, which then listens on no port and carries the command's name in the property
 * {@value #PROPERTY}; {@link ConditionalOnServer} and the runner read that property.
 */
public final class CommandLine {

    /** The property naming the command this process runs; absent when it serves. */
    public static final String PROPERTY = "gerbang.command";

    private CommandLine() {
    }

    /** The command these arguments name, if any. */
    public static Optional<String> commandName(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst();
    }

    /**
     * Prepares this process to run the named command: no port (the servlet context stays, because
     * the web-security configuration needs it) and the command's name for the conditions. System
     * properties, so that they win over the configuration files' {@code server.port}, and the
     * command's own arguments stay exactly as the user typed them.
     */
    public static void prepare(String command) {
        System.setProperty("server.port", "-1");
        System.setProperty(PROPERTY, command);
    }
}
