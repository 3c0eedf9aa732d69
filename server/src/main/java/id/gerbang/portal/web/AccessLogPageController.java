package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.Agencies;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLogExports;
import id.gerbang.audit.AccessLogPage;
import id.gerbang.audit.AccessLogQuery;
import id.gerbang.audit.AccessLogSearch;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.AdministrativeLog;
import id.gerbang.audit.AuditError;
import id.gerbang.audit.AdministrativeLogEntry;
import id.gerbang.audit.LogIntegrity;
import id.gerbang.audit.NikAccessHistory;
import id.gerbang.audit.NikHistory;
import id.gerbang.audit.SafetyFlags;
import id.gerbang.audit.Viewer;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The registry's access-log pages (registry administrators and auditors; the safety flag's controls
 * are the administrator's only and are not rendered for an auditor): the search (keyset pages,
 * export of the search as CSV/XLSX through the one export path), the chains' verification as a
 * background job with a progress bar, the signed checkpoints and the public key, a NIK's access
 * history (page and PDF) and the administrative log. A NIK is only ever sent in a POST body, never
 * in a URL.
 */
@Controller
class AccessLogPageController {

    static final String PATH = PortalPages.REGISTRY + "/log";
    static final String INTEGRITY = PATH + "/integrity";
    static final String NIK = PATH + "/nik";
    static final String ADMIN_LOG = PortalPages.REGISTRY + "/admin-log";
    static final int PAGE_SIZE = 50;

    /** The search form; every field optional. Text fields are kept as typed so they can be shown again. */
    record SearchForm(@Nullable String nik, @Nullable Long agencyId, @Nullable String userId, @Nullable String channel,
                      @Nullable String outcome, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Long before) {

        boolean empty() {
            return blank(nik) && agencyId == null && blank(userId) && blank(channel) && blank(outcome) && from == null
                    && to == null;
        }
    }

    private final Accounts accounts;
    private final AccessLogSearch search;
    private final AccessLogExports exports;
    private final LogIntegrity integrity;
    private final NikAccessHistory histories;
    private final SafetyFlags flags;
    private final AdministrativeLog administrativeLog;
    private final Agencies agencies;
    private final FormErrors texts;

    AccessLogPageController(Accounts accounts, AccessLogSearch search, AccessLogExports exports, LogIntegrity integrity,
                            NikAccessHistory histories, SafetyFlags flags, AdministrativeLog administrativeLog,
                            Agencies agencies, FormErrors texts) {
        this.accounts = accounts;
        this.search = search;
        this.exports = exports;
        this.integrity = integrity;
        this.histories = histories;
        this.flags = flags;
        this.administrativeLog = administrativeLog;
        this.agencies = agencies;
        this.texts = texts;
    }

    // --- search -------------------------------------------------------------------------------

    /** The form; filters without a NIK may come in the address (links from the monitoring pages). */
    @GetMapping(PATH)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String form(@ModelAttribute SearchForm form, Authentication authentication, Model model) {
        SearchForm withoutNik = new SearchForm(null, form.agencyId(), form.userId(), form.channel(), form.outcome(),
                form.from(), form.to(), form.before());
        return render(withoutNik, !withoutNik.empty(), authentication, model);
    }

    @PostMapping(PATH)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String search(@ModelAttribute SearchForm form, Authentication authentication, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        String page = render(form, true, authentication, model);
        if (model.containsAttribute("errors")) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return page;
    }

    private String render(SearchForm form, boolean run, Authentication authentication, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agencies", agencyNames());
        model.addAttribute("channels", Arrays.stream(AccessChannel.values()).map(Enum::name).toList());
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (AccessOutcome o : AccessOutcome.values()) {
            outcomes.put(o.name(), texts.text("outcome." + o.name()));
        }
        model.addAttribute("outcomes", outcomes);
        if (run) {
            List<AccountPageController.FieldError> errors = new ArrayList<>();
            AccessLogQuery query = query(form, PAGE_SIZE, errors);
            if (!errors.isEmpty()) {
                model.addAttribute("errors", errors);
            } else {
                AccessLogPage page = search.search(query, viewer(authentication));
                model.addAttribute("page", page);
            }
        }
        return "portal/monitoring/log";
    }

