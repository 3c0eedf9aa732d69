package id.gerbang.feedback.internal;

import id.gerbang.audit.AgencyLookups;
import id.gerbang.common.JakartaTime;
import id.gerbang.feedback.Reconciliation;
import id.gerbang.registry.Nik;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reconciliation of lookups against data balikan (docs/feedback.md "The registry's side"): per
 * agency and Jakarta month, the distinct NIKs looked up with data returned; a NIK is due once its
 * latest lookup of that month is {@code reconciliation-days} old, answered when the agency has a
 * record about it received at or after that lookup. Reads the access log through
 * {@link AgencyLookups} (index by day) and the records by agency and NIK.
 */
@Service
public class ReconciliationService {

    private final AgencyLookups lookups;
    private final FeedbackRepository records;
    private final FeedbackProperties properties;
    private final Clock clock;

    ReconciliationService(AgencyLookups lookups, FeedbackRepository records, FeedbackProperties properties, Clock clock) {
        this.lookups = lookups;
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    public Reconciliation reconcile(@Nullable Long agencyId, LocalDate from, LocalDate to) {
        int days = properties.reconciliationDays();
        Instant dueBefore = clock.instant().minus(Duration.ofDays(days));
        // per agency and month, the latest lookup of each NIK
        Map<Long, Map<YearMonth, Map<Long, AgencyLookups.Lookup>>> latest = new TreeMap<>();
        for (AgencyLookups.Lookup l : lookups.between(agencyId, from, to)) {
            latest.computeIfAbsent(l.agencyId(), k -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(JakartaTime.dateOf(l.at())), k -> new HashMap<>())
                    .merge(l.nik(), l, (a, b) -> a.seq() > b.seq() ? a : b);
        }
        List<Reconciliation.Missing> missing = new ArrayList<>();
        List<Reconciliation.Compliance> months = new ArrayList<>();
        latest.forEach((agency, byMonth) -> {
            List<Long> niks = byMonth.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
            Map<Long, Instant> received = records.latestReceived(agency, niks);
            byMonth.forEach((month, byNik) -> {
                int due = 0;
                int answered = 0;
                for (AgencyLookups.Lookup l : byNik.values()) {
                    if (l.at().isAfter(dueBefore)) {
                        continue;
                    }
                    due++;
                    Instant last = received.get(l.nik());
                    if (last != null && !last.isBefore(l.at())) {
                        answered++;
                    } else {
                        missing.add(new Reconciliation.Missing(agency, l.agreementId(), Nik.of(l.nik()).value(), l.seq(), l.at()));
                    }
                }
                months.add(new Reconciliation.Compliance(agency, month, due, answered, due == 0 ? 1.0 : (double) answered / due));
            });
        });
        missing.sort(Comparator.comparing(Reconciliation.Missing::lookedUpAt));
        return new Reconciliation(from, to, days, missing, months);
    }
}
