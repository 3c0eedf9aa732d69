package id.gerbang.feedback.internal;

import id.gerbang.account.Actor;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackRecordView;
import id.gerbang.feedback.Programme;
import id.gerbang.feedback.ProgrammeDetails;
import id.gerbang.registry.Nik;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads records for a reader. Victim information is decrypted only for the roles that need it
 * (registry administrators; the submitting agency's administrator and operators for their own
 * records), and each such reading is recorded in the administrative log in the same transaction:
 * if the record cannot be written, nothing is shown.
 */
@Service
public class RecordReader {

    private final FeedbackRepository records;
    private final ProgrammeCatalogue programmes;
    private final FeedbackKeys keys;
    private final ApplicationEventPublisher events;

    RecordReader(FeedbackRepository records, ProgrammeCatalogue programmes, FeedbackKeys keys,
            ApplicationEventPublisher events) {
        this.records = records;
        this.programmes = programmes;
        this.keys = keys;
        this.events = events;
    }

    /** Every version about a NIK that the reader may see (agency staff: their agency's), oldest first. */
    @Transactional
    public List<FeedbackRecordView> byNik(Nik nik, Actor reader) {
        Long agency = reader.isRegistryStaff() ? null : reader.agency() == null ? -1L : reader.agency().value();
        List<FeedbackRepository.Row> rows = records.byNik(nik.asLong(), agency);
        return views(rows, reader, "NIK " + nik.masked());
    }

    /** The versions of one record, oldest first, when the reader may see it. */
    @Transactional
    public List<FeedbackRecordView> versions(String recordId, Actor reader) {
        List<FeedbackRepository.Row> rows = records.versions(recordId).stream()
                .filter(r -> reader.isRegistryStaff() || (reader.agency() != null && reader.agency().value() == r.agencyId()))
                .toList();
        return views(rows, reader, "record " + recordId);
    }

    /** Versions with victim information read, listed in one administrative-log entry (about 80 KB). */
    static final int READ_PER_ENTRY = 2_000;

    /** Most versions one export carries. */
    public static final int EXPORT_LIMIT = 100_000;

    /**
     * Every version received on Jakarta days {@code from} to {@code to}, for the registry's export;
     * registry staff only. The reading is recorded like any other.
     */
    @Transactional
    public List<FeedbackRecordView> receivedBetween(java.time.LocalDate from, java.time.LocalDate to, Actor reader) {
        if (!reader.isRegistryStaff()) {
            return List.of();
        }
        List<FeedbackRepository.Row> rows = records.receivedBetween(id.gerbang.common.JakartaTime.startOf(from),
                id.gerbang.common.JakartaTime.startOf(to.plusDays(1)), EXPORT_LIMIT);
        return views(rows, reader, "export " + from + ".." + to);
    }

    static boolean mayReadVictims(Actor reader, long agencyId) {
        return reader.role() == Roles.REGISTRY_ADMIN
                || ((reader.role() == Roles.AGENCY_ADMIN || reader.role() == Roles.AGENCY_OPERATOR)
                && reader.agency() != null && reader.agency().value() == agencyId);
    }

    private List<FeedbackRecordView> views(List<FeedbackRepository.Row> rows, Actor reader, String what) {
        Map<Long, Programme> catalogue = new LinkedHashMap<>();
        programmes.all().forEach(p -> catalogue.put(p.id(), p));
        List<FeedbackRecordView> views = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (FeedbackRepository.Row r : rows) {
            VictimCodec.Victim victim = null;
            boolean hidden = false;
            if (r.victimData() != null && r.keyId() != null) {
                if (mayReadVictims(reader, r.agencyId())) {
                    victim = VictimCodec.decode(keys.open(r.keyId(), r.victimData(),
                            SubmissionService.associated(r.recordKey(), r.version())));
                    read.add(r.recordKey() + "/" + r.version());
                } else {
                    hidden = true;
                }
            }
            Programme programme = r.programmeId() == null ? null : catalogue.get(r.programmeId());
            ProgrammeDetails details = programme == null || r.aidDate() == null || r.aidForm() == null ? null
                    : new ProgrammeDetails(programme.code(), r.aidDate(), r.aidForm(), r.aidAmount());
            views.add(new FeedbackRecordView(r.recordKey(), r.version(), r.action(), r.agencyId(), r.agreementId(),
                    Nik.of(r.nik()).value(), r.kind(), r.method(), r.caseReference(), r.lookupSeq(), r.receivedAt(),
                    r.submittedBy(), programme, details, victim == null ? null : victim.details(),
                    victim == null ? null : victim.ageGroup(), hidden));
        }
        if (!rows.isEmpty()) {
            // one entry per READ_PER_ENTRY versions whose victim information was read: an export or a
            // NIK with thousands of versions must not exceed the administrative log's state bound
            int parts = Math.max(1, (read.size() + READ_PER_ENTRY - 1) / READ_PER_ENTRY);
            for (int part = 0; part < parts; part++) {
                List<String> chunk = read.subList(part * READ_PER_ENTRY, Math.min(read.size(), (part + 1) * READ_PER_ENTRY));
                Map<String, Object> state = parts == 1
                        ? Map.of("versions", rows.size(), "victimInformationRead", chunk)
                        : Map.of("versions", rows.size(), "victimInformationRead", chunk, "part", (part + 1) + "/" + parts);
                events.publishEvent(new AdministrativeAction(reader.userId(), "feedback.viewed", "feedback",
                        what, null, state, null));
            }
        }
        return views;
    }
}
