package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialCacheTests {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-27T01:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MutableClock clock = new MutableClock();
    final CredentialCache<String> cache = new CredentialCache<>(clock, Duration.ofSeconds(60));
    final AtomicInteger checks = new AtomicInteger();

    String check(String user, String password, String result) {
        return cache.get(user, password, () -> {
            checks.incrementAndGet();
            return result;
        });
    }

    @Test
    void anAcceptedPairIsCheckedOncePerTtl() {
        assertThat(check("ws.uji", "rahasia", "account")).isEqualTo("account");
        assertThat(check("ws.uji", "rahasia", "other")).isEqualTo("account");
        assertThat(checks).hasValue(1);
        clock.now = clock.now.plusSeconds(61);
        assertThat(check("ws.uji", "rahasia", "again")).isEqualTo("again");
        assertThat(checks).hasValue(2);
    }

    @Test
    void refusedPairsAreNeverRemembered() {
        assertThat(check("ws.uji", "salah", null)).isNull();
        assertThat(check("ws.uji", "salah", null)).isNull();
        assertThat(checks).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void anotherPasswordIsAnotherKey() {
        check("ws.uji", "rahasia", "account");
        assertThat(check("ws.uji", "rahasia2", null)).isNull();
        assertThat(checks).hasValue(2);
    }

    @Test
    void theUserIdIsCaseInsensitiveButThePasswordIsNot() {
        check("WS.Uji", "rahasia", "account");
        assertThat(check("ws.uji", "rahasia", "x")).isEqualTo("account");
        assertThat(check("ws.uji", "RAHASIA", null)).isNull();
    }

    @Test
    void invalidationEmptiesAndFencesOffACheckUnderWay() {
        check("ws.uji", "rahasia", "account");
        cache.invalidateAll();
        assertThat(cache.size()).isZero();
        // a check that started before an invalidation must not put back what it read
        assertThat(cache.get("ws.b", "pw", () -> {
            cache.invalidateAll();
            return "stale";
        })).isEqualTo("stale");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aZeroTtlSwitchesTheCacheOff() {
        CredentialCache<String> off = new CredentialCache<>(clock, Duration.ZERO);
        off.get("a", "b", () -> "x");
        assertThat(off.size()).isZero();
    }

    @Test
    void theCacheHoldsNoPassword() throws Exception {
        check("ws.uji", "sandi-yang-panjang-sekali", "account");
        var field = CredentialCache.class.getDeclaredField("entries");
        field.setAccessible(true);
        assertThat(field.get(cache).toString()).doesNotContain("sandi-yang-panjang-sekali").doesNotContain("ws.uji");
    }
}
