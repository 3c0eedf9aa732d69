package id.gerbang.access.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a method name means: an operation, and for a named profile such as {@code adm_desa} or
 * {@code dinkes} the field profile that decides which granted fields are written and in what order.
 *
 * @param profile a field profile name; {@code null} means the agreement's own profile
 */
public record MethodAlias(Operation operation, @Nullable String profile) {

    public static MethodAlias of(Operation operation) {
        return new MethodAlias(operation, null);
    }
}
