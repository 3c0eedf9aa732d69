package id.gerbang.feedback.internal;

import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.audit.AgencyLookups;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.feedback.BatchReply;
import id.gerbang.feedback.FeedbackError;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.Programme;
import id.gerbang.feedback.SubmissionResult;
import id.gerbang.feedback.Submitter;
import id.gerbang.feedback.VictimDetails;
import id.gerbang.registry.Nik;
import id.gerbang.registry.PopulationRegister;
import id.gerbang.registry.Resident;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a batch of data-balikan records under the rules (docs/feedback.md, "Rules"): each record
 * well formed; for a NIK the submitter's agency looked up (with data returned) within the window;
 * of a kind and by a method the terms of that lookup's agreement name on the day; not the same as
 * the record's latest version. Accepted records of a batch are stored in one transaction; a batch
 * that met a concurrent writer of the same record is read and judged again.
 */
@Service
public class SubmissionService {

    private static final int ATTEMPTS = 3;

    private final FeedbackRepository records;
    private final RecordValidator validator;
    private final ProgrammeCatalogue programmes;
    private final AgencyLookups lookups;
    private final Agreements agreements;
    private final PopulationRegister register;
    private final AgeGroups ageGroups;
    private final FeedbackKeys keys;
    private final FeedbackProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    SubmissionService(FeedbackRepository records, RecordValidator validator, ProgrammeCatalogue programmes, AgencyLookups lookups, Agreements agreements,
            PopulationRegister register, AgeGroups ageGroups, FeedbackKeys keys, FeedbackProperties properties,
            TransactionTemplate tx, Clock clock) {
        this.records = records;
        this.validator = validator;
        this.programmes = programmes;
        this.lookups = lookups;
        this.agreements = agreements;
        this.register = register;
        this.ageGroups = ageGroups;
        this.keys = keys;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** Judges and stores the batch; one result per submission, in order. */
    public List<SubmissionResult> submit(Submitter submitter, List<FeedbackSubmission> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> judgeAndStore(submitter, batch));
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Judges and stores the batch once per agency and idempotency key: in the same transaction as
     * the records, the rendered answer is stored with the request's hash (feedback_batch); a later
     * call with that key and the same hash gets the stored answer and stores nothing, with another
     * hash it is refused ({@code IDEMPOTENCY_KEY_REUSED}). Two calls racing with one key: the
     * second meets the first's row, is rolled back and answered from it.
     */
    public BatchReply submitOnce(Submitter submitter, String key, byte[] requestHash, List<FeedbackSubmission> batch,
            Function<List<SubmissionResult>, byte[]> render) {
        long agency = submitter.agency().value();
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    Optional<FeedbackRepository.StoredBatch> stored = records.batch(agency, key);
                    if (stored.isPresent()) {
                        if (!MessageDigest.isEqual(stored.get().requestHash(), requestHash)) {
                            throw new GerbangException(FeedbackError.IDEMPOTENCY_KEY_REUSED);
                        }
                        return new BatchReply(stored.get().response(), true, List.of());
                    }
                    List<SubmissionResult> results = judgeAndStore(submitter, batch);
                    byte[] body = render.apply(results);
                    records.saveBatch(agency, key, requestHash, body, clock.instant());
                    return new BatchReply(body, false, results);
                });
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private List<SubmissionResult> judgeAndStore(Submitter submitter, List<FeedbackSubmission> batch) {
        Instant now = clock.instant();
        LocalDate today = JakartaTime.dateOf(now);
        long agency = submitter.agency().value();
        SubmissionResult[] results = new SubmissionResult[batch.size()];
        Map<Integer, RecordValidator.Valid> valid = new HashMap<>();
        Map<String, Programme> catalogue = programmes.all().stream()
                .collect(Collectors.toMap(p -> p.code().toUpperCase(Locale.ROOT), Function.identity()));
        for (int i = 0; i < batch.size(); i++) {
            RecordValidator.Checked checked = validator.check(i, batch.get(i), today, catalogue);
            if (checked.valid() != null) {
                valid.put(i, checked.valid());
            } else {
                results[i] = checked.refusal();
            }
        }
        Set<Long> niks = new HashSet<>();
        valid.values().forEach(v -> niks.add(v.nik().asLong()));
        Map<Long, AgencyLookups.Lookup> recent = lookups.latest(agency, niks, now.minus(properties.window()));
        Map<Long, Resident> residents = new HashMap<>();
        if (valid.values().stream().anyMatch(v -> v.submission().kind() == FeedbackKind.VICTIM)) {
            register.findAll(valid.values().stream().filter(v -> v.submission().kind() == FeedbackKind.VICTIM)
                    .map(RecordValidator.Valid::nik).toList()).forEach((nik, r) -> residents.put(nik.asLong(), r));
        }
        Map<FeedbackRepository.CaseKey, FeedbackRepository.Latest> latest = records.latest(agency, recent.keySet());
        Map<Long, Optional<AgreementTerms>> terms = new HashMap<>();
        List<FeedbackRepository.Row> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            RecordValidator.Valid v = valid.get(i);
            if (v == null) {
                continue;
            }
            FeedbackSubmission s = v.submission();
            FeedbackKind kind = s.kind();
            long nik = v.nik().asLong();
            AgencyLookups.Lookup lookup = recent.get(nik);
            if (lookup == null) {
                results[i] = refusalWithoutLookup(i, agency, nik);
                continue;
            }
            Optional<AgreementTerms> on = terms.computeIfAbsent(lookup.agreementId(),
                    id -> agreements.termsOn(new AgreementId(id), today));
            if (on.isEmpty() || !on.get().feedback().kinds().contains(kind)) {
                results[i] = SubmissionResult.refused(i, FeedbackError.KIND_NOT_ALLOWED, kind);
                continue;
            }
            if (!on.get().feedback().methods().contains(submitter.method())) {
                results[i] = SubmissionResult.refused(i, FeedbackError.METHOD_NOT_ALLOWED, submitter.method());
                continue;
            }
            FeedbackRepository.CaseKey key = new FeedbackRepository.CaseKey(agency, nik, kind, s.caseReference().strip());
            FeedbackRepository.Latest previous = latest.get(key);
            String content = s.withdraw() ? "WITHDRAWN" : content(s, v.programme());
            byte[] fingerprint = keys.fingerprint(agency + "|" + nik + "|" + kind + "|" + key.caseReference() + "|" + content);
            if (previous != null && java.util.Arrays.equals(previous.fingerprint(), fingerprint)) {
                results[i] = SubmissionResult.stored(i, SubmissionResult.Status.DUPLICATE, previous.recordKey(),
                        previous.version());
                continue;
            }
            if (s.withdraw() && previous == null) {
                results[i] = SubmissionResult.refused(i, FeedbackError.RECORD_NOT_FOUND, null);
                continue;
            }
            String recordKey = previous == null ? UUID.randomUUID().toString() : previous.recordKey();
            int version = previous == null ? 1 : previous.version() + 1;
            String action = s.withdraw() ? "WITHDRAWN" : previous == null ? "SUBMITTED" : "CORRECTED";
            String keyId = null;
            byte[] sealed = null;
            if (kind == FeedbackKind.VICTIM && !s.withdraw()) {
                VictimDetails victim = java.util.Objects.requireNonNull(s.victim());
                Resident resident = residents.get(nik);
                Integer ageGroup = resident == null ? null
                        : ageGroups.at(resident.dateOfBirth(), victim.incidentDate()).orElse(null);
                FeedbackKeys.Sealed value = keys.seal(VictimCodec.encode(victim, ageGroup), associated(recordKey, version));
                keyId = value.keyId();
                sealed = value.value();
            }
            var p = s.withdraw() ? null : s.programme();
            Programme programme = v.programme();
            rows.add(new FeedbackRepository.Row(0, recordKey, version, action, agency, lookup.agreementId(), nik, kind,
                    submitter.method(), key.caseReference(), lookup.seq(), fingerprint, now, submitter.userId(),
                    programme == null || p == null ? null : programme.id(), p == null ? null : p.aidDate(),
                    p == null ? null : p.aidForm().strip(), p == null ? null : p.amount(), keyId, sealed));
            latest.put(key, new FeedbackRepository.Latest(recordKey, version, action, fingerprint));
            results[i] = SubmissionResult.stored(i, SubmissionResult.Status.ACCEPTED, recordKey, version);
        }
        records.insert(rows);
        return List.of(results);
    }

    private SubmissionResult refusalWithoutLookup(int index, long agency, long nik) {
        boolean earlier = !lookups.latest(agency, List.of(nik), Instant.EPOCH).isEmpty();
        return earlier
                ? SubmissionResult.refused(index, FeedbackError.LOOKUP_WINDOW_PASSED, properties.window().toDays())
                : SubmissionResult.refused(index, FeedbackError.NIK_NOT_LOOKED_UP, null);
    }

    /** What the duplicate check compares besides the name: the details, canonical. */
    private static String content(FeedbackSubmission s, @Nullable Programme programme) {
        if (s.victim() != null) {
            return VictimCodec.canonical(s.victim());
        }
        var p = java.util.Objects.requireNonNull(s.programme());
        return "p1;" + (programme == null ? "" : programme.id()) + ";" + p.aidDate() + ";" + p.aidForm().strip() + ";"
                + (p.amount() == null ? "" : p.amount());
    }

    /** Binds an encrypted value to its row: a value moved to another row does not decrypt. */
    static byte[] associated(String recordKey, int version) {
        return ("feedback_record:" + recordKey + ":" + version).getBytes(StandardCharsets.UTF_8);
    }
}
