package id.gerbang.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The lookups an agency made that returned data ({@link AccessOutcome#dataReturned()}), by NIK: what
 * data balikan must answer (PKS Pasal 3 ayat (1) huruf b). Every query uses an index of the access
 * log: {@code audit_access_log_nik} for NIKs, {@code audit_access_log_agency_usage} for an agency's
 * days.
 */
@Service
public class AgencyLookups {

    /** Largest number of NIKs asked in one statement. */
    static final int CHUNK = 500;

    private static final String DATA_RETURNED = dataReturnedList();

    private final JdbcClient jdbc;

    AgencyLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One lookup that returned data.
     *
     * @param seq         the access-log entry's sequence number
     * @param at          when it was logged
     * @param agencyId    the agency
     * @param agreementId the agreement it was made under
     * @param nik         the NIK looked up
     */
    public record Lookup(long seq, Instant at, long agencyId, long agreementId, long nik) {
    }

    /**
     * For each NIK, the agency's latest lookup at or after {@code since} that returned data; NIKs the
     * agency did not look up since then are absent.
     */
    public Map<Long, Lookup> latest(long agencyId, Collection<Long> niks, Instant since) {
        Map<Long, Lookup> latest = new HashMap<>();
        List<Long> all = List.copyOf(niks);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.sql("select seq, logged_at, agency_id, agreement_id, nik from audit_access_log"
                            + " where nik in (:niks) and agency_id = :agency and logged_at >= :since"
                            + " and agreement_id is not null and operation in ('LOOKUP','VERIFICATION') and outcome in (" + DATA_RETURNED + ")")
                    .param("niks", chunk).param("agency", agencyId).param("since", since.atOffset(ZoneOffset.UTC))
                    .query(AgencyLookups::lookup)
                    .list()
                    .forEach(l -> latest.merge(l.nik(), l, (a, b) -> a.seq() > b.seq() ? a : b));
        }
        return latest;
    }

    /** The access-log entry {@code seq}, when it is a lookup by this agency that returned data. */
    public Optional<Lookup> find(long agencyId, long seq) {
        return jdbc.sql("select seq, logged_at, agency_id, agreement_id, nik from audit_access_log where seq = :seq"
                        + " and agency_id = :agency and nik is not null and agreement_id is not null"
                        + " and operation in ('LOOKUP','VERIFICATION') and outcome in (" + DATA_RETURNED + ")")
                .param("seq", seq).param("agency", agencyId)
                .query(AgencyLookups::lookup).optional();
    }

    /**
     * The agency's lookups that returned data on Jakarta days {@code from} to {@code to} (inclusive),
     * oldest first; {@code agencyId} {@code null} for every agency.
     */
    public List<Lookup> between(@Nullable Long agencyId, LocalDate from, LocalDate to) {
        List<Lookup> lookups = new ArrayList<>();
        jdbc.sql("select seq, logged_at, agency_id, agreement_id, nik from audit_access_log"
                        + " where log_date between :from and :to" + (agencyId == null ? " and agency_id is not null" : " and agency_id = :agency")
                        + " and nik is not null and agreement_id is not null and operation in ('LOOKUP','VERIFICATION') and outcome in (" + DATA_RETURNED + ")"
                        + " order by seq")
                .param("from", from).param("to", to).param("agency", agencyId)
                .query(AgencyLookups::lookup)
                .list()
                .forEach(lookups::add);
        return lookups;
    }

    private static Lookup lookup(ResultSet rs, int row) throws SQLException {
        return new Lookup(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(3),
                rs.getLong(4), rs.getLong(5));
    }

    private static String dataReturnedList() {
        StringBuilder s = new StringBuilder();
        for (AccessOutcome o : AccessOutcome.values()) {
            if (o.dataReturned()) {
                s.append(s.isEmpty() ? "" : ",").append('\'').append(o.name()).append('\'');
            }
        }
        return s.toString();
    }
}
