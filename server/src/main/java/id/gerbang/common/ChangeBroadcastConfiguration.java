package id.gerbang.common;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the {@link ChangeBroadcast} by the database the nodes share: PostgreSQL (several nodes
 * possible) listens and notifies; anything else (H2: one node) is local.
 */
@Configuration(proxyBeanMethods = false)
class ChangeBroadcastConfiguration {

    @Bean
    ChangeBroadcast changeBroadcast(DataSource dataSource) {
        return isPostgres(dataSource) ? new PostgresChangeBroadcast(dataSource) : new LocalChangeBroadcast();
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to choose the change broadcast", e);
        }
    }
}
