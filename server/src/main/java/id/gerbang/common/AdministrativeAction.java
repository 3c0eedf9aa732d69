package id.gerbang.common;

import org.jspecify.annotations.Nullable;

/**
 * An administrative change, published as an application event by the module that made it, inside
 * the transaction that made it. The audit module records it, in the same transaction, in the
 * tamper-evident administrative log; so a change and its record commit together or not at all.
 *
 * @param actor       user name of who made the change ({@code system} for scheduled work)
 * @param action      what was done, a stable dotted name such as {@code agreement.created},
 *                    {@code account.locked}, {@code quota.increase-approved}
 * @param subjectType the kind of thing changed: {@code agency}, {@code agreement}, {@code user}, ...
 * @param subjectId   its identifier
 * @param before      the state before (a record or map; {@code null} when created); never a
 *                    password, hash, token or population value
 * @param after       the state after ({@code null} when deleted)
 * @param reason      the reason given, if any
 */
public record AdministrativeAction(
        String actor,
        String action,
        String subjectType,
        String subjectId,
        @Nullable Object before,
        @Nullable Object after,
        @Nullable String reason) {
}
