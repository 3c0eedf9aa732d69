package id.gerbang.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A NIK whose access details only registry administrators may see. */
public record SafetyFlag(long nik, @Nullable String reason, String setBy, Instant setAt) {
}
