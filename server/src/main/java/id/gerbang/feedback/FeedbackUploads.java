package id.gerbang.feedback;

import id.gerbang.agreement.AgencyId;
import id.gerbang.common.GerbangException;
import id.gerbang.feedback.internal.FeedbackKeys;
import id.gerbang.feedback.internal.UploadJobs;
import id.gerbang.feedback.internal.UploadProcessor;
import id.gerbang.feedback.internal.UploadRepository;
import id.gerbang.feedback.internal.UploadTemplate;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Data balikan by Excel upload (issue 16, method 2; ADR 0110): the template to download, the upload
 * of a filled workbook as a background job (every row judged by the rules of every method, with
 * method {@code EXCEL_UPLOAD}), its progress, and the error workbook of refused rows. Everything is
 * scoped to the uploading agency. See {@code docs/feedback.md}, "Excel upload".
 */
@Service
public class FeedbackUploads {

    /** The largest workbook accepted, in bytes (100,000 rows of the template take about 6 MB). */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private final UploadTemplate template;
    private final UploadJobs jobs;
    private final UploadRepository uploads;
    private final FeedbackKeys keys;
    private final Clock clock;

    FeedbackUploads(UploadTemplate template, UploadJobs jobs, UploadRepository uploads, FeedbackKeys keys, Clock clock) {
        this.template = template;
        this.jobs = jobs;
        this.uploads = uploads;
        this.keys = keys;
        this.clock = clock;
    }

    /** Writes the template (XLSX) with today's code lists and active programmes. */
    public void template(OutputStream out, Locale locale) {
        template.write(out, locale);
    }

    /**
     * Queues the workbook for reading and returns its upload (status {@code QUEUED}); the job's
     * texts (the error workbook's reasons) are in {@code locale}'s language.
     *
     * @throws GerbangException {@link FeedbackError#UPLOAD_TOO_LARGE} beyond {@link #MAX_BYTES};
     *                          {@link FeedbackError#UPLOAD_BUSY} when too many uploads wait
     */
    public Upload start(AgencyId agency, String userId, String fileName, byte[] workbook, Locale locale) {
        if (workbook.length > MAX_BYTES) {
            throw new GerbangException(FeedbackError.UPLOAD_TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        String id = UUID.randomUUID().toString();
        String name = fileName.isBlank() ? "data-balikan.xlsx" : fileName.strip();
        String language = "en".equals(locale.getLanguage()) ? "en" : "id";
        boolean queued = jobs.submit(id, agency.value(), userId, workbook, Locale.forLanguageTag(language),
                () -> uploads.create(id, agency.value(), userId, name.length() > 200 ? name.substring(0, 200) : name,
                        language, clock.instant()));
        if (!queued) {
            throw new GerbangException(FeedbackError.UPLOAD_BUSY);
        }
        return find(agency, id).orElseThrow();
    }

    /** The agency's upload, if it is one of its own. */
    public Optional<Upload> find(AgencyId agency, String id) {
        return uploads.find(agency.value(), id);
    }

    /** The agency's latest uploads, newest first. */
    public List<Upload> recent(AgencyId agency, int limit) {
        return uploads.recent(agency.value(), limit);
    }

    /** The error workbook of the agency's upload, when it has refused rows. */
    public Optional<byte[]> errorWorkbook(AgencyId agency, String id) {
        return uploads.errorBook(agency.value(), id)
                .map(b -> keys.open(b.keyId(), b.value(), UploadProcessor.associated(id)));
    }
}
