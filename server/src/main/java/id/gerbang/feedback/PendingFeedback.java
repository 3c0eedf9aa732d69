package id.gerbang.feedback;

import id.gerbang.agreement.AgencyId;
import id.gerbang.registry.Nik;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Data balikan postponed from the portal's pop-up after a lookup (issue 16, method 4): "Data
 * balikan tertunda". A postponed NIK stays on its agency's list until the agency stores a record
 * for it (any kind, any method) after it was postponed; nothing here judges a record, which stays
 * {@link FeedbackRecords}' work.
 */
@Service
public class PendingFeedback {

    /** One postponed NIK: who postponed it and when. */
    public record Pending(long id, String nik, String userId, Instant postponedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingFeedback(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Puts the NIK on the agency's list (once: postponing it again keeps the first entry). */
    public void postpone(AgencyId agency, String userId, Nik nik) {
        if (!open(agency).stream().anyMatch(p -> p.nik().equals(nik.value()))) {
            jdbc.sql("insert into feedback_pending (agency_id, user_id, nik, postponed_at) values (?, ?, ?, ?)")
                    .params(agency.value(), userId, nik.asLong(),
                            clock.instant().atOffset(ZoneOffset.UTC)).update();
        }
    }

    /** The agency's postponed NIKs for which it has stored no record since, oldest first. */
    public List<Pending> open(AgencyId agency) {
        return jdbc.sql("""
                select p.id, p.nik, p.user_id, p.postponed_at from feedback_pending p
                where p.agency_id = ? and not exists (select 1 from feedback_record r
                    where r.agency_id = p.agency_id and r.nik = p.nik and r.received_at >= p.postponed_at)
                order by p.postponed_at, p.id""")
                .param(agency.value())
                .query((rs, n) -> new Pending(rs.getLong("id"), String.format("%016d", rs.getLong("nik")),
                        rs.getString("user_id"), rs.getObject("postponed_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
