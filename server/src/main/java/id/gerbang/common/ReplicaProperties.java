package id.gerbang.common;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional read replica ({@code gerbang.replica.*}, issue 20, ADR 0141; docs/cluster.md).
 *
 * @param url               JDBC URL of a streaming replica ({@code GERBANG_REPLICA_URL}); empty: every
 *                          read on the primary (the default)
 * @param username          the replica's user; empty: the primary's
 * @param password          the replica's password; empty: the primary's
 * @param maxLag            the staleness bound: a replica further behind than this is not read
 * @param checkInterval     how often the replica's lag is measured
 * @param poolSize          the replica pool's connections on this node
 * @param connectionTimeout how long a read waits for a replica connection before it goes to the primary
 */
@ConfigurationProperties("gerbang.replica")
public record ReplicaProperties(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue("5s") Duration maxLag,
        @DefaultValue("1s") Duration checkInterval,
        @DefaultValue("4") int poolSize,
        @DefaultValue("1s") Duration connectionTimeout) {

    /** Whether a replica is configured. */
    public boolean configured() {
        return url != null && !url.isBlank();
    }

    /** Settings for {@code url} with the defaults (tests, tools). */
    public static ReplicaProperties of(@Nullable String url, @Nullable String username, @Nullable String password) {
        return new ReplicaProperties(url, username, password, Duration.ofSeconds(5), Duration.ofSeconds(1), 4,
                Duration.ofSeconds(1));
    }
}
