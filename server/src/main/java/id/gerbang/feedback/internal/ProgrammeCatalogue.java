package id.gerbang.feedback.internal;

import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.GerbangException;
import id.gerbang.feedback.FeedbackError;
import id.gerbang.feedback.Programme;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme catalogue the registry administrator keeps ({@code feedback_programme}). */
@Service
public class ProgrammeCatalogue {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeCatalogue(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public List<Programme> all() {
        return jdbc.sql("select id, code, name, programme_type, example, active from feedback_programme order by code")
                .query((rs, n) -> new Programme(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6)))
                .list();
    }

    public Optional<Programme> byCode(String code) {
        return all().stream().filter(p -> p.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public Optional<Programme> byId(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    @Transactional
    public Programme add(String code, String name, String type, boolean example, String actor) {
        try {
            jdbc.sql("insert into feedback_programme (code, name, programme_type, example, active, created_at, created_by)"
                            + " values (:code, :name, :type, :example, true, :at, :by)")
                    .param("code", code.strip()).param("name", name.strip()).param("type", type.strip())
                    .param("example", example).param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("by", actor)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new GerbangException(FeedbackError.PROGRAMME_CODE_TAKEN, code);
        }
        Programme added = byCode(code).orElseThrow();
        events.publishEvent(new AdministrativeAction(actor, "feedback.programme-added", "feedback-programme",
                added.code(), null, Map.of("name", added.name(), "type", added.type(), "example", example), null));
        return added;
    }

    @Transactional
    public Programme setActive(String code, boolean active, String actor) {
        Programme before = byCode(code).orElseThrow(() -> new GerbangException(FeedbackError.PROGRAMME_UNKNOWN, code));
        jdbc.sql("update feedback_programme set active = :active where id = :id")
                .param("active", active).param("id", before.id()).update();
        events.publishEvent(new AdministrativeAction(actor, active ? "feedback.programme-activated"
                : "feedback.programme-deactivated", "feedback-programme", before.code(),
                Map.of("active", before.active()), Map.of("active", active), null));
        return byCode(code).orElseThrow();
    }
}
