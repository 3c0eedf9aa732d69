package id.gerbang.common;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The terminal of a {@link Command}: bilingual messages from the bundles (each in Indonesian, then
 * in English), and the two streams for anything else the command prints (reports, progress).
 * Population values never go here (commands print counts, codes and masked NIKs only).
 */
public final class CommandConsole {

    /** A message argument that is itself a message key, resolved in the same language. */
    public record Key(String key) {
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;

    public CommandConsole(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Standard output, for the command's report. */
    public PrintStream out() {
        return out;
    }

    /** Standard error, for progress and errors. */
    public PrintStream err() {
        return err;
    }

    /** A message on standard output, in Indonesian and then in English. */
    public void info(String key, Object... args) {
        out.println(text(Messages.INDONESIAN, key, args));
        out.println(text(Locale.ENGLISH, key, args));
        out.flush();
    }

    /** {@code Galat: ...} / {@code Error: ...} on standard error. */
    public void error(String key, Object... args) {
        err.println(text(Messages.INDONESIAN, "command.error", text(Messages.INDONESIAN, key, args)));
        err.println(text(Locale.ENGLISH, "command.error", text(Locale.ENGLISH, key, args)));
        err.flush();
    }

    /** The help text of these commands, in Indonesian and then in English. */
    void usage(PrintStream stream, List<Command> commands) {
        for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
            stream.println(messages.get("command.usage.header", locale));
            stream.println();
            for (Command command : commands) {
                stream.println(messages.get(command.usageKey(), locale));
                stream.println();
            }
            stream.println(messages.get("command.usage.help", locale));
            stream.println();
            stream.println(messages.get("command.usage.exit", locale));
            stream.println();
        }
        stream.flush();
    }

    private String text(Locale locale, String key, Object... args) {
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Key nested) {
                resolved[i] = messages.get(nested.key(), locale);
            }
        }
        return messages.get(key, locale, resolved);
    }
}
