package id.gerbang.feedback;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.common.FormPairs;
import id.gerbang.common.SealingKeys;
import id.gerbang.feedback.internal.FeedbackKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved drafts of the portal's data-balikan form: the form's fields as typed, one draft per user
 * and kind, AES-GCM encrypted under the data-balikan keys ({@link FeedbackKeys}) with the key id
 * beside it, for both kinds (ADR 0074). A draft is not a record: nothing is judged until the form
 * is sent through {@link FeedbackRecords}, after which the page removes it.
 */
@Service
public class FeedbackDrafts {

    private final JdbcClient jdbc;
    private final SealingKeys keys;
    private final Clock clock;

    FeedbackDrafts(JdbcClient jdbc, FeedbackKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** Saves (replaces) the user's draft of that kind: field name to its values, in order. */
    @Transactional
    public void save(AgencyId agency, String userId, FeedbackKind kind, Map<String, List<String>> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(v -> text.append(encode(name)).append('=').append(encode(v))
                .append('&')));
        SealingKeys.Sealed sealed = keys.seal(text.toString().getBytes(StandardCharsets.UTF_8), associated(userId, kind));
        discard(userId, kind);
        jdbc.sql("insert into feedback_draft (user_id, kind, agency_id, key_id, content, saved_at) values (?, ?, ?, ?, ?, ?)")
                .params(userId, kind.name(), agency.value(), sealed.keyId(), sealed.value(),
                        clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    /**
     * The user's draft of that kind, if one was saved and can still be read (a draft under a key
     * retired by {@code rotate-feedback-key --retire-old-keys} is lost, as drafts are transient).
     */
    public Optional<Map<String, List<String>>> find(String userId, FeedbackKind kind) {
        try {
            return read(userId, kind);
        } catch (IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    private Optional<Map<String, List<String>>> read(String userId, FeedbackKind kind) {
        return jdbc.sql("select key_id, content from feedback_draft where user_id = ? and kind = ?")
                .params(userId, kind.name())
                .query((rs, n) -> decode(new String(keys.open(rs.getString("key_id"), rs.getBytes("content"),
                        associated(userId, kind)), StandardCharsets.UTF_8)))
                .optional();
    }

    public void discard(String userId, FeedbackKind kind) {
        jdbc.sql("delete from feedback_draft where user_id = ? and kind = ?").params(userId, kind.name()).update();
    }

    private static Map<String, List<String>> decode(String text) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        FormPairs.decode(text, (name, value) -> fields.computeIfAbsent(name, k -> new ArrayList<>())
                .add(value == null ? "" : value));
        return fields;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] associated(String userId, FeedbackKind kind) {
        return ("feedback-draft:" + userId + ":" + kind.name()).getBytes(StandardCharsets.UTF_8);
    }
}
