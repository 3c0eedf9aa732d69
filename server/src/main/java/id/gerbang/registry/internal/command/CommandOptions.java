package id.gerbang.registry.internal.command;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;

/**
 * The {@code --name=value} options of one command. Options with a dot in their name are Spring
 * properties ({@code --spring.datasource.url=...}) and are left to Spring; any other unknown
 * option, a repeated option or an extra plain argument is a usage error.
 */
final class CommandOptions {

    private final ApplicationArguments arguments;
    private final String command;

    CommandOptions(ApplicationArguments arguments, String command, Set<String> known) {
        this.arguments = arguments;
        this.command = command;
        List<String> plain = arguments.getNonOptionArgs();
        if (plain.size() > 1) {
            throw new UsageException("command.error.extra", plain.get(1));
        }
        for (String name : arguments.getOptionNames()) {
            if (name.contains(".")) {
                continue;
            }
            if (!known.contains(name)) {
                throw new UsageException("command.error.option.unknown", name, command);
            }
            List<String> values = arguments.getOptionValues(name);
            if (values != null && values.size() > 1) {
                throw new UsageException("command.error.option.repeated", name);
            }
        }
    }

    @Nullable String text(String name) {
        List<String> values = arguments.getOptionValues(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        return values.getFirst().strip();
    }

    String required(String name) {
        String value = text(name);
        if (value == null) {
            throw new UsageException("command.error.option.missing", name, command);
        }
        return value;
    }

    /** A whole number in {@code [min, max]}; {@code rule} names the message of what is expected. */
    long number(String name, long fallback, long min, long max, String rule) {
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
        throw new UsageException("command.error.option.value", name, new Console.Key(rule));
    }

    @Nullable LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new UsageException("command.error.option.value", name, new Console.Key("command.error.option.date"));
        }
    }
}
