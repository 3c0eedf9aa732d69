package id.gerbang.access.internal;

import id.gerbang.account.AccountChanged;
import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The v1 API's bearer tokens: random and opaque ({@code gbt_} and 43 base64url characters, 256
 * bits), valid for {@code gerbang.access.token-ttl}, stored only as their SHA-256 in
 * {@code access_token} so every server instance accepts them and a database copy cannot be used.
 * Resolved tokens are kept in memory for at most {@value #RECHECK_SECONDS} seconds; any change the
 * account module makes to a user revokes that user's tokens (in the database, so every instance
 * sees it within that time) and empties the memory here at once, and on the other instances when
 * the change commits ({@code AccountChanged} carried by {@code common.ChangeBroadcast}, ADR 0140).
 * See ADR 0042.
 */
@Component
public class AccessTokens {

    static final String PREFIX = "gbt_";
    static final long RECHECK_SECONDS = 30;

    /** An issued token and when it expires. */
    public record Issued(String token, Instant expiresAt) {
    }

    private record Resolved(AccountView account, Instant expiresAt, Instant recheckAt) {
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Resolved> resolved = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    AccessTokens(JdbcClient jdbc, Accounts accounts, Clock clock, AccessProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.ttl = properties.tokenTtl();
    }

    public Issued issue(String userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        jdbc.sql("insert into access_token (token_hash, user_id, issued_at, expires_at) values (?, ?, ?, ?)")
                .params(hash(token), userId, utc(now), utc(expires))
                .update();
        return new Issued(token, expires);
    }

    /** The account of a valid token: issued here, not expired, not revoked, account still there. */
    public Optional<AccountView> resolve(String token) {
        if (!token.startsWith(PREFIX) || token.length() != PREFIX.length() + 43) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Resolved known = resolved.get(hash);
        if (known != null && now.isBefore(known.expiresAt()) && now.isBefore(known.recheckAt())) {
            return Optional.of(known.account());
        }
        long before = generation.get();
        Optional<Row> row = jdbc.sql("select user_id, expires_at, revoked_at from access_token where token_hash = ?")
                .param(hash)
                .query((rs, n) -> new Row(rs.getString("user_id"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("revoked_at", OffsetDateTime.class) != null))
                .optional();
        if (row.isEmpty() || row.get().revoked() || !now.isBefore(row.get().expiresAt())) {
            resolved.remove(hash);
            return Optional.empty();
        }
        Optional<AccountView> account = accounts.find(UserId.of(row.get().userId()));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        resolved.put(hash, new Resolved(account.get(), row.get().expiresAt(), now.plusSeconds(RECHECK_SECONDS)));
        if (generation.get() != before) {
            resolved.remove(hash);
        }
        return account;
    }

    private record Row(String userId, Instant expiresAt, boolean revoked) {
    }

    public Duration ttl() {
        return ttl;
    }

    /**
     * A change to a user (password, status, lock, token) revokes that user's tokens and forgets
     * their resolution; other users' tokens stay resolved. The generation makes a resolution that
     * was under way during the change not remember what it read before.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AccountChanged change) {
        if (!change.kind().forgetsCredentials()) {
            return;
        }
        generation.incrementAndGet();
        resolved.values().removeIf(r -> r.account().userId().equals(change.userId()));
        jdbc.sql("update access_token set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(utc(clock.instant()), change.userId().value()).update();
    }

    /**
     * Expired tokens are useless; forget them after a day. Runs on every node (issue 20): the delete
     * is idempotent, a second node's finds nothing left.
     */
    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Jakarta")
    void forgetExpired() {
        jdbc.sql("delete from access_token where expires_at < ?")
                .param(utc(clock.instant().minus(Duration.ofDays(1)))).update();
    }

    /** Instants as UTC offsets: the same on H2 and PostgreSQL. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
