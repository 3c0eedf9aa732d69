package id.gerbang.report;

import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import id.gerbang.report.internal.FindingStore;
import id.gerbang.report.internal.ReportStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's findings (docs/report.md, "Findings"): a registry administrator records what the
 * evaluation of an agency's semester report found (kind, severity, evidence and an optional link to the
 * access-log search that shows it, the follow-up asked) and later updates the follow-up or closes it.
 * Registry staff read every finding; the registry auditor changes nothing; an agency reads none here.
 * Every change is an {@link AdministrativeAction} ({@code report.finding-recorded},
 * {@code report.finding-updated}; subject type {@code report-finding}).
 */
@Service
public class Findings {

    /** A portal path of the registry console (the access-log search), never another site. */
    private static final Pattern LINK = Pattern.compile("/portal/registry/[A-Za-z0-9/_.~%:+,;=&?-]{0,480}");

    private final FindingStore store;
    private final ReportStore reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Findings(FindingStore store, ReportStore reports, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    /** What a registry administrator types. */
    public record Draft(Finding.@Nullable Kind kind, Finding.@Nullable Severity severity, String evidence,
                        @Nullable String evidenceLink, String followUp) {
    }

    /**
     * Records a finding on a semester report.
     *
     * @throws GerbangException {@code FINDING_INVALID} naming the fields; {@code REPORT_NOT_FOUND}; {@code FORBIDDEN}
     *                          for anyone but a registry administrator
     */
    @Transactional
    public Finding recordOnReport(Actor actor, long reportId, Draft draft) {
        requireAdmin(actor);
        ReportStore.Row report = reports.find(reportId).orElseThrow(() -> new GerbangException(ReportError.REPORT_NOT_FOUND));
        return record(actor, report.agencyId(), reportId, draft);
    }

    /** Records a finding on an agency outside a report (an evaluation at any time, PKS Pasal 8 ayat (3)). */
    @Transactional
    public Finding recordOnAgency(Actor actor, AgencyId agency, Draft draft) {
        requireAdmin(actor);
        return record(actor, agency.value(), null, draft);
    }

    private Finding record(Actor actor, long agencyId, @Nullable Long reportId, Draft draft) {
        String link = draft.evidenceLink() == null || draft.evidenceLink().isBlank() ? null : draft.evidenceLink().strip();
        Map<String, String> invalid = new LinkedHashMap<>();
        if (draft.kind() == null) {
            invalid.put("kind", "report.finding.required");
        }
        if (draft.severity() == null) {
            invalid.put("severity", "report.finding.required");
        }
        if (draft.evidence().isBlank()) {
            invalid.put("evidence", "report.finding.required");
        }
        if (link != null && (!LINK.matcher(link).matches() || link.contains("//") || link.contains(".."))) {
            invalid.put("evidenceLink", "report.finding.linkInvalid");
        }
        if (!invalid.isEmpty()) {
            throw new GerbangException(ReportError.FINDING_INVALID, invalid);
        }
        long id = store.create(agencyId, reportId, draft.kind(), draft.severity(), cut(draft.evidence()), link,
                cut(draft.followUp()), actor.userId(), clock.instant());
        events.publishEvent(new AdministrativeAction(actor.userId(), "report.finding-recorded", "report-finding",
                Long.toString(id), null, Map.of("agencyId", agencyId, "reportId", reportId == null ? "" : reportId,
                        "kind", draft.kind().name(), "severity", draft.severity().name()), null));
        return store.find(id).orElseThrow();
    }

    /**
     * Updates the follow-up and opens or closes the finding.
     *
     * @throws GerbangException {@code FINDING_NOT_FOUND}; {@code FORBIDDEN} for anyone but a registry administrator
     */
    @Transactional
    public Finding update(Actor actor, long id, String followUp, Finding.Status status) {
        requireAdmin(actor);
        Finding before = store.find(id).orElseThrow(() -> new GerbangException(ReportError.FINDING_NOT_FOUND));
        store.update(id, cut(followUp), status, actor.userId(), clock.instant());
        events.publishEvent(new AdministrativeAction(actor.userId(), "report.finding-updated", "report-finding",
                Long.toString(id), Map.of("status", before.status().name()), Map.of("status", status.name()), null));
        return store.find(id).orElseThrow();
    }

    /** @throws GerbangException {@code FINDING_NOT_FOUND}, also for anyone but registry staff */
    public Finding find(Actor actor, long id) {
        requireStaff(actor);
        return store.find(id).orElseThrow(() -> new GerbangException(ReportError.FINDING_NOT_FOUND));
    }

    /** The findings recorded on a report, oldest first (registry staff). */
    public List<Finding> ofReport(Actor actor, long reportId) {
        requireStaff(actor);
        return store.ofReport(reportId);
    }

    /** An agency's findings, newest first (registry staff). */
    public List<Finding> ofAgency(Actor actor, AgencyId agency) {
        requireStaff(actor);
        return store.ofAgency(agency.value());
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Roles.REGISTRY_ADMIN) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isRegistryStaff()) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
    }

    private static String cut(String text) {
        String s = text.strip();
        return s.length() > AgencyStatements.MAX_LENGTH ? s.substring(0, AgencyStatements.MAX_LENGTH) : s;
    }
}
