package id.gerbang.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The {@code --name=value} options of one {@link Command}, checked against the names it knows: an
 * unknown option, a repeated one (unless the command allows it) or a plain argument is a
 * {@link CommandUsageException} with a message in both languages.
 */
public final class CommandOptions {

    private final ApplicationArguments arguments;
    private final String command;

    /** {@code repeatable} names the options that may be given more than once. */
    public CommandOptions(List<String> arguments, String command, Set<String> known, Set<String> repeatable) {
        this.arguments = new DefaultApplicationArguments(arguments.toArray(String[]::new));
        this.command = command;
        List<String> plain = this.arguments.getNonOptionArgs();
        if (!plain.isEmpty()) {
            throw new CommandUsageException("command.error.extra", plain.getFirst());
        }
        for (String name : this.arguments.getOptionNames()) {
            if (!known.contains(name)) {
                throw new CommandUsageException("command.error.option.unknown", name, command);
            }
            List<String> values = this.arguments.getOptionValues(name);
            if (values != null && values.size() > 1 && !repeatable.contains(name)) {
                throw new CommandUsageException("command.error.option.repeated", name);
            }
        }
    }

    public CommandOptions(List<String> arguments, String command, Set<String> known) {
        this(arguments, command, known, Set.of());
    }

    /** Whether the option was given (with or without a value): {@code --retire-old-keys}. */
    public boolean has(String name) {
        return arguments.containsOption(name);
    }

    /** The option's value, stripped; {@code null} when absent or blank. */
    public @Nullable String text(String name) {
        List<String> values = arguments.getOptionValues(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        return values.getFirst().strip();
    }

    /** Every value of a repeatable option, in order. */
    public List<String> all(String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    }

    public String required(String name) {
        String value = text(name);
        if (value == null) {
            throw new CommandUsageException("command.error.option.missing", name, command);
        }
        return value;
    }

    /** A whole number in {@code [min, max]}; {@code rule} names the message of what is expected. */
    public long number(String name, long fallback, long min, long max, String rule) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandUsageException("command.error.option.value", name, new CommandConsole.Key(rule));
    }

    public @Nullable LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new CommandUsageException("command.error.option.value", name, new CommandConsole.Key("command.error.option.date"));
        }
    }

    /** One of the given values; {@code rule} names the message of what is expected. */
    public String oneOf(String name, String fallback, Set<String> allowed, String rule) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw new CommandUsageException("command.error.option.value", name, new CommandConsole.Key(rule));
        }
        return value;
    }
}
