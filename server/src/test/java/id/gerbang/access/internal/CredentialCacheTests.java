package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.MutableClock;
import id.gerbang.Waiting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialCacheTests {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
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
        clock.advance(Duration.ofSeconds(61));
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
    void invalidationForgetsThatUserOnlyAndFencesOffACheckUnderWay() {
        check("ws.uji", "rahasia", "account");
        check("ws.lain", "sandi", "other");
        cache.invalidate("WS.Uji");
        assertThat(cache.size()).isOne();
        assertThat(check("ws.lain", "sandi", "checked again")).isEqualTo("other");
        assertThat(check("ws.uji", "rahasia", "checked again")).isEqualTo("checked again");
        // a check that started before an invalidation must not put back what it read
        cache.invalidate("ws.uji");
        assertThat(cache.get("ws.uji", "rahasia", () -> {
            cache.invalidate("ws.uji");
            return "stale";
        })).isEqualTo("stale");
        assertThat(check("ws.uji", "rahasia", "fresh")).isEqualTo("fresh");
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

    @Test
    void aBusyEntryIsRefreshedByOneCallBeforeItExpires() {
        check("ws.uji", "rahasia", "v1");
        clock.advance(Duration.ofSeconds(41));
        assertThat(check("ws.uji", "rahasia", "v2")).as("before 70 % of the TTL").isEqualTo("v1");
        assertThat(checks).hasValue(1);
        clock.advance(Duration.ofSeconds(14)); // 55 s: past the latest refresh point (90 %), before expiry
        assertThat(check("ws.uji", "rahasia", "v2")).as("the refreshing call itself keeps the entry").isEqualTo("v1");
        assertThat(checks).hasValue(2);
        assertThat(check("ws.uji", "rahasia", "v3")).isEqualTo("v2");
        assertThat(checks).hasValue(2);
        // the refreshed entry lives a whole TTL from the refresh, past the first entry's expiry
        clock.advance(Duration.ofSeconds(20));
        assertThat(check("ws.uji", "rahasia", "v4")).isEqualTo("v2");
        assertThat(checks).hasValue(2);
    }

    @Test
    void theRefreshRunsOnTheExecutorWhileCallsKeepTheEntry() {
        List<Runnable> queued = new ArrayList<>();
        CredentialCache<String> later = new CredentialCache<>(clock, Duration.ofSeconds(60), queued::add);
        later.get("ws.uji", "rahasia", () -> "v1");
        clock.advance(Duration.ofSeconds(55));
        assertThat(later.get("ws.uji", "rahasia", () -> "v2")).isEqualTo("v1");
        assertThat(later.get("ws.uji", "rahasia", () -> "v3")).isEqualTo("v1");
        assertThat(queued).as("one refresh, however many calls").hasSize(1);
        queued.getFirst().run();
        assertThat(later.get("ws.uji", "rahasia", () -> "v4")).isEqualTo("v2");
    }

    @Test
    void aRejectedOrFailedRefreshIsTriedAgainByALaterCall() {
        AtomicInteger attempts = new AtomicInteger();
        CredentialCache<String> rejecting = new CredentialCache<>(clock, Duration.ofSeconds(60), task -> {
            if (attempts.incrementAndGet() == 1) {
                throw new java.util.concurrent.RejectedExecutionException("full");
            }
            task.run();
        });
        rejecting.get("ws.uji", "rahasia", () -> "v1");
        clock.advance(Duration.ofSeconds(55));
        assertThat(rejecting.get("ws.uji", "rahasia", () -> "v2")).isEqualTo("v1");
        assertThat(rejecting.get("ws.uji", "rahasia", () -> {
            throw new IllegalStateException("database down");
        })).isEqualTo("v1");
        assertThat(rejecting.get("ws.uji", "rahasia", () -> "v3")).as("the third attempt refreshed").isEqualTo("v1");
        assertThat(rejecting.get("ws.uji", "rahasia", () -> "v4")).isEqualTo("v3");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void theRefreshUsesTheCheapCheckWithTheRememberedValue() {
        AtomicInteger full = new AtomicInteger();
        List<String> refreshedFrom = new ArrayList<>();
        java.util.function.Supplier<String> check = () -> "full-" + full.incrementAndGet();
        assertThat(cache.get("ws.uji", "rahasia", check, previous -> {
            refreshedFrom.add(previous);
            return previous + "+confirmed";
        })).isEqualTo("full-1");
        clock.advance(Duration.ofSeconds(55));
        cache.get("ws.uji", "rahasia", check, previous -> {
            refreshedFrom.add(previous);
            return previous + "+confirmed";
        });
        assertThat(refreshedFrom).containsExactly("full-1");
        assertThat(full).as("no full check for the refresh").hasValue(1);
        assertThat(cache.get("ws.uji", "rahasia", check, previous -> "unused")).isEqualTo("full-1+confirmed");
        clock.advance(Duration.ofSeconds(61)); // expired: a miss takes the full check again
        assertThat(cache.get("ws.uji", "rahasia", check, previous -> "unused")).isEqualTo("full-2");
    }

    @Test
    void aRefreshThatIsRefusedDropsTheEntry() {
        check("ws.uji", "rahasia", "account");
        clock.advance(Duration.ofSeconds(55));
        assertThat(check("ws.uji", "rahasia", null)).as("the entry was still valid for this call").isEqualTo("account");
        assertThat(cache.size()).as("password changed meanwhile").isZero();
        assertThat(check("ws.uji", "rahasia", null)).isNull();
        assertThat(checks).hasValue(3);
    }

    @Test
    void entriesMadeTogetherAreRefreshedAtDifferentTimes() {
        for (int i = 0; i < 100; i++) {
            check("ws." + i, "rahasia", "first");
        }
        clock.advance(Duration.ofSeconds(48)); // the middle of the refresh window 42..54 s
        for (int i = 0; i < 100; i++) {
            check("ws." + i, "rahasia", "second");
        }
        int refreshed = checks.get() - 100;
        assertThat(refreshed).as("refreshed of 100 (each half-and-half; all or none: chance 2^-99)")
                .isBetween(1, 99);
    }

    @Test
    void concurrentCallsWithoutAnEntryShareOneCheck() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        int callers = 50;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> cache.get("ws.uji", "rahasia", () -> {
                    checks.incrementAndGet();
                    await(release);
                    return "account";
                })));
            }
            Waiting.waitUntil(() -> checks.get() >= 1, "the first check started");
            Thread.sleep(100); // the other callers arrive while the first check is under way
            release.countDown();
            for (Future<String> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("account");
            }
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void concurrentWrongPasswordsAreEachChecked() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        int callers = 20;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> cache.get("ws.uji", "salah", () -> {
                    checks.incrementAndGet();
                    await(release);
                    return null;
                })));
            }
            Waiting.waitUntil(() -> checks.get() >= 1, "the first check started");
            Thread.sleep(100);
            release.countDown();
            for (Future<String> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isNull();
            }
        }
        assertThat(checks).as("every wrong password reaches the account module (lockout)").hasValue(callers);
    }

    @Test
    void aFailingCheckFailsItsCallerAndTheWaitersCheckThemselves() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get("ws.uji", "rahasia", () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(check("ws.uji", "rahasia", "account")).isEqualTo("account");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
