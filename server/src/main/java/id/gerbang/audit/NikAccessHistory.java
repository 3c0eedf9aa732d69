package id.gerbang.audit;

import id.gerbang.audit.internal.AgencyNames;
import id.gerbang.audit.internal.ChainCodec;
import id.gerbang.audit.internal.ChainHead;
import id.gerbang.audit.internal.ChainHeads;
import id.gerbang.audit.internal.NikHistoryPdf;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.Messages;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access history of one NIK, for a resident's request under UU 27/2022, as data and as a PDF the
 * registry can hand over. Issuing it is itself recorded in the administrative log.
 */
@Service
public class NikAccessHistory {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SafetyFlags safetyFlags;
    private final AgencyNames agencyNames;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NikAccessHistory(JdbcClient jdbc, DataSource dataSource, SafetyFlags safetyFlags,
                     AgencyNames agencyNames, Messages messages, ApplicationEventPublisher events,
                     PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.safetyFlags = safetyFlags;
        this.agencyNames = agencyNames;
        this.messages = messages;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public NikHistory history(long nik, Viewer viewer) {
        boolean flagged = safetyFlags.isFlagged(nik);
        boolean redact = flagged && !viewer.registryAdministrator();
        AgencyNames names = agencyNames;
        List<NikHistory.Access> accesses = jdbc.sql("select logged_at, agency_id, channel, operation, purpose, "
                        + "outcome, elements, request_id, local_user from audit_access_log where nik = ? order by seq")
                .param(nik)
                .query((rs, n) -> {
                    long agency = rs.getLong(2);
                    Long agencyId = rs.wasNull() || redact ? null : agency;
                    String elements = rs.getString(7);
                    return new NikHistory.Access(rs.getObject(1, OffsetDateTime.class).toInstant(), agencyId,
                            agencyId == null ? null : names.nameOf(agencyId).orElse(null), rs.getString(3),
                            rs.getString(4), redact ? null : rs.getString(5),
                            redact ? null : rs.getString(9), rs.getString(6),
                            elements.isEmpty() ? List.of() : List.of(elements.split(",")), rs.getString(8), redact);
                })
                .list();
        LocalDate coversFrom = jdbc.sql("select min(log_date) from audit_access_log").query(LocalDate.class)
                .optional().orElse(null);
        ChainHead head = head();
        NikHistory history = new NikHistory(Long.toString(nik), ChainCodec.truncate(clock.instant()), viewer.name(),
                coversFrom, flagged, head.lastSeq(), ChainCodec.hex(head.lastHash()), accesses);
        transaction.executeWithoutResult(tx -> events.publishEvent(new AdministrativeAction(viewer.name(),
                "audit.nik-history.issued", "nik", Long.toString(nik), null,
                Map.of("accesses", accesses.size(), "redacted", redact), null)));
        return history;
    }

    /** The history as a PDF document in Indonesian ({@code id}) or English. */
    public byte[] pdf(NikHistory history, Locale locale) {
        return NikHistoryPdf.render(history, (key, args) -> messages.get(key, locale, args), locale);
    }

    private ChainHead head() {
        try (Connection c = dataSource.getConnection()) {
            return ChainHeads.read(c, "access");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getSQLState(), e);
        }
    }
}
