package id.gerbang.notification.internal;

import id.gerbang.account.UserId;
import id.gerbang.common.Messages;
import id.gerbang.notification.Inbox;
import id.gerbang.notification.InboxMessage;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.Notifier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The table {@code notification}: storing (with the trigger's dedup key) and each recipient's inbox. */
@Service
class NotificationStore implements Notifier, Inbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationStore.class);
    /** Separates the stored arguments; a unit separator never occurs in the texts producers pass. */
    static final String SEPARATOR = "\u001f";
    static final String COLUMNS = "id, recipient, kind, arguments, link, created_at, read_at";

    private final JdbcClient jdbc;
    private final Messages messages;
    private final Preferences preferences;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    NotificationStore(JdbcClient jdbc, Messages messages, Preferences preferences,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.preferences = preferences;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public int send(NotificationKind kind, String dedupKey, Collection<UserId> recipients, List<String> arguments,
            @Nullable String link) {
        if (dedupKey.isBlank() || dedupKey.length() > 200) {
            throw new IllegalArgumentException("dedup key must have 1-200 characters");
        }
        String stored = String.join(SEPARATOR, arguments);
        Integer created = newTransaction.execute(tx -> {
            int n = 0;
            Instant now = clock.instant();
            for (UserId recipient : recipients.stream().distinct().toList()) {
                String mailTo = preferences.mailAddressFor(recipient, kind);
                n += jdbc.sql("insert into notification (recipient, kind, dedup_key, arguments, link, created_at, mail_to)"
                                + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                        .params(recipient.value(), kind.name(), dedupKey, stored, link, Timestamp.from(now), mailTo)
                        .update();
            }
            return n;
        });
        int count = created == null ? 0 : created;
        if (count > 0) {
            log.info("Notification {} ({}) stored for {} recipient(s)", kind, dedupKey, count);
        }
        return count;
    }

    @Override
    public List<InboxMessage> messages(UserId recipient, Locale locale, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where recipient = ? order by created_at desc, id desc"
                        + " fetch first " + Math.max(1, Math.min(limit, 500)) + " rows only")
                .param(recipient.value())
                .query((rs, i) -> render(rs, locale))
                .list();
    }

    @Override
    public int unreadCount(UserId recipient) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(recipient.value()).query(Integer.class).single();
    }

    @Override
    public boolean markRead(UserId recipient, long id) {
        int changed = jdbc.sql("update notification set read_at = ? where id = ? and recipient = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), id, recipient.value()).update();
        return changed > 0 || jdbc.sql("select count(*) from notification where id = ? and recipient = ?")
                .params(id, recipient.value()).query(Integer.class).single() > 0;
    }

    @Override
    public int markAllRead(UserId recipient) {
        return jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), recipient.value()).update();
    }

    /** The subject and body of a stored notification in {@code locale}. */
    Rendered render(NotificationKind kind, String storedArguments, Locale locale) {
        Object[] args = arguments(storedArguments, locale);
        return new Rendered(messages.get(kind.subjectKey(), locale, args), messages.get(kind.bodyKey(), locale, args));
    }

    record Rendered(String subject, String body) {
    }

    private Object[] arguments(String stored, Locale locale) {
        if (stored.isEmpty()) {
            return new Object[0];
        }
        List<Object> out = new ArrayList<>();
        for (String a : Arrays.asList(stored.split(SEPARATOR, -1))) {
            out.add(a.startsWith("#") ? messages.get(a.substring(1), locale) : a);
        }
        return out.toArray();
    }

    private InboxMessage render(ResultSet rs, Locale locale) throws SQLException {
        NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
        Rendered text = render(kind, rs.getString("arguments"), locale);
        Timestamp read = rs.getTimestamp("read_at");
        return new InboxMessage(rs.getLong("id"), kind, text.subject(), text.body(), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }
}
