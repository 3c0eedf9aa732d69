package id.gerbang.account.internal;

import id.gerbang.common.Jdbc;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers one-time arrangements (the demo, the initial administrator) in the database, so they
 * happen once per installation: across restarts and when several instances start together.
 */
@Component
class ArrangementMarker {

    private final JdbcClient jdbc;
    private final Clock clock;

    ArrangementMarker(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isDone(String name) {
        return jdbc.sql("select count(*) from account_arrangement where name = ?").param(name)
                .query(Integer.class).single() > 0;
    }

    /**
     * Claims the arrangement inside the caller's transaction; false when it was made already. A
     * second instance starting at the same moment waits for the first one's transaction and then
     * gets false.
     */
    boolean claim(String name) {
        try {
            return jdbc.sql("insert into account_arrangement (name, created_at) values (?, ?) on conflict do nothing")
                    .params(name, Jdbc.ts(clock.instant())).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