    @PostMapping(PATH + "/export")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    ResponseEntity<StreamingResponseBody> export(@ModelAttribute SearchForm form,
                                                 @RequestParam(defaultValue = "csv") String format,
                                                 Authentication authentication) {
        List<AccountPageController.FieldError> errors = new ArrayList<>();
        AccessLogQuery query = query(new SearchForm(form.nik(), form.agencyId(), form.userId(), form.channel(),
                form.outcome(), form.from(), form.to(), null), AccessLogQuery.MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw new GerbangException(AuditError.INVALID_FILTER);
        }
        AccessLogExports.Format fileFormat = "xlsx".equalsIgnoreCase(format) ? AccessLogExports.Format.XLSX
                : AccessLogExports.Format.CSV;
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("format", fileFormat.name().toLowerCase(Locale.ROOT));
        filters.put("via", "portal");
        if (query.agencyId() != null) filters.put("agencyId", query.agencyId());
        if (query.userId() != null) filters.put("userId", query.userId());
        if (query.from() != null) filters.put("from", query.from().toString());
        if (query.to() != null) filters.put("to", query.to().toString());
        if (query.outcome() != null) filters.put("outcome", query.outcome().name());
        if (query.nik() != null) filters.put("nik", query.nik().toString());
        if (query.channel() != null) filters.put("channel", query.channel().name());
        AccessLogExports.Export export = exports.prepare(query, viewer(authentication), fileFormat, filters);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .body(export::writeTo);
    }

    /** The form as a query; what is not a NIK, a channel or an outcome is reported beside its field. */
    private AccessLogQuery query(SearchForm form, int limit, List<AccountPageController.FieldError> errors) {
        Long nik = null;
        if (!blank(form.nik())) {
            String digits = form.nik().strip();
            if (digits.matches("\\d{16}")) {
                nik = Long.parseLong(digits);
            } else {
                errors.add(new AccountPageController.FieldError("nik", texts.text("portal.log.nikInvalid")));
            }
        }
        AccessChannel channel = null;
        if (!blank(form.channel())) {
            try {
                channel = AccessChannel.valueOf(form.channel());
            } catch (IllegalArgumentException e) {
                errors.add(new AccountPageController.FieldError("channel", texts.text("portal.log.channelInvalid")));
            }
        }
        AccessOutcome outcome = null;
        if (!blank(form.outcome())) {
            try {
                outcome = AccessOutcome.valueOf(form.outcome());
            } catch (IllegalArgumentException e) {
                errors.add(new AccountPageController.FieldError("outcome", texts.text("portal.log.outcomeInvalid")));
            }
        }
        if (form.from() != null && form.to() != null && form.from().isAfter(form.to())) {
            errors.add(new AccountPageController.FieldError("from", texts.text("portal.log.rangeInvalid")));
        }
        String user = blank(form.userId()) ? null : form.userId().strip();
        if (user != null && user.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            errors.add(new AccountPageController.FieldError("userId", texts.text("portal.log.userInvalid")));
        }
        if (!errors.isEmpty()) {
            return AccessLogQuery.all();
        }
        return new AccessLogQuery(form.agencyId(), user, form.from(), form.to(), outcome, nik, channel, form.before(),
                limit);
    }

    // --- integrity: verification, checkpoints, public key ---------------------------------------

    @GetMapping(INTEGRITY)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String integrity(Model model) {
        model.addAttribute("accessCheckpoints", integrity.checkpoints("access", 20));
        model.addAttribute("adminCheckpoints", integrity.checkpoints("admin", 10));
        model.addAttribute("keyId", integrity.keyId());
        model.addAttribute("publicKey", integrity.publicKeyPem());
        model.addAttribute("jobs", integrity.jobs());
        return "portal/monitoring/integrity";
    }

    @PostMapping(PATH + "/verify")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String verify(@RequestParam(defaultValue = "access") String log,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                  Authentication authentication) {
        String id = integrity.startVerification("admin".equals(log) ? "admin" : "access", from, to,
                accounts.actorOf(authentication).userId());
        return "redirect:" + PATH + "/verify/" + id;
    }

    @GetMapping(PATH + "/verify/{id}")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String verification(@PathVariable String id, Model model) {
        model.addAttribute("job", integrity.job(id).orElseThrow(() -> new GerbangException(
                CommonError.NOT_FOUND)));
        return "portal/monitoring/verification";
    }

    /** The progress (polled by htmx while the job runs) and, once done, the report. */
    @GetMapping(PATH + "/verify/{id}/status")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String verificationStatus(@PathVariable String id, Model model) {
        model.addAttribute("job", integrity.job(id).orElseThrow(() -> new GerbangException(
                CommonError.NOT_FOUND)));
        return "portal/monitoring/verification :: status";
    }

