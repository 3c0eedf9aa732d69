package id.gerbang.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class allowed to write to standard output or error: command-line commands, progress bars,
 * and the one-time credentials notice (credentials must never reach log files). Everything else
 * goes through the logger. Checked by {@code ArchitectureTests}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface ConsoleOutput {

    /** Why this class prints to the terminal. */
    String value();
}
