package id.gerbang.feedback;

import id.gerbang.account.Actor;
import id.gerbang.common.GerbangException;
import id.gerbang.feedback.internal.FeedbackProperties;
import id.gerbang.feedback.internal.ProgrammeCatalogue;
import id.gerbang.feedback.internal.ReconciliationService;
import id.gerbang.feedback.internal.RecordReader;
import id.gerbang.feedback.internal.SubmissionService;
import id.gerbang.registry.Nik;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Data balikan for other modules and the module's own controllers: submitting records by any method,
 * reading them (victim information only for the roles that need it, each reading recorded), and the
 * programme catalogue. See {@code docs/feedback.md}.
 */
@Service
public class FeedbackRecords {

    private final SubmissionService submissions;
    private final RecordReader reader;
    private final ProgrammeCatalogue catalogue;
    private final FeedbackProperties properties;

    private final ReconciliationService reconciliation;

    FeedbackRecords(SubmissionService submissions, RecordReader reader, ProgrammeCatalogue catalogue,
            FeedbackProperties properties, ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
        this.submissions = submissions;
        this.reader = reader;
        this.catalogue = catalogue;
        this.properties = properties;
    }

    /**
     * Judges and stores a batch; one result per record, in order. Refusals of single records are
     * results, not exceptions.
     *
     * @throws GerbangException {@link FeedbackError#BATCH_TOO_LARGE} beyond {@code gerbang.feedback.max-batch}
     */
    public List<SubmissionResult> submit(Submitter submitter, List<FeedbackSubmission> batch) {
        if (batch.size() > properties.maxBatch()) {
            throw new GerbangException(FeedbackError.BATCH_TOO_LARGE, properties.maxBatch());
        }
        return submissions.submit(submitter, batch);
    }

    /**
     * {@link #submit} once per agency and idempotency key (the web service's {@code Idempotency-Key}):
     * {@code render} turns the results into the answer, which is stored with {@code requestHash}
     * in the records' transaction; the same key with the same hash again gets that answer back.
     *
     * @throws GerbangException {@link FeedbackError#BATCH_TOO_LARGE}; {@link FeedbackError#IDEMPOTENCY_KEY_REUSED}
     *                          when the key was used with another request
     */
    public BatchReply submitOnce(Submitter submitter, String idempotencyKey, byte[] requestHash,
            List<FeedbackSubmission> batch, java.util.function.Function<List<SubmissionResult>, byte[]> render) {
        if (batch.size() > properties.maxBatch()) {
            throw new GerbangException(FeedbackError.BATCH_TOO_LARGE, properties.maxBatch());
        }
        return submissions.submitOnce(submitter, idempotencyKey, requestHash, batch, render);
    }

    /** Every version about a NIK the reader may see, oldest first; the reading is recorded. */
    public List<FeedbackRecordView> byNik(Nik nik, Actor reader) {
        return this.reader.byNik(nik, reader);
    }

    /** The versions of one record, oldest first (empty when the reader may not see it). */
    public List<FeedbackRecordView> versions(String recordId, Actor reader) {
        return this.reader.versions(recordId, reader);
    }

    public List<Programme> programmes() {
        return catalogue.all();
    }

    public Programme addProgramme(String code, String name, String type, String actor) {
        return catalogue.add(code, name, type, false, actor);
    }

    public Programme setProgrammeActive(String code, boolean active, String actor) {
        return catalogue.setActive(code, active, actor);
    }

    /**
     * Lookups against data balikan on Jakarta days {@code from} to {@code to}: the due NIKs without
     * data balikan and the compliance rate per agency and month; {@code agencyId} {@code null} for all.
     */
    public Reconciliation reconcile(@org.jspecify.annotations.Nullable Long agencyId, java.time.LocalDate from,
            java.time.LocalDate to) {
        return reconciliation.reconcile(agencyId, from, to);
    }

    /**
     * Every version received on Jakarta days {@code from} to {@code to} (at most 100,000) for the
     * registry's export, victim information as {@link #byNik} decides; the reading is recorded.
     */
    public List<FeedbackRecordView> receivedBetween(java.time.LocalDate from, java.time.LocalDate to, Actor reader) {
        return this.reader.receivedBetween(from, to, reader);
    }

    /** Writes an export in {@code format} {@code csv}, {@code xlsx} or {@code json} (docs/feedback.md). */
    public void export(List<FeedbackRecordView> views, String format, java.io.OutputStream out) {
        switch (format) {
            case "csv" -> id.gerbang.feedback.internal.FeedbackExport.csv(views, out);
            case "xlsx" -> id.gerbang.feedback.internal.FeedbackExport.xlsx(views, out);
            case "json" -> id.gerbang.feedback.internal.FeedbackExport.json(views, out);
            default -> throw new GerbangException(id.gerbang.common.CommonError.VALIDATION_FAILED);
        }
    }

    /** The largest batch one call may carry. */
    public int maxBatch() {
        return properties.maxBatch();
    }
}
