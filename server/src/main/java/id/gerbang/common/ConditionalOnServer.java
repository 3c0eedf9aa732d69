package id.gerbang.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * A bean that exists only when the application serves, not when it runs a command-line
 * {@link Command} (demo data, the initial administrator, scheduled work that a command must not
 * start): the property {@value CommandLine#PROPERTY} is absent. The one condition for "a command,
 * not the server", set by {@link CommandLine#prepare}.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Conditional(ServerCondition.class)
public @interface ConditionalOnServer {
}
