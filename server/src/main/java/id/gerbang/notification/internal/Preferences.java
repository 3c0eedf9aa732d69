package id.gerbang.notification.internal;

import id.gerbang.account.UserId;
import id.gerbang.common.GerbangException;
import id.gerbang.notification.NotificationError;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.NotificationPreferences;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tables {@code notification_preference} and {@code notification_mail_off}. */
@Service
class Preferences implements NotificationPreferences {

    /** One address, no display name, no spaces or commas (so no header injection or list of recipients). */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,180}\\.[A-Za-z]{2,24}");

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    Preferences(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public NotificationPreferences.Preferences of(UserId user) {
        Optional<Row> row = row(user);
        Set<NotificationKind> mailed = EnumSet.allOf(NotificationKind.class);
        jdbc.sql("select kind from notification_mail_off where user_id = ?").param(user.value())
                .query(String.class).list()
                .forEach(k -> mailed.removeIf(kind -> kind.name().equals(k)));
        return new NotificationPreferences.Preferences(row.map(Row::email).orElse(null),
                row.map(Row::language).orElse("id"), mailed);
    }

    @Override
    @Transactional
    public NotificationPreferences.Preferences save(UserId user, @Nullable String email, String language,
            Set<NotificationKind> mailed) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw new GerbangException(NotificationError.EMAIL_INVALID);
        }
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!lang.equals("id") && !lang.equals("en")) {
            throw new GerbangException(NotificationError.LANGUAGE_UNKNOWN);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update notification_preference set email = ?, language = ?, updated_at = ? where user_id = ?")
                .params(address, lang, now, user.value()).update();
        if (updated == 0) {
            jdbc.sql("insert into notification_preference (user_id, email, language, updated_at) values (?, ?, ?, ?)")
                    .params(user.value(), address, lang, now).update();
        }
        jdbc.sql("delete from notification_mail_off where user_id = ?").param(user.value()).update();
        for (NotificationKind kind : NotificationKind.values()) {
            if (!mailed.contains(kind)) {
                jdbc.sql("insert into notification_mail_off (user_id, kind) values (?, ?)")
                        .params(user.value(), kind.name()).update();
            }
        }
        return of(user);
    }

    /** Where {@code kind} goes by e-mail for {@code user}; {@code null}: inbox only (no mail server, no address, or switched off). */
    @Nullable String mailAddressFor(UserId user, NotificationKind kind) {
        if (!mailConfigured()) {
            return null;
        }
        NotificationPreferences.Preferences p = of(user);
        return p.email() != null && p.mailed().contains(kind) ? p.email() : null;
    }

    /** The language of {@code user}'s e-mails. */
    Locale locale(UserId user) {
        return "en".equals(row(user).map(Row::language).orElse("id")) ? Locale.ENGLISH : id.gerbang.common.Messages.INDONESIAN;
    }

    private Optional<Row> row(UserId user) {
        return jdbc.sql("select email, language from notification_preference where user_id = ?").param(user.value())
                .query((rs, i) -> new Row(rs.getString("email"), rs.getString("language"))).optional();
    }

    private record Row(@Nullable String email, String language) {
    }
}
