package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.Agencies;
import id.gerbang.audit.SafetyFlags;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.feedback.FeedbackRecordView;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.Reconciliation;
import id.gerbang.notification.FeedbackReminders;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import id.gerbang.registry.InvalidNikException;
import id.gerbang.registry.Nik;
import id.gerbang.registry.PopulationRegister;
import id.gerbang.registry.Resident;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's side of data balikan (issue 16, docs/feedback.md): per NIK the returned records beside
 * the register's data ("melengkapi database kependudukan"), and the reconciliation of lookups against
 * data balikan: the NIKs due without any, the compliance rate per agency and month (table and uPlot
 * chart), a reminder to an agency now and the export for the Directorate-General. Every figure and
 * rule is the feedback module's, through the same public methods the admin API
 * ({@code /api/v1/admin/feedback}) calls: {@code FeedbackRecords.byNik} (victim information decrypted
 * for registry administrators only, the reading recorded), {@code reconcile}, {@code receivedBetween}
 * and {@code export}; the reminder is the notification module's {@link FeedbackReminders}. Registry
 * auditors read both pages; the reminder and the export (which decrypts victim information) are the
 * administrator's and not rendered for an auditor. A NIK travels only in a POST body.
 */
@Controller
class RegistryFeedbackPageController {

    static final String PATH = PortalPages.REGISTRY + "/feedback";
    static final String RECONCILIATION = PATH + "/reconciliation";
    static final int PAGE_SIZE = 50;
    /** The longest reconciliation period, as the API's. */
    static final int MAX_YEARS = 2;

    /** A NIK due without data balikan as the page shows it; {@code nik} null when withheld from an auditor. */
    record MissingRow(long agencyId, String agencyName, @Nullable String nik, long lookupSeq, String lookedUpAt) {
    }

    /** One agency and month of the compliance table. */
    record RateRow(long agencyId, String agencyName, YearMonth month, int due, int answered, int percent) {
    }

    /** The due NIKs of one agency, for its reminder button. */
    record AgencyDue(long agencyId, String agencyName, long missing) {
    }

    /** The register's data beside the records, as the API gives it. */
    record Person(String nik, String fullName, LocalDate dateOfBirth, String sex) {
    }

    private final Accounts accounts;
    private final FeedbackRecords feedback;
    private final FeedbackReminders reminders;
    private final PopulationRegister register;
    private final Agencies agencies;
    private final SafetyFlags flags;
    private final CodeLists codeLists;
    private final FormErrors texts;
    private final Clock clock;

    RegistryFeedbackPageController(Accounts accounts, FeedbackRecords feedback, FeedbackReminders reminders,
            PopulationRegister register, Agencies agencies, SafetyFlags flags, CodeLists codeLists, FormErrors texts,
            Clock clock) {
        this.accounts = accounts;
        this.feedback = feedback;
        this.reminders = reminders;
        this.register = register;
        this.agencies = agencies;
        this.flags = flags;
        this.codeLists = codeLists;
        this.texts = texts;
        this.clock = clock;
    }

    // --- per NIK ---------------------------------------------------------------------------------

    @GetMapping(PATH)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String nikForm(Authentication authentication, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("canExport", accounts.actorOf(authentication).isRegistryAdmin());
        return "portal/registry/feedback";
    }

    /** The records about a NIK beside the register's data; the reading is recorded as the API's is. */
    @PostMapping(PATH)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String byNik(@RequestParam(defaultValue = "") String nik, Authentication authentication, Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Actor actor = accounts.actorOf(authentication);
        model.addAttribute("canExport", actor.isRegistryAdmin());
        Nik number;
        try {
            number = Nik.parse(nik.strip());
        } catch (InvalidNikException e) {
            model.addAttribute("nik", nik.strip());
            model.addAttribute("errors", List.of(new AccountPageController.FieldError("nik",
                    texts.text("portal.log.nikInvalid"))));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "portal/registry/feedback";
        }
        List<FeedbackRecordView> records = feedback.byNik(number, actor);
        Person person = register.findByNik(number)
                .map(r -> new Person(r.nik().value(), r.fullName(), r.dateOfBirth(), r.sex().name())).orElse(null);
        model.addAttribute("nik", number.value());
        model.addAttribute("searched", true);
        model.addAttribute("person", person);
        model.addAttribute("records", records);
        model.addAttribute("agencies", agencyNames());
        model.addAttribute("labels", labels(records));
        return "portal/registry/feedback";
    }

