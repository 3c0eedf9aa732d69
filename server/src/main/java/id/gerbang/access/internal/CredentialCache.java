package id.gerbang.access.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Remembers, for a short time, that a user id and password pair was accepted, so that a client that
 * sends its password with every request (the compatible protocol does) is not checked against an
 * Argon2 hash every time: that costs tens of milliseconds of CPU per call and would let anyone with
 * a user id burn the server's CPU. Only accepted pairs are remembered, so every wrong password still
 * reaches the account module and counts towards lockout.
 *
 * <p>Under load an entry never simply expires for everybody at once: the first call after a random
 * point between 70 % and 90 % of its time to live has the pair checked again on the refresh
 * executor while every call of that account, this one included, keeps using the entry, so a busy
 * account costs one hash check per time to live and no caller waits for one (before this, every call in flight recomputed the hash when the entry
 * expired: ADR 0050). When there is no entry, concurrent calls with the same pair wait for the
 * first one's check instead of each computing the hash; a refused pair is checked by each caller
 * itself, so every wrong password still counts towards lockout.
 *
 * <p>The key is HMAC-SHA256 of user id and password under a random key made when the process
 * starts and never stored: the password is not kept, and a heap dump yields neither the password
 * nor a hash that could be attacked offline without the key. Entries expire after
 * {@code gerbang.access.credential-cache-ttl}; {@link #invalidate(String)} (called on a change to
 * that user's account) forgets that user's entries and bumps a generation so that a check that was under way during the
 * change cannot put back what it read before.
 *
 * @param <V> what an accepted pair yields (the account view)
 */
public final class CredentialCache<V> {

    private record Key(long a, long b, long c, long d) {
    }

    /** {@code user}: a keyed hash of the user id, so entries can be forgotten per user without holding the id. */
    private record Entry<V>(long user, V value, Instant refreshAt, Instant expires, AtomicBoolean refreshing) {
    }

    private static final int MAX_ENTRIES = 100_000;

    private final Mac prototype;
    private final Clock clock;
    private final Duration ttl;
    private final Map<Key, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Checks under way for pairs without an entry; concurrent callers of the same pair wait for it. */
    private final Map<Key, CompletableFuture<@Nullable V>> checking = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Executor refresher;

    /** A cache that refreshes on the calling thread (tests, tools). */
    public CredentialCache(Clock clock, Duration ttl) {
        this(clock, ttl, Runnable::run);
    }

    /** @param refresher runs the checks that refresh busy entries ahead of their expiry */
    public CredentialCache(Clock clock, Duration ttl, Executor refresher) {
        this.clock = clock;
        this.ttl = ttl;
        this.refresher = refresher;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * The remembered value for this pair, else {@code check.get()}; a non-null result of the check
     * is remembered unless the cache was invalidated meanwhile. A {@code null} result (refused) is
     * never remembered.
     */
    public @Nullable V get(String userId, String password, Supplier<@Nullable V> check) {
        return get(userId, password, check, previous -> check.get());
    }

    /**
     * As {@link #get(String, String, Supplier)}, with a cheaper check for refreshing an entry ahead
     * of its expiry: {@code refresh} gets the remembered value and answers like {@code check}
     * (for example by confirming that the stored password has not changed, instead of hashing it).
     */
    public @Nullable V get(String userId, String password, Supplier<@Nullable V> check,
            Function<V, @Nullable V> refresh) {
        if (ttl.isZero() || ttl.isNegative()) {
            return check.get();
        }
        Key key = key(userId, password);
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            if (!now.isBefore(entry.refreshAt()) && entry.refreshing().compareAndSet(false, true)) {
                refreshLater(key, entry, () -> refresh.apply(entry.value()));
            }
            return entry.value();
        }
        CompletableFuture<@Nullable V> own = new CompletableFuture<>();
        CompletableFuture<@Nullable V> underWay = checking.putIfAbsent(key, own);
        if (underWay != null) {
            V accepted = awaitQuietly(underWay);
            // a refused (or failed) pair is checked by every caller itself: each wrong password counts
            return accepted != null ? accepted : check.get();
        }
        try {
            V value = checkAndRemember(key, userTag(userId), entry, check);
            own.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            own.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, own);
        }
    }

    /**
     * Checks the pair again on the refresh executor: a hash check is tens of milliseconds of CPU,
     * which on a request's virtual thread would hold one of the few carrier threads all that time.
     * The entry stays in use meanwhile; a refused pair loses it, a failed check leaves it to expire.
     */
    private void refreshLater(Key key, Entry<V> entry, Supplier<@Nullable V> check) {
        try {
            refresher.execute(() -> {
                try {
                    checkAndRemember(key, entry.user(), entry, check);
                } catch (RuntimeException e) {
                    entry.refreshing().set(false); // a later call may try again before the entry expires
                }
            });
        } catch (RejectedExecutionException e) {
            entry.refreshing().set(false);
        }
    }

    private @Nullable V checkAndRemember(Key key, long user, @Nullable Entry<V> entry, Supplier<@Nullable V> check) {
        long before = generation.get();
        V value = check.get();
        if (value != null && (entries.size() < MAX_ENTRIES || entry != null)) {
            entries.put(key, newEntry(user, value, clock.instant()));
            if (generation.get() != before) {
                entries.remove(key);
            }
        } else if (entry != null) {
            entries.remove(key, entry);
        }
        return value;
    }

    private Entry<V> newEntry(long user, V value, Instant now) {
        long ttlMillis = ttl.toMillis();
        long refreshAfter = ttlMillis * 7 / 10 + ThreadLocalRandom.current().nextLong(ttlMillis / 5 + 1);
        return new Entry<>(user, value, now.plusMillis(refreshAfter), now.plus(ttl), new AtomicBoolean());
    }

    private static <V> @Nullable V awaitQuietly(CompletableFuture<@Nullable V> check) {
        try {
            return check.join();
        } catch (CompletionException | CancellationException e) {
            return null;
        }
    }

    /**
     * Forgets every password remembered for this user (after a change to the account: lock,
     * deactivation, password change); other users' entries stay. A check of another user under way
     * at that moment is not remembered (the generation is one for all), only checked again next time.
     */
    public void invalidate(String userId) {
        generation.incrementAndGet();
        long user = userTag(userId);
        entries.values().removeIf(e -> e.user() == user);
    }

    private static String user(String userId) {
        return userId.strip().toLowerCase(Locale.ROOT);
    }

    private long userTag(String userId) {
        return ByteBuffer.wrap(mac().doFinal(user(userId).getBytes(StandardCharsets.UTF_8))).getLong();
    }

    int size() {
        return entries.size();
    }

    private Key key(String userId, String password) {
        Mac mac = mac();
        mac.update(user(userId).getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        ByteBuffer digest = ByteBuffer.wrap(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        return new Key(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
        }
    }
}
