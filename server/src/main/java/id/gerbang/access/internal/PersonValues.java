package id.gerbang.access.internal;

import org.jspecify.annotations.Nullable;

/**
 * One person's values as the compatible writer and the element verifier read them, without an
 * intermediate map: an adapter over the register's record answers field by field. The value's
 * type is fixed by the field's {@link PersonField.Kind}: {@code String} for IDENTITY and TEXT,
 * {@code Integer} for SEX, CODE and NUMBER, {@code java.time.LocalDate} for DATE; {@code null}
 * when the register holds nothing.
 */
@FunctionalInterface
public interface PersonValues {

    @Nullable Object value(PersonField field);
}
