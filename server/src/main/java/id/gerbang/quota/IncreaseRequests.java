package id.gerbang.quota;

import id.gerbang.account.Actor;
import id.gerbang.account.ReviewWorkflow;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.internal.AgreementAccess;
import id.gerbang.quota.internal.IncreaseRequestRepository;
import id.gerbang.common.PdfSniffer;
import id.gerbang.quota.internal.QuotaLimits;
import id.gerbang.quota.internal.QuotaProperties;
import id.gerbang.quota.internal.StudyRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quota-increase requests: submitted by the agency's administrator (or a registry administrator on
 * its behalf) with a reason; approved (possibly with another value or start date, and the reference
 * of the addendum or letter) or rejected by a registry administrator. Approval changes the
 * agreement's daily quota from the start date through {@link Agreements#changeDailyQuota}, in the
 * same transaction. The technical study (kajian teknis) that justifies the request is a PDF attached
 * by whoever may submit while the request is pending, checked from its bytes (not its name or
 * declared type) and at most {@code gerbang.quota.study-max-bytes}, stored in the database and read
 * back by registry staff and the requesting agency only.
 */
@Service
public class IncreaseRequests {

    private final IncreaseRequestRepository requests;
    private final ReviewWorkflow<IncreaseRequest, IncreaseRequest.Status> workflow;
    private final AgreementAccess access;
    private final Agreements agreements;
    private final QuotaLimits limits;
    private final StudyRepository studies;
    private final QuotaProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncreaseRequests(IncreaseRequestRepository requests, AgreementAccess access, Agreements agreements,
            QuotaLimits limits, StudyRepository studies, QuotaProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.workflow = new ReviewWorkflow<>(requests, "quota-increase-request", QuotaError.REQUEST_NOT_FOUND,
                QuotaError.REQUEST_NOT_PENDING, events);
        this.studies = studies;
        this.properties = properties;
        this.access = access;
        this.agreements = agreements;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IncreaseRequest submit(Actor actor, AgreementId agreement, int requestedQuota, LocalDate requestedFrom,
            String reason) {
        AgencyId agency = access.requireActsFor(actor, agreement);
        LocalDate today = JakartaTime.today(clock);
        if (requestedFrom.isBefore(today)) {
            throw new GerbangException(QuotaError.EFFECTIVE_DATE_PAST, Map.of("effectiveFrom", "quota.date.past"));
        }
        if (agreements.termsOn(agreement, today).isEmpty() && agreements.termsOn(agreement, requestedFrom).isEmpty()) {
            throw new GerbangException(QuotaError.AGREEMENT_HAS_NO_TERMS);
        }
        long current = limits.agreementLimit(agreement, requestedFrom);
        if (requestedQuota <= current) {
            throw new GerbangException(QuotaError.NOT_AN_INCREASE, Map.of("requestedQuota", "quota.request.notIncrease"),
                    current);
        }
        Instant now = clock.instant();
        long id = requests.insert(agreement, agency, (int) current, requestedQuota, requestedFrom, reason.strip(),
                actor.userId(), now);
        return workflow.created(actor, id, IncreaseRequest.Status.SUBMITTED, now, "quota.increase-requested", reason);
    }

    /**
     * @param approvedQuota the quota granted; the requested one when {@code null}
     * @param effectiveFrom its first day; the requested one when {@code null}; not in the past
     * @param reference     the addendum or letter that grants it
     */
    @Transactional
    public IncreaseRequest approve(Actor actor, long id, @Nullable Integer approvedQuota,
            @Nullable LocalDate effectiveFrom, String reference, @Nullable String reason) {
        ReviewWorkflow.requireRegistryAdmin(actor);
        IncreaseRequest request = pending(id, null);
        int quota = approvedQuota != null ? approvedQuota : request.requestedQuota();
        LocalDate from = effectiveFrom != null ? effectiveFrom : request.requestedFrom();
        if (from.isBefore(JakartaTime.today(clock))) {
            throw new GerbangException(QuotaError.EFFECTIVE_DATE_PAST, Map.of("effectiveFrom", "quota.date.past"));
        }
        agreements.changeDailyQuota(request.agreement(), quota, from, reference, actor.userId());
        return decide(actor, request, IncreaseRequest.Status.APPROVED, reason, quota, from, reference,
                "quota.increase-approved");
    }

    @Transactional
    public IncreaseRequest reject(Actor actor, long id, String reason) {
        ReviewWorkflow.requireRegistryAdmin(actor);
        return decide(actor, pending(id, null), IncreaseRequest.Status.REJECTED, reason, null, null, null,
                "quota.increase-rejected");
    }

    @Transactional
    public IncreaseRequest withdraw(Actor actor, long id, String reason) {
        IncreaseRequest request = pending(id, actor);
        return decide(actor, request, IncreaseRequest.Status.WITHDRAWN, reason, null, null, null,
                "quota.increase-withdrawn");
    }

    /**
     * Submits a request with its technical study in one transaction: when the study is refused (not a
     * PDF, too large) no request remains. See {@link #submit} and {@link #attachStudy}.
     */
    @Transactional
    public IncreaseRequest submitWithStudy(Actor actor, AgreementId agreement, int requestedQuota,
            LocalDate requestedFrom, String reason, String fileName, InputStream study) {
        IncreaseRequest request = submit(actor, agreement, requestedQuota, requestedFrom, reason);
        return attachStudy(actor, request.id(), fileName, study);
    }

    /**
     * Attaches the technical study to a pending request, replacing an earlier one.
     *
     * @param fileName the name the uploader gave it; reduced to safe characters, ending in {@code .pdf}
     * @param content  read up to one byte past the limit, never further
     * @throws GerbangException {@code STUDY_TOO_LARGE} over {@code gerbang.quota.study-max-bytes};
     *                          {@code STUDY_NOT_PDF} when the bytes are not a PDF
     */
    @Transactional
    public IncreaseRequest attachStudy(Actor actor, long id, String fileName, InputStream content) {
        IncreaseRequest request = pending(id, actor);
        byte[] bytes = readAtMost(content, properties.studyMaxBytes());
        if (!PdfSniffer.isPdf(bytes)) {
            throw new GerbangException(QuotaError.STUDY_NOT_PDF, Map.of("study", "quota.study.notPdf"));
        }
        byte[] sha256 = sha256(bytes);
        String name = safeFileName(fileName);
        studies.put(id, name, bytes, sha256, actor.userId(), clock.instant());
        IncreaseRequest after = load(id);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fileName", name);
        state.put("sizeBytes", bytes.length);
        state.put("sha256", HexFormat.of().formatHex(sha256));
        events.publishEvent(new AdministrativeAction(actor.userId(), "quota.increase-study-attached",
                "quota-increase-request", Long.toString(id),
                request.study() == null ? null : Map.of("sha256", request.study().sha256()), state, null));
        return after;
    }

    /** The request's technical study, for registry staff and the requesting agency. */
    public Optional<StudyDocument> study(Actor actor, long id) {
        find(actor, id);
        return studies.document(id);
    }

    public IncreaseRequest find(Actor actor, long id) {
        return workflow.find(actor, id);
    }

    public List<IncreaseRequest> list(Actor actor, @Nullable AgreementId agreement, IncreaseRequest.@Nullable Status status) {
        if (agreement != null) {
            // another agency's agreement is refused, not answered with an empty list (issue 13 point 6)
            access.requireMaySee(actor, agreement);
        }
        AgencyId scope = actor.listingScope(null);
        return requests.list(scope, agreement, status);
    }

    private IncreaseRequest decide(Actor actor, IncreaseRequest request, IncreaseRequest.Status to,
            @Nullable String reason, @Nullable Integer quota, @Nullable LocalDate from, @Nullable String reference,
            String action) {
        Instant now = clock.instant();
        requests.decide(request.id(), to, actor.userId(), now, reason, quota, from, reference);
        IncreaseRequest after = workflow.transitioned(actor, request, to, now, action, reason);
        events.publishEvent(new IncreaseRequestDecided(request.id(), request.agency(), to));
        return after;
    }

    /** The pending request, locked, with its study; {@code actsFor}'s right to act for its agency checked before its status. */
    private IncreaseRequest pending(long id, @Nullable Actor actsFor) {
        return workflow.locked(id, IncreaseRequest.Status.SUBMITTED, actsFor).withStudy(studies.find(id).orElse(null));
    }

    private static byte[] readAtMost(InputStream in, int max) {
        try {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new GerbangException(QuotaError.STUDY_TOO_LARGE, Map.of("study", "quota.study.tooLarge"),
                        max / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last path segment, letters, digits, dot, dash and underscore only, at most 100, ending in .pdf. */
    static String safeFileName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            base = base.substring(0, base.length() - 4);
        }
        base = base.replaceAll("^[._]+", "");
        if (base.isEmpty()) {
            base = "kajian-teknis";
        }
        return (base.length() > 96 ? base.substring(0, 96) : base) + ".pdf";
    }

    private IncreaseRequest load(long id) {
        return workflow.load(id);
    }
}
