package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.anomaly.Alerts;
import id.gerbang.audit.AccessLogStatistics;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.Viewer;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.DailyUsage;
import id.gerbang.quota.Quotas;
import id.gerbang.report.AgencyCompliance;
import id.gerbang.report.Compliance;
import id.gerbang.report.ComplianceLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The registry's monitoring dashboard (registry administrators and auditors, read-only for both):
 * calls per day per agency over the last 90 Jakarta days, the outcome mix, refusals by reason, quota
 * use against limits, busiest hours and top agencies, today's counters refreshed by htmx polling,
 * and a drill-down per agency and per user. Every figure comes from {@link AccessLogStatistics}
 * (pre-aggregated counts, never a scan of the log); the charts are drawn in the browser by uPlot
 * from the JSON of the {@code /data} addresses (ADR 0075). The compliance panel is the report
 * module's status as the compliance page shows it ({@link Compliance#status}), summed per level, with
 * the first agencies that need attention in its order (worst first).
 */
@Controller
class MonitoringPageController {

    static final String PATH = PortalPages.REGISTRY + "/monitoring";
    static final int DAYS = 90;
    /** Agencies drawn as their own line in the chart per agency; the rest are summed as "others". */
    static final int LINES = 6;
    /** Agencies listed by name in the compliance panel. */
    static final int ATTENTION = 10;

    /** One line of a chart: its key, its label in the caller's language, one value per x position. */
    record Series(String key, String label, List<Long> values) {
    }

    /** What the chart script draws: the labels of the x axis and the lines. */
    record Chart(List<String> labels, List<Series> series) {
    }

    /** The charts of a page. */
    record Charts(Chart byAgency, Chart byOutcome, Chart hours) {
    }

    /** Calls of one agency or user over the period. */
    record Total(String key, String name, long calls, long withData, long withoutData) {
    }

    /** Calls with one outcome over the period. */
    record OutcomeTotal(String outcome, String label, @Nullable String code, long calls) {
    }

    /** Today's use of one agreement's daily quota. */
    record QuotaUse(long agencyId, String agencyName, String registryNumber, long used, long limit, int percent) {
    }

    /**
     * The compliance panel: how many agencies are at each level, and the first {@link #ATTENTION}
     * agencies that are not compliant in the report module's order (worst first); {@code more} is
     * how many others are not compliant either.
     */
    record CompliancePanel(List<LevelCount> levels, List<AgencyCompliance> needing, int more, long threshold) {

        static CompliancePanel of(List<AgencyCompliance> status, double threshold) {
            long[] counts = new long[ComplianceLevel.values().length];
            List<AgencyCompliance> needing = new ArrayList<>();
            for (AgencyCompliance c : status) {
                counts[c.level().ordinal()]++;
                if (c.level() != ComplianceLevel.COMPLIANT) {
                    needing.add(c);
                }
            }
            List<LevelCount> levels = new ArrayList<>();
            for (ComplianceLevel level : ComplianceLevel.values()) {
                levels.add(new LevelCount(level, counts[level.ordinal()]));
            }
            int shown = Math.min(ATTENTION, needing.size());
            return new CompliancePanel(levels, List.copyOf(needing.subList(0, shown)), needing.size() - shown,
                    Math.round(threshold * 100));
        }
    }

    /** How many agencies are at one compliance level. */
    record LevelCount(ComplianceLevel level, long agencies) {
    }

    /** Today's counters. */
    record Today(LocalDate day, long calls, long withData, long withoutData, long agencies) {
    }

    private final Accounts accounts;
    private final AccessLogStatistics statistics;
    private final Agencies agencies;
    private final Agreements agreements;
    private final Quotas quotas;
    private final FormErrors texts;
    private final Clock clock;
    private final Alerts alerts;
    private final Compliance compliance;