    /**
     * The export for the Directorate-General's data-balikan application: the admin API's export
     * ({@code FeedbackRecords.receivedBetween} then {@code export}, schema {@code gerbang.feedback.export/1}).
     */
    @PostMapping(PATH + "/export")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "csv") String format, Authentication authentication,
            HttpServletResponse response) throws IOException {
        // parameters are checked here, after the role check: a caller without the role gets 403, never 400
        if (from == null || to == null || from.isAfter(to) || !List.of("csv", "xlsx", "json").contains(format)) {
            throw new GerbangException(CommonError.VALIDATION_FAILED);
        }
        List<FeedbackRecordView> views = feedback.receivedBetween(from, to, accounts.actorOf(authentication));
        response.setContentType(switch (format) {
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "json" -> "application/json";
            default -> "text/csv;charset=UTF-8";
        });
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"data-balikan-" + from + "-" + to + "." + format + "\"");
        feedback.export(views, format, response.getOutputStream());
    }

    // --- reconciliation ----------------------------------------------------------------------------

    @GetMapping(RECONCILIATION)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String reconciliation(@RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, Authentication authentication, Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Actor actor = accounts.actorOf(authentication);
        LocalDate end = to == null ? JakartaTime.today(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        Map<Long, String> names = agencyNames();
        model.addAttribute("agencies", names);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("canChange", actor.isRegistryAdmin());
        if (start.isAfter(end) || start.isBefore(end.minusYears(MAX_YEARS))) {
            model.addAttribute("errors", List.of(new AccountPageController.FieldError("from",
                    texts.text("portal.feedback.registry.rangeInvalid", MAX_YEARS))));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "portal/registry/feedback-reconciliation";
        }
        Reconciliation r = feedback.reconcile(agencyId, start, end);
        int pages = Math.max(1, (r.missing().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        boolean auditor = !actor.isRegistryAdmin();
        List<MissingRow> rows = r.missing().stream().skip((long) current * PAGE_SIZE).limit(PAGE_SIZE)
                .map(m -> new MissingRow(m.agencyId(), names.getOrDefault(m.agencyId(), Long.toString(m.agencyId())),
                        auditor && flags.isFlagged(Long.parseLong(m.nik())) ? null : m.nik(), m.lookupSeq(),
                        JakartaTime.dateOf(m.lookedUpAt()).toString()))
                .toList();
        Map<Long, Long> due = r.missing().stream()
                .collect(Collectors.groupingBy(Reconciliation.Missing::agencyId, TreeMap::new, Collectors.counting()));
        model.addAttribute("days", r.days());
        model.addAttribute("missing", rows);
        model.addAttribute("missingTotal", r.missing().size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("dueByAgency", due.entrySet().stream()
                .map(e -> new AgencyDue(e.getKey(), names.getOrDefault(e.getKey(), Long.toString(e.getKey())), e.getValue()))
                .toList());
        model.addAttribute("rates", r.months().stream()
                .map(c -> new RateRow(c.agencyId(), names.getOrDefault(c.agencyId(), Long.toString(c.agencyId())),
                        c.month(), c.due(), c.answered(), percent(c.rate())))
                .toList());
        model.addAttribute("dataUrl", dataUrl(agencyId, start, end));
        return "portal/registry/feedback-reconciliation";
    }

    /** The compliance chart's numbers for {@code monitoring-chart.js}: per agency a line of monthly rates in percent. */
    @GetMapping(path = RECONCILIATION + "/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    @ResponseBody
    ResponseEntity<Map<String, MonitoringPageController.Chart>> reconciliationData(
            @RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        LocalDate end = to == null ? JakartaTime.today(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        if (start.isAfter(end) || start.isBefore(end.minusYears(MAX_YEARS))) {
            throw new GerbangException(CommonError.VALIDATION_FAILED);
        }
        Reconciliation r = feedback.reconcile(agencyId, start, end);
        Map<Long, String> names = agencyNames();
        TreeSet<YearMonth> months = new TreeSet<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<Long, Map<YearMonth, Long>> byAgency = new TreeMap<>();
        for (Reconciliation.Compliance c : r.months()) {
            byAgency.computeIfAbsent(c.agencyId(), k -> new LinkedHashMap<>()).put(c.month(), (long) percent(c.rate()));
        }
        List<MonitoringPageController.Series> series = new ArrayList<>();
        for (Map.Entry<Long, Map<YearMonth, Long>> e : byAgency.entrySet()) {
            List<Long> values = new ArrayList<>();
            for (YearMonth m : months) {
                values.add(e.getValue().get(m)); // null: no lookup due that month, a gap in the line
            }
            series.add(new MonitoringPageController.Series(Long.toString(e.getKey()),
                    names.getOrDefault(e.getKey(), Long.toString(e.getKey())), values));
        }
        List<String> labels = months.stream().map(YearMonth::toString).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("rate", new MonitoringPageController.Chart(labels, series)));
    }

    /** Sends the agency its data-balikan reminder now (the notification module's FEEDBACK_MISSING). */
    @PostMapping(RECONCILIATION + "/remind")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String remind(@RequestParam(required = false) @Nullable Long agencyId, Authentication authentication,
            RedirectAttributes redirect) {
        if (agencyId == null) {
            throw new GerbangException(CommonError.VALIDATION_FAILED);
        }
        String name = agencies.find(new AgencyId(agencyId)).map(AgencyView::name)
                .orElseThrow(() -> new GerbangException(CommonError.NOT_FOUND));
        FeedbackReminders.Sent sent = reminders.remindNow(new AgencyId(agencyId), accounts.actorOf(authentication).userId());
        String notice = sent.missing() == 0 ? texts.text("portal.feedback.registry.remind.nothing", name)
                : sent.addressees() == 0 ? texts.text("portal.feedback.registry.remind.nobody", name)
                : sent.recipients() == 0 ? texts.text("portal.feedback.registry.remind.already", name)
                : texts.text("portal.feedback.registry.remind.sent", name, sent.recipients(), sent.missing());
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + RECONCILIATION + "?agencyId=" + agencyId;
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static String dataUrl(@Nullable Long agencyId, LocalDate from, LocalDate to) {
        return RECONCILIATION + "/data?from=" + from + "&to=" + to + (agencyId == null ? "" : "&agencyId=" + agencyId);
    }

    private static int percent(double rate) {
        return (int) Math.round(rate * 100);
    }

    /** The labels of the codes the records name (list:code -> label), in the reference data's words. */
    private Map<String, String> labels(List<FeedbackRecordView> records) {
        Map<String, String> labels = new TreeMap<>();
        for (FeedbackRecordView v : records) {
            if (v.victim() != null) {
                v.victim().violenceKinds().forEach(c -> label(labels, CodeList.VIOLENCE_TYPE, c));
                v.victim().services().forEach(c -> label(labels, CodeList.SERVICE, c));
                label(labels, CodeList.INCIDENT_PLACE, v.victim().place());
                label(labels, CodeList.PERPETRATOR_RELATIONSHIP, v.victim().perpetratorRelationship());
                if (v.victim().disability() != null) {
                    label(labels, CodeList.DISABILITY, v.victim().disability());
                }
            }
            if (v.ageGroup() != null) {
                label(labels, CodeList.AGE_GROUP, v.ageGroup());
            }
        }
        return labels;
    }

    private void label(Map<String, String> labels, CodeList list, int code) {
        labels.put(list.name() + ":" + code, codeLists.byCode(list, code).map(c -> code + " - " + c.label())
                .orElse(Integer.toString(code)));
    }

    private Map<Long, String> agencyNames() {
        Map<Long, String> names = new TreeMap<>();
        for (AgencyView a : agencies.findAll()) {
            names.put(a.id().value(), a.name());
        }
        return names;
    }
}
