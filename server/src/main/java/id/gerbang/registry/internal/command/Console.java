package id.gerbang.registry.internal.command;

import id.gerbang.common.Messages;
import java.io.PrintStream;
import java.util.Locale;

/** Bilingual terminal output of the commands: each message in Indonesian, then in English. */
final class Console {

    /** An argument that is itself a message key, resolved in the same language. */
    record Key(String key) {
    }

    final PrintStream out;
    final PrintStream err;
    private final Messages messages;

    Console(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    void info(String key, Object... args) {
        out.println(text(Messages.INDONESIAN, key, args));
        out.println(text(Locale.ENGLISH, key, args));
        out.flush();
    }

    /** {@code Galat: ...} / {@code Error: ...} on standard error. */
    void error(String key, Object... args) {
        err.println(text(Messages.INDONESIAN, "command.error", text(Messages.INDONESIAN, key, args)));
        err.println(text(Locale.ENGLISH, "command.error", text(Locale.ENGLISH, key, args)));
        err.flush();
    }

    void usage(PrintStream stream) {
        stream.println(messages.get("command.usage", Messages.INDONESIAN));
        stream.println();
        stream.println(messages.get("command.usage", Locale.ENGLISH));
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