    MonitoringPageController(Accounts accounts, AccessLogStatistics statistics, Agencies agencies,
                             Agreements agreements, Quotas quotas, FormErrors texts, Clock clock, Alerts alerts,
                             Compliance compliance) {
        this.alerts = alerts;
        this.compliance = compliance;
        this.accounts = accounts;
        this.statistics = statistics;
        this.agencies = agencies;
        this.agreements = agreements;
        this.quotas = quotas;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String dashboard(Authentication authentication, Model model) {
        LocalDate today = JakartaTime.today(clock);
        AccessLogStatistics.Figures figures = figures(authentication, today, null, null);
        Map<Long, String> names = agencyNames();
        model.addAttribute("from", today.minusDays(DAYS - 1));
        model.addAttribute("to", today);
        model.addAttribute("today", today(figures, today));
        model.addAttribute("topAgencies", agencyTotals(figures, names).stream().limit(10).toList());
        model.addAttribute("outcomes", outcomeTotals(figures));
        model.addAttribute("refusals", outcomeTotals(figures).stream()
                .filter(o -> !AccessOutcome.valueOf(o.outcome()).dataReturned()).toList());
        model.addAttribute("quota", quotaUse(null, today, names));
        model.addAttribute("dataUrl", PATH + "/data");
        model.addAttribute("openAlerts", alerts.openCount());
        model.addAttribute("compliance", CompliancePanel.of(compliance.status(accounts.actorOf(authentication)),
                compliance.feedbackThreshold()));
        return "portal/monitoring/dashboard";
    }

    @GetMapping(path = PATH + "/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    @ResponseBody
    ResponseEntity<Charts> dashboardData(Authentication authentication) {
        LocalDate today = JakartaTime.today(clock);
        AccessLogStatistics.Figures figures = figures(authentication, today, null, null);
        return json(new Charts(byAgency(figures, today, agencyNames()), byOutcome(figures, today), hours(figures)));
    }

    /** Today's counters, polled by the dashboard every few seconds (htmx). */
    @GetMapping(PATH + "/today")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String today(Authentication authentication, Model model) {
        LocalDate today = JakartaTime.today(clock);
        AccessLogStatistics.Figures figures = statistics.figures(today, today, null, null, viewer(authentication));
        model.addAttribute("today", today(figures, today));
        return "portal/monitoring/dashboard :: today";
    }

    @GetMapping(PATH + "/agency/{agencyId}")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String agency(@PathVariable long agencyId, Authentication authentication, Model model) {
        LocalDate today = JakartaTime.today(clock);
        AccessLogStatistics.Figures figures = figures(authentication, today, agencyId, null);
        Map<Long, String> names = agencyNames();
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("agencyName", names.getOrDefault(agencyId, "#" + agencyId));
        model.addAttribute("from", today.minusDays(DAYS - 1));
        model.addAttribute("to", today);
        model.addAttribute("today", today(figures, today));
        model.addAttribute("users", userTotals(figures));
        model.addAttribute("outcomes", outcomeTotals(figures));
        model.addAttribute("quota", quotaUse(agencyId, today, names));
        model.addAttribute("dataUrl", PATH + "/agency/" + agencyId + "/data");
        return "portal/monitoring/agency";
    }

    @GetMapping(path = PATH + "/agency/{agencyId}/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    @ResponseBody
    ResponseEntity<Charts> agencyData(@PathVariable long agencyId, Authentication authentication) {
        LocalDate today = JakartaTime.today(clock);
        AccessLogStatistics.Figures figures = figures(authentication, today, agencyId, null);
        return json(new Charts(byUser(figures, today), byOutcome(figures, today), hours(figures)));
    }

    @GetMapping(PATH + "/agency/{agencyId}/user/{userId}")
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String user(@PathVariable long agencyId, @PathVariable String userId, Authentication authentication, Model model) {
        LocalDate today = JakartaTime.today(clock);
        AccessLogStatistics.Figures figures = figures(authentication, today, agencyId, userId);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("agencyName", agencyNames().getOrDefault(agencyId, "#" + agencyId));
        model.addAttribute("userId", userId);
        model.addAttribute("from", today.minusDays(DAYS - 1));
        model.addAttribute("to", today);
        List<Total> totals = userTotals(figures);
        model.addAttribute("total", totals.isEmpty() ? new Total(userId, userId, 0, 0, 0) : totals.getFirst());
        Map<LocalDate, Map<String, Long>> perDay = new TreeMap<>(Comparator.reverseOrder());
        for (AccessLogStatistics.UserDayCount c : figures.users()) {
            perDay.computeIfAbsent(c.day(), d -> new TreeMap<>()).merge(texts.text("outcome." + c.outcome()), c.calls(), Long::sum);
        }
        model.addAttribute("perDay", perDay);
        model.addAttribute("dataUrl", PATH + "/agency/" + agencyId + "/user/" + userId + "/data");
        return "portal/monitoring/user";
    }

    @GetMapping(path = PATH + "/agency/{agencyId}/user/{userId}/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    @ResponseBody
    ResponseEntity<Charts> userData(@PathVariable long agencyId, @PathVariable String userId,
                                    Authentication authentication) {
        LocalDate today = JakartaTime.today(clock);
        AccessLogStatistics.Figures figures = figures(authentication, today, agencyId, userId);
        List<String> days = days(today);
        Map<String, long[]> byOutcome = new TreeMap<>();
        for (AccessLogStatistics.UserDayCount c : figures.users()) {
            byOutcome.computeIfAbsent(c.outcome(), k -> new long[DAYS])[index(c.day(), today)] += c.calls();
        }
        Chart chart = new Chart(days, series(byOutcome, k -> texts.text("outcome." + k)));
        return json(new Charts(new Chart(days, List.of()), chart, new Chart(List.of(), List.of())));
    }

    private AccessLogStatistics.Figures figures(Authentication authentication, LocalDate today,
                                                @Nullable Long agencyId, @Nullable String userId) {
        return statistics.figures(today.minusDays(DAYS - 1), today, agencyId, userId, viewer(authentication));
    }

    /** The registry's reader: an administrator sees the details of safety-flagged NIKs, an auditor not. */
    Viewer viewer(Authentication authentication) {
        return RegistryViewers.of(accounts.actorOf(authentication));
    }

    private static <T> ResponseEntity<T> json(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private Map<Long, String> agencyNames() {
        Map<Long, String> names = new HashMap<>();
        for (AgencyView a : agencies.findAll()) {
            names.put(a.id().value(), a.name());
        }
        return names;
    }

    private static List<String> days(LocalDate today) {
        List<String> days = new ArrayList<>(DAYS);
        for (LocalDate d = today.minusDays(DAYS - 1); !d.isAfter(today); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        return days;
    }

    private static int index(LocalDate day, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(today.minusDays(DAYS - 1), day);
    }

    private static boolean withData(String outcome) {
        try {
            return AccessOutcome.valueOf(outcome).dataReturned();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Today today(AccessLogStatistics.Figures figures, LocalDate today) {
        long calls = 0;
        long withData = 0;
        java.util.Set<Long> active = new java.util.HashSet<>();
        for (AccessLogStatistics.DayCount c : figures.days()) {
            if (c.day().equals(today)) {
                calls += c.calls();
                withData += withData(c.outcome()) ? c.calls() : 0;
                if (c.agencyId() != null) {
                    active.add(c.agencyId());
                }
            }
        }
        return new Today(today, calls, withData, calls - withData, active.size());
    }

    private List<Total> agencyTotals(AccessLogStatistics.Figures figures, Map<Long, String> names) {
        Map<Long, long[]> totals = new HashMap<>();
        for (AccessLogStatistics.DayCount c : figures.days()) {
            long[] t = totals.computeIfAbsent(c.agencyId() == null ? 0L : c.agencyId(), k -> new long[2]);
            t[0] += c.calls();
            t[1] += withData(c.outcome()) ? c.calls() : 0;
        }
        List<Total> list = new ArrayList<>();
        totals.forEach((id, t) -> list.add(new Total(Long.toString(id),
                id == 0 ? texts.text("portal.monitoring.noAgency") : names.getOrDefault(id, "#" + id),
                t[0], t[1], t[0] - t[1])));
        list.sort(Comparator.comparingLong(Total::calls).reversed().thenComparing(Total::key));
        return list;
    }

    private List<Total> userTotals(AccessLogStatistics.Figures figures) {
        Map<String, long[]> totals = new HashMap<>();
        for (AccessLogStatistics.UserDayCount c : figures.users()) {
            long[] t = totals.computeIfAbsent(c.userId() == null ? "" : c.userId(), k -> new long[2]);
            t[0] += c.calls();
            t[1] += withData(c.outcome()) ? c.calls() : 0;
        }
        List<Total> list = new ArrayList<>();
        totals.forEach((id, t) -> list.add(new Total(id, id.isEmpty() ? texts.text("portal.monitoring.noUser") : id,
                t[0], t[1], t[0] - t[1])));
        list.sort(Comparator.comparingLong(Total::calls).reversed().thenComparing(Total::key));
        return list;
    }

    private List<OutcomeTotal> outcomeTotals(AccessLogStatistics.Figures figures) {
        Map<String, Long> totals = new HashMap<>();
        for (AccessLogStatistics.DayCount c : figures.days()) {
            totals.merge(c.outcome(), c.calls(), Long::sum);
        }
        List<OutcomeTotal> list = new ArrayList<>();
        totals.forEach((o, n) -> list.add(new OutcomeTotal(o, texts.text("outcome." + o), code(o), n)));
        list.sort(Comparator.comparingLong(OutcomeTotal::calls).reversed().thenComparing(OutcomeTotal::outcome));
        return list;
    }

    private static @Nullable String code(String outcome) {
        try {
            return AccessOutcome.valueOf(outcome).wireCode().orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<QuotaUse> quotaUse(@Nullable Long agencyId, LocalDate today, Map<Long, String> names) {
        List<AgreementView> inForce = agencyId == null
                ? agreements.list(AgreementStatus.ACTIVE, null, 0, 1000).items()
                : agreements.forAgency(new AgencyId(agencyId));
        List<QuotaUse> list = new ArrayList<>();
        for (AgreementView agreement : inForce) {
            if (!agreements.grantsAccessOn(agreement.id(), today).granted()) {
                continue;
            }
            DailyUsage usage = quotas.usage(agreement.id(), today);
            int percent = usage.limit() <= 0 ? 0 : (int) Math.min(100, usage.used() * 100 / usage.limit());
            long agency = agreement.agencyId().value();
            list.add(new QuotaUse(agency, names.getOrDefault(agency, agreement.agencyName()),
                    agreement.registryNumber(), usage.used(), usage.limit(), percent));
        }
        list.sort(Comparator.comparingInt(QuotaUse::percent).reversed().thenComparing(QuotaUse::registryNumber));
        return list;
    }

    private Chart byAgency(AccessLogStatistics.Figures figures, LocalDate today, Map<Long, String> names) {
        List<Total> top = agencyTotals(figures, names);
        Map<String, Integer> line = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(LINES, top.size()); i++) {
            line.put(top.get(i).key(), i);
        }
        List<long[]> values = new ArrayList<>();
        for (int i = 0; i <= line.size(); i++) {
            values.add(new long[DAYS]);
        }
        boolean others = false;
        for (AccessLogStatistics.DayCount c : figures.days()) {
            Integer i = line.get(Long.toString(c.agencyId() == null ? 0L : c.agencyId()));
            others |= i == null;
            values.get(i == null ? line.size() : i)[index(c.day(), today)] += c.calls();
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            series.add(new Series(top.get(i).key(), top.get(i).name(), toList(values.get(i))));
        }
        if (others) {
            series.add(new Series("others", texts.text("portal.monitoring.others"), toList(values.get(line.size()))));
        }
        return new Chart(days(today), series);
    }

    private Chart byUser(AccessLogStatistics.Figures figures, LocalDate today) {
        List<Total> top = userTotals(figures);
        Map<String, long[]> values = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(LINES, top.size()); i++) {
            values.put(top.get(i).key(), new long[DAYS]);
        }
        long[] rest = new long[DAYS];
        boolean others = false;
        for (AccessLogStatistics.UserDayCount c : figures.users()) {
            long[] v = values.get(c.userId() == null ? "" : c.userId());
            others |= v == null;
            (v == null ? rest : v)[index(c.day(), today)] += c.calls();
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            series.add(new Series(top.get(i).key(), top.get(i).name(), toList(values.get(top.get(i).key()))));
        }
        if (others) {
            series.add(new Series("others", texts.text("portal.monitoring.others"), toList(rest)));
        }
        return new Chart(days(today), series);
    }

    private Chart byOutcome(AccessLogStatistics.Figures figures, LocalDate today) {
        Map<String, long[]> byOutcome = new TreeMap<>();
        for (AccessLogStatistics.DayCount c : figures.days()) {
            byOutcome.computeIfAbsent(c.outcome(), k -> new long[DAYS])[index(c.day(), today)] += c.calls();
        }
        return new Chart(days(today), series(byOutcome, k -> texts.text("outcome." + k)));
    }

    private Chart hours(AccessLogStatistics.Figures figures) {
        List<String> labels = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            labels.add(String.format("%02d", h));
        }
        return new Chart(labels, List.of(new Series("calls", texts.text("portal.monitoring.calls"),
                toList(figures.hours()))));
    }

    private static List<Series> series(Map<String, long[]> values, java.util.function.Function<String, String> label) {
        List<Series> list = new ArrayList<>();
        values.forEach((k, v) -> list.add(new Series(k, label.apply(k), toList(v))));
        return list;
    }

    private static List<Long> toList(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }
}
