package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.audit.AccessLogExports;
import id.gerbang.audit.AccessLogQuery;
import id.gerbang.audit.AccessLogSearch;
import id.gerbang.audit.UsageCount;
import id.gerbang.audit.Viewer;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.DailyUsage;
import id.gerbang.quota.Quotas;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The agency administrator's usage page: calls per day over the last 30 Jakarta days by outcome and
 * by user (drawn in the browser from {@link #data}), today's quota of each agreement, and the export
 * of the agency's own access log. Everything is limited to the administrator's agency.
 */
@Controller
class AgencyUsagePageController {

    static final String PATH = PortalPages.AGENCY_ADMIN + "/usage";

    /** One line of a chart: its key, its label in the caller's language, a value per day. */
    record Series(String key, String label, List<Long> values) {
    }

    /** What the chart script draws: the days (yyyy-MM-dd) and the lines by outcome and by user. */
    record UsageChart(List<String> days, List<Series> byOutcome, List<Series> byUser, long total) {
    }

    /** Today's quota of one agreement. */
    record TodayQuota(String registryNumber, long used, long limit, long left) {
    }

    private final Accounts accounts;
    private final AccessLogSearch search;
    private final AccessLogExports exports;
    private final Agreements agreements;
    private final Quotas quotas;
    private final FormErrors forms;
    private final Clock clock;

    AgencyUsagePageController(Accounts accounts, AccessLogSearch search, AccessLogExports exports,
            Agreements agreements, Quotas quotas, FormErrors forms, Clock clock) {
        this.accounts = accounts;
        this.search = search;
        this.exports = exports;
        this.agreements = agreements;
        this.quotas = quotas;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    String page(Authentication authentication, Model model) {
        Actor actor = accounts.actorOf(authentication);
        LocalDate today = JakartaTime.today(clock);
        List<TodayQuota> quota = new ArrayList<>();
        for (AgreementView agreement : agreements.forAgency(agencyOf(actor))) {
            if (agreements.grantsAccessOn(agreement.id(), today).granted()) {
                DailyUsage usage = quotas.usage(agreement.id(), today);
                quota.add(new TodayQuota(agreement.registryNumber(), usage.used(), usage.limit(),
                        usage.remaining()));
            }
        }
        UsageChart chart = chart(actor, today);
        model.addAttribute("quota", quota);
        model.addAttribute("chart", chart);
        model.addAttribute("from", today.minusDays(AccessLogSearch.RECENT_DAYS - 1));
        model.addAttribute("to", today);
        return "portal/admin-usage";
    }

    @GetMapping(path = PATH + "/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    @ResponseBody
    ResponseEntity<UsageChart> data(Authentication authentication) {
        UsageChart chart = chart(accounts.actorOf(authentication), JakartaTime.today(clock));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(chart);
    }

    @PostMapping(PATH + "/export")
    @PreAuthorize(PortalPages.AGENCY_ADMIN_ONLY)
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Authentication authentication) {
        Actor actor = accounts.actorOf(authentication);
        long agency = agencyOf(actor).value();
        AccessLogExports.Format fileFormat = "xlsx".equalsIgnoreCase(format) ? AccessLogExports.Format.XLSX
                : AccessLogExports.Format.CSV;
        AccessLogQuery query = new AccessLogQuery(agency, null, from, to, null, null, null, null,
                AccessLogQuery.MAX_LIMIT);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("format", fileFormat.name().toLowerCase(java.util.Locale.ROOT));
        filters.put("agencyId", agency);
        filters.put("via", "portal");
        if (from != null) {
            filters.put("from", from.toString());
        }
        if (to != null) {
            filters.put("to", to.toString());
        }
        AccessLogExports.Export export = exports.prepare(query, viewer(actor), fileFormat, filters);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .body(export::writeTo);
    }

    private UsageChart chart(Actor actor, LocalDate today) {
        List<UsageCount> counts = search.recentUsage(agencyOf(actor).value(), today, viewer(actor));
        LocalDate first = today.minusDays(AccessLogSearch.RECENT_DAYS - 1);
        List<String> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        Map<String, long[]> byOutcome = new TreeMap<>();
        Map<String, long[]> byUser = new TreeMap<>();
        long total = 0;
        for (UsageCount c : counts) {
            int day = (int) java.time.temporal.ChronoUnit.DAYS.between(first, c.day());
            byOutcome.computeIfAbsent(c.outcome().name(), k -> new long[days.size()])[day] += c.count();
            String user = c.userId() == null ? "-" : c.userId();
            byUser.computeIfAbsent(user, k -> new long[days.size()])[day] += c.count();
            total += c.count();
        }
        List<Series> outcomes = new ArrayList<>();
        byOutcome.forEach((k, v) -> outcomes.add(new Series(k, forms.text("outcome." + k), toList(v))));
        List<Series> users = new ArrayList<>();
        new TreeSet<>(byUser.keySet()).forEach(k -> users.add(new Series(k, k, toList(byUser.get(k)))));
        return new UsageChart(days, outcomes, users, total);
    }

    private static List<Long> toList(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    static Viewer viewer(Actor actor) {
        return Viewer.agencyAdministrator(actor.userId(), agencyOf(actor).value());
    }

    /** The administrator's agency (an agency administrator always has one: {@code Accounts.actorOf}). */
    static id.gerbang.agreement.AgencyId agencyOf(Actor actor) {
        return java.util.Objects.requireNonNull(actor.agency(), "agency administrator without an agency");
    }
}
