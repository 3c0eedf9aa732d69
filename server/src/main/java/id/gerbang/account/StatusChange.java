package id.gerbang.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in the life of a user-ID application or an IP registration. */
public record StatusChange(@Nullable String from, String to, String actor, Instant at, @Nullable String reason) {
}
