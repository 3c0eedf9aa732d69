package id.gerbang.common;

import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cluster's change announcements on PostgreSQL (ADR 0140). {@link #announce} runs
 * {@code pg_notify} on the caller's transaction's connection: PostgreSQL delivers a notification
 * when its transaction commits and drops it when it rolls back, so the other nodes hear of exactly
 * the committed changes, within milliseconds. Each node listens on one dedicated connection (not
 * one of the pool's), waiting for notifications with {@link PGConnection#getNotifications(int)} on
 * a daemon thread; when the connection breaks (the primary restarts, a fail-over) the thread
 * connects again every second until it succeeds. A node ignores its own announcements (the payload
 * starts with the node's random identifier); the others' are handed to the topic's subscribers
 * with announcing switched off on that thread, so applying a change never announces it again.
 *
 * <p>Payload: {@code <node> <topic> <id>}, for example {@code 3f9c0a1b2c4d account DEACTIVATED:ws.uji}.
 */
public final class PostgresChangeBroadcast implements ChangeBroadcast, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeBroadcast.class);
    private static final int WAIT_MILLIS = 1000;
    /** A listening connection that has heard nothing for this long is checked with a query. */
    private static final long PROBE_NANOS = Duration.ofSeconds(10).toNanos();
    private static final ThreadLocal<Boolean> APPLYING = new ThreadLocal<>();

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String node;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile @Nullable Thread thread;
    private volatile @Nullable Connection connection;

    public PostgresChangeBroadcast(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        byte[] id = new byte[6];
        new SecureRandom().nextBytes(id);
        this.node = HexFormat.of().formatHex(id);
    }

    @Override
    public void announce(String topic, String id) {
        if (Boolean.TRUE.equals(APPLYING.get())) {
            return;
        }
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, node + " " + topic + " " + id)
                .query((rs, n) -> 1).list();
    }

    @Override
    public void subscribe(String topic, Consumer<String> handler) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    @Override
    public boolean listening() {
        return listening;
    }

    /** This node's identifier in the payloads. */
    public String node() {
        return node;
    }

    @Override
    public void start() {
        running = true;
        Thread t = Thread.ofPlatform().daemon().name("gerbang-changes").unstarted(this::listen);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        closeQuietly(connection);
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Early, before anything can change; stopped late. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                if (warned) {
                    log.info("Cluster changes: listening again on {}", CHANNEL);
                    warned = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        for (PGNotification n : received) {
                            deliver(n.getParameter());
                        }
                        quietSince = System.nanoTime();
                    } else if (System.nanoTime() - quietSince > PROBE_NANOS) {
                        // a silent connection may be a dead one (no reset ever arrived): ask
                        try (Statement s = c.createStatement()) {
                            s.execute("select 1");
                        }
                        quietSince = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    break;
                }
                if (!warned) {
                    log.warn("Cluster changes: not listening ({}); other nodes' changes reach this node at the "
                            + "periodic refresh until the connection is back", e.getClass().getSimpleName());
                    warned = true;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    /** Applies one payload from another node; a malformed one or a failing subscriber is logged and skipped. */
    void deliver(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length != 3 || parts[0].equals(node)) {
            return;
        }
        APPLYING.set(Boolean.TRUE);
        try {
            for (Consumer<String> handler : subscribers.getOrDefault(parts[1], List.of())) {
                try {
                    handler.accept(parts[2]);
                } catch (RuntimeException e) {
                    log.warn("Cluster changes: applying a {} change failed: {}", parts[1], e.toString());
                }
            }
        } finally {
            APPLYING.remove();
        }
    }

    /**
     * A connection of its own, outside the pool, with the pool's settings (so it does not hold one
     * of the pool's few connections for ever); the pool's when it is not Hikari.
     */
    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("connectTimeout", "5");
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("ApplicationName", "gerbang-changes");
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException | RuntimeException e) {
                // closing to stop: nothing to do
            }
        }
    }
}
