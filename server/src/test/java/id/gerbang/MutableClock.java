package id.gerbang;

import id.gerbang.common.JakartaTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the tests move by hand, or set to any Jakarta date and time to cross midnights and expiry dates. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** Sets the clock to a Jakarta wall-clock time. */
    public void setJakarta(LocalDateTime jakarta) {
        now.set(jakarta.atZone(JakartaTime.ZONE).toInstant());
    }

    /** Sets the clock to noon of a Jakarta day. */
    public void setDay(LocalDate day) {
        setJakarta(day.atTime(12, 0));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    public LocalDate today() {
        return JakartaTime.today(this);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
