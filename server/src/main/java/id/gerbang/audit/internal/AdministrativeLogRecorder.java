package id.gerbang.audit.internal;

import id.gerbang.common.AdministrativeAction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every {@link AdministrativeAction} in the administrative log, synchronously and inside the
 * publisher's transaction (or a new one when there is none): the change and its record commit
 * together, or neither does. The chain head row is locked until that transaction ends, so
 * administrative transactions that change things append to the log one after the other.
 */
@Component
public class AdministrativeLogRecorder {

    static final String LOG_NAME = "admin";
    private static final int STATE_LENGTH = 200_000;

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    AdministrativeLogRecorder(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json,
                              Clock clock) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    public void on(AdministrativeAction action) {
        transaction.executeWithoutResult(status -> append(action));
    }

    private void append(AdministrativeAction a) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            ChainHead head = ChainHeads.lock(c, LOG_NAME);
            long seq = head.lastSeq() + 1;
            AdminRow row = new AdminRow(seq, ChainCodec.truncate(clock.instant()),
                    Texts.cleanRequired(a.actor(), 128), Texts.cleanRequired(a.action(), 128),
                    Texts.cleanRequired(a.subjectType(), 64), Texts.cleanRequired(a.subjectId(), 128),
                    state(a.before()), state(a.after()), Texts.clean(a.reason(), 2000), new byte[0]);
            byte[] hash = ChainCodec.hash(head.lastHash(), ChainCodec.ADMIN, seq, ChainCodec.adminBody(row));
            AdminRows.insert(c, new AdminRow(row.seq(), row.time(), row.actor(), row.action(), row.subjectType(),
                    row.subjectId(), row.before(), row.after(), row.reason(), hash));
            ChainHeads.update(c, LOG_NAME, new ChainHead(seq, hash));
        } catch (SQLException e) {
            throw new IllegalStateException("the administrative log could not record " + a.action(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private @Nullable String state(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = json.writeValueAsString(value);
        if (text.length() > STATE_LENGTH) {
            throw new IllegalArgumentException("administrative state longer than " + STATE_LENGTH + " characters");
        }
        return Texts.clean(text, STATE_LENGTH);
    }
}
