package id.gerbang.feedback.internal;

import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.common.Messages;
import id.gerbang.common.SealingKeys;
import id.gerbang.feedback.FeedbackError;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.SubmissionResult;
import id.gerbang.feedback.Submitter;
import id.gerbang.feedback.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one upload: counts the rows, reads them as a stream, turns each into a record
 * ({@link UploadRows}) and judges and stores them in batches through {@link SubmissionService},
 * the rules of every method, with method {@code EXCEL_UPLOAD}. Each batch is its own transaction
 * and the progress is written after it, so a job cut off keeps every batch it finished; the same
 * workbook uploaded again finds those records as duplicates (the record's identity: agency, NIK,
 * kind, case reference and content) and stores only the rest. Refused rows go to the error workbook,
 * stored sealed under the data-balikan keys. Nothing of a row's content is logged.
 */
@Component
public class UploadProcessor {

    private static final Logger log = LoggerFactory.getLogger(UploadProcessor.class);

    private final SubmissionService submissions;
    private final UploadRepository uploads;
    private final FeedbackKeys keys;
    private final FeedbackProperties properties;
    private final Messages messages;
    private final Clock clock;

    UploadProcessor(SubmissionService submissions, UploadRepository uploads, FeedbackKeys keys,
            FeedbackProperties properties, Messages messages, Clock clock) {
        this.submissions = submissions;
        this.uploads = uploads;
        this.keys = keys;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /** Called after each stored batch with the rows judged so far (tests cut a job off here). */
    public interface BatchListener {
        void stored(int rowsDone);
    }

    /** A row waiting for its batch. */
    private record Pending(UploadColumns.Layout layout, int rowNumber, List<WorkbookReader.RawCell> cells,
            FeedbackSubmission submission) {
    }

    private final class Run {
        final String id;
        final Submitter submitter;
        final Locale locale;
        final BatchListener listener;
        final ErrorWorkbook errors;
        final List<Pending> batch = new ArrayList<>();
        int done;
        int accepted;
        int duplicates;
        int refused;

        Run(String id, Submitter submitter, Locale locale, BatchListener listener) {
            this.id = id;
            this.submitter = submitter;
            this.locale = locale;
            this.listener = listener;
            this.errors = new ErrorWorkbook(messages.get("feedback.upload.reason", locale));
        }

        void row(UploadColumns.Layout layout, int rowNumber, List<WorkbookReader.RawCell> cells) {
            UploadRows.Read read = UploadRows.read(layout, cells);
            if (read.fault() != null) {
                UploadRows.CellFault fault = read.fault();
                errors.add(layout, rowNumber, cells, fault.column(), header(layout, fault.column()) + ": "
                        + messages.get(fault.messageKey(), locale));
                refused++;
                done++;
            } else {
                batch.add(new Pending(layout, rowNumber, cells, java.util.Objects.requireNonNull(read.submission())));
            }
            if (batch.size() >= properties.maxBatch()) {
                flush();
            }
        }

        void flush() {
            if (Thread.currentThread().isInterrupted()) {
                throw new WorkbookReader.Refused(WorkbookReader.Failure.INTERRUPTED, null);
            }
            if (!batch.isEmpty()) {
                List<SubmissionResult> results = submissions.submit(submitter,
                        batch.stream().map(Pending::submission).toList());
                for (SubmissionResult result : results) {
                    Pending p = batch.get(result.index());
                    switch (result.status()) {
                        case ACCEPTED -> accepted++;
                        case DUPLICATE -> duplicates++;
                        case REFUSED -> {
                            refused++;
                            errors.add(p.layout(), p.rowNumber(), p.cells(), column(p.layout(), result), reason(p.layout(), result));
                        }
                    }
                }
                done += batch.size();
                batch.clear();
            }
            uploads.progress(id, done, accepted, duplicates, refused);
            listener.stored(done);
        }

        String header(UploadColumns.Layout layout, int column) {
            return column < 0 ? "" : layout.columns().get(column).header();
        }

        int column(UploadColumns.Layout layout, SubmissionResult result) {
            if (result.field() != null && layout.indexOf(result.field()) >= 0) {
                return layout.indexOf(result.field());
            }
            FeedbackError error = result.error();
            if (error == FeedbackError.NIK_NOT_LOOKED_UP || error == FeedbackError.LOOKUP_WINDOW_PASSED) {
                return layout.indexOf("nik");
            }
            if (error == FeedbackError.RECORD_NOT_FOUND || error == FeedbackError.RECORD_WITHDRAWN) {
                return layout.indexOf("withdraw");
            }
            if (error == FeedbackError.PROGRAMME_UNKNOWN) {
                return layout.indexOf("programmeCode");
            }
            return -1;
        }

        String reason(UploadColumns.Layout layout, SubmissionResult result) {
            FeedbackError error = result.error() == null ? FeedbackError.INVALID_RECORD : result.error();
            if (error == FeedbackError.INVALID_RECORD && result.problem() != null) {
                int column = column(layout, result);
                String problem = messages.get("feedback.problem." + result.problem().name(), locale);
                return (column >= 0 ? header(layout, column) : result.field()) + ": " + problem + " (" + error.name() + ")";
            }
            Object argument = result.argument() == null ? "" : result.argument();
            return messages.get("error." + error.name(), locale, argument, "") + " (" + error.name() + ")";
        }
    }

    /**
     * Processes the upload {@code id} to its end (status {@code DONE}, or {@code FAILED} with the
     * reason the workbook was refused as a whole).
     */
    public void process(String id, long agency, String userId, byte[] workbook, Locale locale, BatchListener listener) {
        Submitter submitter = new Submitter(new id.gerbang.agreement.AgencyId(agency), userId, FeedbackMethod.EXCEL_UPLOAD);
        Run run = null;
        try {
            int total = WorkbookReader.count(workbook);
            uploads.running(id, total);
            run = new Run(id, submitter, locale, listener);
            Run r = run;
            WorkbookReader.read(workbook, r::row);
            r.flush();
            SealingKeys.Sealed sealed = null;
            if (r.errors.rows() > 0) {
                sealed = keys.seal(r.errors.bytes(), associated(id));
            }
            uploads.finish(id, Upload.Status.DONE, null, sealed == null ? null : sealed.keyId(),
                    sealed == null ? null : sealed.value(), clock.instant());
            log.info("Data-balikan upload {} done: {} rows, {} accepted, {} duplicates, {} refused", id, r.done,
                    r.accepted, r.duplicates, r.refused);
        } catch (WorkbookReader.Refused e) {
            Upload.Status status = e.failure() == WorkbookReader.Failure.INTERRUPTED ? Upload.Status.INTERRUPTED
                    : Upload.Status.FAILED;
            uploads.finish(id, status, e.failure().name(), null, null, clock.instant());
            log.info("Data-balikan upload {} refused: {}", id, e.failure());
        } finally {
            if (run != null) {
                run.errors.close();
            }
        }
    }

    /** Binds a sealed error workbook to its upload. */
    public static byte[] associated(String id) {
        return ("feedback_upload:" + id).getBytes(StandardCharsets.UTF_8);
    }
}
