package id.gerbang.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Days in Gerbang run in Asia/Jakarta time (WIB, UTC+7, no daylight saving): quotas reset, and
 * agreements expire, at Jakarta midnight. Instants are stored in UTC.
 */
public final class JakartaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private JakartaTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The first instant of the given Jakarta day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The instant of the next Jakarta midnight after {@code now}. */
    public static Instant nextMidnight(Instant now) {
        return startOf(dateOf(now).plusDays(1));
    }

    public static ZonedDateTime inJakarta(Instant instant) {
        return instant.atZone(ZONE);
    }
}
