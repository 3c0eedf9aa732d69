package id.gerbang.audit.web;

import id.gerbang.audit.AuditError;
import id.gerbang.common.GerbangException;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** NIKs given to the reading endpoints: exactly 16 digits, never taken from a URL. */
final class Niks {

    private static final Pattern NIK = Pattern.compile("[1-9][0-9]{15}");

    private Niks() {
    }

    static long parse(@Nullable String nik) {
        String trimmed = nik == null ? "" : nik.strip();
        if (!NIK.matcher(trimmed).matches()) {
            throw new GerbangException(AuditError.INVALID_NIK, Map.of("nik", "error.AUDIT_INVALID_NIK"));
        }
        return Long.parseLong(trimmed);
    }

    static @Nullable Long parseOptional(@Nullable String nik) {
        return nik == null || nik.isBlank() ? null : parse(nik);
    }
}
