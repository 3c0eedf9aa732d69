package id.gerbang.common;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link ReplicaReads} of this node: on the replica of {@code gerbang.replica.url}, or on the primary only. */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

    @Bean
    ReplicaReads replicaReads(DataSource dataSource, ReplicaProperties properties) {
        return new ReplicaReads(dataSource, properties);
    }
}