    @GetMapping(value = PATH + "/checkpoints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    ResponseEntity<Map<String, Object>> checkpoint(@PathVariable long id) {
        Map<String, Object> file = integrity.checkpointFile(id)
                .orElseThrow(() -> new GerbangException(AuditError.CHECKPOINT_NOT_FOUND));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("gerbang-checkpoint-" + file.get("log") + "-" + file.get("lastSequence") + ".json")
                        .build().toString())
                .body(file);
    }

    @GetMapping(PATH + "/public-key")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    ResponseEntity<byte[]> publicKey() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("gerbang-registry-" + integrity.keyId() + ".pub.pem").build().toString())
                .contentType(MediaType.parseMediaType("application/x-pem-file"))
                .body(integrity.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
    }

    // --- a NIK's access history and its safety flag ----------------------------------------------

    @GetMapping(NIK)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String nikForm(Authentication authentication, Model model) {
        if (accounts.actorOf(authentication).isRegistryAdmin()) {
            model.addAttribute("flags", flags.list().size());
        }
        return "portal/monitoring/nik";
    }

    @PostMapping(NIK)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String nikHistory(@RequestParam(defaultValue = "") String nik, Authentication authentication, Model model,
                      jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Long number = nik(nik, model);
        if (number == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "portal/monitoring/nik";
        }
        return history(number, authentication, model);
    }

    @PostMapping(NIK + "/pdf")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    ResponseEntity<byte[]> nikPdf(@RequestParam(defaultValue = "") String nik, Authentication authentication) {
        String digits = nik.strip();
        if (!digits.matches("\\d{16}")) {
            throw new GerbangException(AuditError.INVALID_FILTER);
        }
        NikHistory history = histories.history(Long.parseLong(digits), viewer(authentication));
        Locale locale = LocaleContextHolder.getLocale();
        byte[] pdf = histories.pdf(history, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.of("id"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("riwayat-akses-" + digits.substring(0, 6) + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    /** Sets (or updates) the NIK's safety flag; registry administrators only. The page is answered at once (no NIK in a redirect). */
    @PostMapping(NIK + "/flag")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String flag(@RequestParam(defaultValue = "") String nik, @RequestParam(defaultValue = "") String reason,
                Authentication authentication, Model model, jakarta.servlet.http.HttpServletResponse response) {
        return changeFlag(nik, reason, true, authentication, model, response);
    }

    @PostMapping(NIK + "/unflag")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String unflag(@RequestParam(defaultValue = "") String nik, @RequestParam(defaultValue = "") String reason,
                  Authentication authentication, Model model, jakarta.servlet.http.HttpServletResponse response) {
        return changeFlag(nik, reason, false, authentication, model, response);
    }

    private String changeFlag(String nik, String reason, boolean set, Authentication authentication, Model model,
                              jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Long number = nik(nik, model);
        if (number == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "portal/monitoring/nik";
        }
        if (reason.isBlank()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", List.of(new AccountPageController.FieldError(set ? "flag-reason" : "unflag-reason",
                    texts.text("portal.log.flag.reasonRequired"))));
            return history(number, authentication, model);
        }
        String actor = accounts.actorOf(authentication).userId();
        if (set) {
            flags.set(number, reason, actor);
        } else {
            flags.clear(number, reason, actor);
        }
        model.addAttribute("notice", texts.text(set ? "portal.log.flag.set" : "portal.log.flag.cleared"));
        return history(number, authentication, model);
    }

    private @Nullable Long nik(String nik, Model model) {
        String digits = nik.strip();
        if (digits.matches("\\d{16}")) {
            return Long.parseLong(digits);
        }
        model.addAttribute("nik", digits);
        model.addAttribute("errors", List.of(new AccountPageController.FieldError("nik", texts.text("portal.log.nikInvalid"))));
        return null;
    }

    private String history(long nik, Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        NikHistory history = histories.history(nik, RegistryViewers.of(actor));
        model.addAttribute("nik", Long.toString(nik));
        model.addAttribute("history", history);
        model.addAttribute("canFlag", actor.isRegistryAdmin());
        if (actor.isRegistryAdmin()) {
            model.addAttribute("flag", flags.list().stream().filter(f -> f.nik() == nik).findFirst().orElse(null));
        }
        return "portal/monitoring/nik";
    }

    // --- the administrative log ----------------------------------------------------------------

    @GetMapping(ADMIN_LOG)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String administrativeLog(@RequestParam(required = false) @Nullable String actor,
                             @RequestParam(required = false) @Nullable String action,
                             @RequestParam(required = false) @Nullable String subjectType,
                             @RequestParam(required = false) @Nullable String subjectId,
                             @RequestParam(required = false) @Nullable Long before, Model model) {
        List<AdministrativeLogEntry> entries = administrativeLog.search(trim(subjectType), trim(subjectId), trim(actor),
                trim(action), before, PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("next", entries.size() == PAGE_SIZE ? entries.getLast().seq() : null);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        return "portal/monitoring/admin-log";
    }

    private Viewer viewer(Authentication authentication) {
        return RegistryViewers.of(accounts.actorOf(authentication));
    }

    private Map<Long, String> agencyNames() {
        Map<Long, String> names = new TreeMap<>();
        for (AgencyView a : agencies.findAll()) {
            names.put(a.id().value(), a.name());
        }
        return names;
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
