package id.gerbang.common;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads that may be served by a streaming replica (issue 20, ADR 0141): register lookups. Everything
 * else (the access log, quotas, accounts, agreements, data balikan) uses the primary's
 * {@code DataSource} as before; this class is the only way to the replica.
 *
 * <p>Without {@code gerbang.replica.url} every read goes to the primary. With it, a daemon thread
 * measures the replica's lag every {@code check-interval}: zero when the replica has replayed all
 * the write-ahead log the primary had written at the moment of the check (an idle primary makes no
 * false lag), else the age of the last transaction it replayed. While the replica is unreachable or
 * further behind than {@code max-lag}, reads go to the primary, by themselves; they go back when it
 * has caught up. A read that fails on the replica between two checks is made again on the primary
 * and the replica is set aside until the next good check: the caller sees no error. A read inside a
 * transaction always uses the primary (it may need to see the transaction's own writes).
 */
public final class ReplicaReads implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);

    private final JdbcClient primary;
    private final @Nullable HikariDataSource replicaSource;
    private final @Nullable JdbcClient replica;
    private final ReplicaProperties properties;
    private volatile boolean usable;
    private volatile boolean checkedOnce;
    private volatile @Nullable Duration lag;
    private volatile boolean running;
    private volatile @Nullable Thread checker;

    /** Every read on the primary (no replica configured; tests). */
    public static ReplicaReads primaryOnly(JdbcClient primary) {
        return new ReplicaReads(primary, null, ReplicaProperties.of(null, null, null));
    }

    public ReplicaReads(DataSource primary, ReplicaProperties properties) {
        this(JdbcClient.create(primary), primary, properties);
    }

    private ReplicaReads(JdbcClient primary, @Nullable DataSource primarySource, ReplicaProperties properties) {
        this.primary = primary;
        this.properties = properties;
        this.replicaSource = properties.configured() && primarySource != null ? pool(primarySource, properties) : null;
        this.replica = replicaSource == null ? null : JdbcClient.create(replicaSource);
    }

    private static HikariDataSource pool(DataSource primary, ReplicaProperties p) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("gerbang-replica");
        config.setJdbcUrl(p.url());
        String user = p.username();
        String password = p.password();
        try {
            if (primary.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource hikari = primary.unwrap(HikariDataSource.class);
                user = user == null || user.isBlank() ? hikari.getUsername() : user;
                password = password == null || password.isEmpty() ? hikari.getPassword() : password;
                config.setDataSourceProperties(hikari.getDataSourceProperties());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the primary pool's settings", e);
        }
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(p.poolSize());
        config.setMinimumIdle(Math.min(1, p.poolSize()));
        config.setConnectionTimeout(Math.max(250, p.connectionTimeout().toMillis()));
        config.setValidationTimeout(Math.max(250, p.connectionTimeout().toMillis()));
        // a replica that is down when the node starts must not stop the node
        config.setInitializationFailTimeout(-1);
        config.setReadOnly(true);
        if (p.url() != null && p.url().startsWith("jdbc:postgresql:")) {
            config.addDataSourceProperty("connectTimeout", "2");
        }
        return new HikariDataSource(config);
    }

    /**
     * Runs {@code query} on the replica when it is usable and no transaction is under way, else on
     * the primary; a failure on the replica is retried on the primary.
     */
    public <T> T read(Function<JdbcClient, T> query) {
        JdbcClient r = replica;
        if (r == null || !usable || TransactionSynchronizationManager.isActualTransactionActive()) {
            return query.apply(primary);
        }
        try {
            return query.apply(r);
        } catch (DataAccessException e) {
            if (usable) {
                usable = false;
                log.warn("Replica: a read failed ({}); reads go to the primary until the replica answers again",
                        e.getClass().getSimpleName());
            }
            return query.apply(primary);
        }
    }

    /** Whether reads go to the replica now. */
    public boolean replicaInUse() {
        return replica != null && usable;
    }

    /** Whether a replica is configured at all. */
    public boolean configured() {
        return replica != null;
    }

    /** The lag at the last check; null when it could not be measured (or there is no replica). */
    public @Nullable Duration lag() {
        return lag;
    }

    /** Measures the replica now and decides whether it is read; returns the decision. */
    public boolean check() {
        HikariDataSource source = replicaSource;
        if (source == null) {
            return false;
        }
        Duration measured;
        try {
            measured = measure(source);
        } catch (SQLException | RuntimeException e) {
            measured = null;
            if (usable || lag != null || !checkedOnce) {
                log.warn("Replica: unreachable ({}: {}); reads go to the primary", e.getClass().getSimpleName(),
                        e.getMessage());
            }
        }
        checkedOnce = true;
        boolean wasUsable = usable;
        boolean now = measured != null && measured.compareTo(properties.maxLag()) <= 0;
        if (measured != null && !now && wasUsable) {
            log.warn("Replica: {} ms behind, beyond {}; reads go to the primary", measured.toMillis(), properties.maxLag());
        } else if (now && !wasUsable) {
            log.info("Replica: in use ({} ms behind)", measured.toMillis());
        }
        lag = measured;
        usable = now;
        return now;
    }

    private Duration measure(HikariDataSource source) throws SQLException {
        try (Connection c = source.getConnection()) {
            if (!"PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
                try (Statement s = c.createStatement()) {
                    s.execute("select 1");
                }
                return Duration.ZERO;
            }
            String primaryLsn = primaryLsn();
            try (PreparedStatement ps = c.prepareStatement("select pg_is_in_recovery(),"
                    + " pg_wal_lsn_diff(pg_last_wal_replay_lsn(), cast(? as pg_lsn)),"
                    + " extract(epoch from (now() - pg_last_xact_replay_timestamp()))")) {
                ps.setQueryTimeout((int) Math.max(1, properties.connectionTimeout().toSeconds() * 2));
                ps.setString(1, primaryLsn == null ? "0/0" : primaryLsn);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return Duration.ZERO; // not a standby: the primary itself, or promoted
                    }
                    double behind = rs.getDouble(2);
                    boolean caughtUp = !rs.wasNull() && primaryLsn != null && behind >= 0;
                    if (caughtUp) {
                        return Duration.ZERO;
                    }
                    double seconds = rs.getDouble(3);
                    if (rs.wasNull()) {
                        return Duration.ofDays(365); // has replayed nothing yet
                    }
                    return Duration.ofMillis(Math.max(0, (long) (seconds * 1000)));
                }
            }
        }
    }

    /** The primary's current write-ahead log position; null when the primary cannot say (it is down). */
    private @Nullable String primaryLsn() {
        try {
            return primary.sql("select cast(pg_current_wal_lsn() as text)").query(String.class).single();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void start() {
        running = true;
        if (replicaSource == null) {
            return;
        }
        check();
        Thread t = Thread.ofPlatform().daemon().name("gerbang-replica-check").unstarted(() -> {
            while (running) {
                try {
                    Thread.sleep(properties.checkInterval());
                } catch (InterruptedException e) {
                    return;
                }
                check();
            }
        });
        checker = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = checker;
        if (t != null) {
            t.interrupt();
        }
        HikariDataSource source = replicaSource;
        if (source != null) {
            source.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
