package id.gerbang.portal.web;

import id.gerbang.access.PortalCalls;
import id.gerbang.access.ServiceOutcome;
import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.audit.AccessLogQuery;
import id.gerbang.audit.AccessLogSearch;
import id.gerbang.audit.AccessLogView;
import id.gerbang.audit.NikMask;
import id.gerbang.audit.Viewer;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.DailyUsage;
import id.gerbang.quota.Quotas;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agency operator's pages: Cek NIK, Verifikasi and Riwayat saya. The calls go through the
 * access module's {@link PortalCalls} (the web service's checks, channel WEB_PORTAL, the
 * operator's own address and user ID, the purpose in the access log). A result is rendered once,
 * straight into the answer of the form's POST: never in the session, a flash attribute or a cache
 * ({@code Cache-Control: no-store}).
 */
@Controller
class OperatorPageController {

    static final String LOOKUP = PortalPages.OPERATOR + "/lookup";
    static final String VERIFY = PortalPages.OPERATOR + "/verify";
    static final String HISTORY = PortalPages.OPERATOR + "/history";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss 'WIB'");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The purpose (case reference) is stored in the access log; as long as the log keeps it. */
    static final int PURPOSE_MAX = 200;

    /** One row of "Riwayat saya". */
    record HistoryRow(String time, String nik, String operation, String outcome, boolean answered, String purpose) {
    }

    /** A quota meter: used and left today, against the limit. */
    record Meter(long used, long limit, long left) {
        public int percent() {
            return limit <= 0 ? 100 : (int) Math.min(100, used * 100 / limit);
        }
    }

    private final PortalCalls calls;
    private final Accounts accounts;
    private final AccessLogSearch log;
    private final Quotas quotas;
    private final MessageSource messages;
    private final Clock clock;

    OperatorPageController(PortalCalls calls, Accounts accounts, AccessLogSearch log, Quotas quotas,
            MessageSource messages, Clock clock) {
        this.calls = calls;
        this.accounts = accounts;
        this.log = log;
        this.quotas = quotas;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(LOOKUP)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String lookupForm() {
        return "portal/operator/lookup";
    }

    @PostMapping(LOOKUP)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String lookup(@RequestParam(defaultValue = "") String nik, @RequestParam(defaultValue = "") String purpose,
            Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        List<AccountPageController.FieldError> errors = required(nik, purpose);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("purpose", purpose);
            response.setStatus(422);
            return "portal/operator/lookup";
        }
        AccountView operator = operator(authentication);
        PortalCalls.PortalAnswer answer = calls.lookup(operator, source(request), nik.strip(), purpose.strip());
        model.addAttribute("answer", answer);
        model.addAttribute("watermark", watermark(operator));
        if (answer.outcome() == id.gerbang.access.ServiceOutcome.FOUND) {
            // for the data-balikan pop-up (hooks.html): rendered into this answer only, like the result
            model.addAttribute("lookedUpNik", nik.strip());
        }
        return "portal/operator/lookup";
    }

    @GetMapping(VERIFY)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String verifyForm(Authentication authentication, Model model) {
        model.addAttribute("elements", calls.verifiableElements(operator(authentication)));
        return "portal/operator/verify";
    }

    @PostMapping(VERIFY)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String verify(@RequestParam Map<String, String> form, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        AccountView operator = operator(authentication);
        List<PortalCalls.Shown> elements = calls.verifiableElements(operator);
        model.addAttribute("elements", elements);
        String nik = form.getOrDefault("nik", "");
        String purpose = form.getOrDefault("purpose", "");
        List<AccountPageController.FieldError> errors = required(nik, purpose);
        Map<String, String> values = new LinkedHashMap<>();
        for (PortalCalls.Shown element : elements) {
            String value = form.get("el_" + element.key());
            if (value != null && !value.isBlank()) {
                values.put(element.key(), value.strip());
            }
        }
        if (values.isEmpty()) {
            errors.add(new AccountPageController.FieldError(elements.isEmpty() ? "" : "el_" + elements.getFirst().key(),
                    text("portal.verify.noElement")));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("purpose", purpose);
            response.setStatus(422);
            return "portal/operator/verify";
        }
        String threshold = form.get("threshold");
        PortalCalls.PortalAnswer answer = calls.verify(operator, source(request), nik.strip(), values,
                threshold == null || threshold.isBlank() ? null : threshold.strip(), purpose.strip());
        model.addAttribute("answer", answer);
        model.addAttribute("watermark", watermark(operator));
        return "portal/operator/verify";
    }

    @GetMapping(HISTORY)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String history(Authentication authentication, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        AccountView operator = operator(authentication);
        LocalDate today = JakartaTime.today(clock);
        List<HistoryRow> rows = new ArrayList<>();
        if (operator.agency() != null) {
            long agency = operator.agency().value();
            String user = operator.userId().value();
            for (AccessLogView entry : log.search(new AccessLogQuery(agency, user, today, today, null, null, null, null,
                    AccessLogQuery.MAX_LIMIT), new Viewer(user, false, java.util.Optional.of(agency))).entries()) {
                rows.add(new HistoryRow(TIME.format(entry.time().atZone(JakartaTime.ZONE)),
                        NikMask.mask(entry.nik()), entry.operation(), outcomeKey(entry.outcome()),
                        "FOUND".equals(entry.outcome()) || "VERIFIED".equals(entry.outcome()),
                        entry.purpose() == null ? "" : entry.purpose()));
            }
        }
        model.addAttribute("rows", rows);
        if (operator.agreement() != null) {
            DailyUsage usage = quotas.usage(operator.agreement(), today);
            model.addAttribute("agreementMeter", new Meter(usage.used(), usage.limit(), usage.remaining()));
            OptionalLong own = quotas.userLimit(operator.agreement(), operator.userId(), today);
            if (own.isPresent()) {
                long used = quotas.userUsage(operator.agreement(), operator.userId(), today);
                model.addAttribute("userMeter", new Meter(used, own.getAsLong(), Math.max(0, own.getAsLong() - used)));
            }
        }
        model.addAttribute("today", today);
        return "portal/operator/history";
    }

    /** The text key of a logged outcome: the first web-service outcome that renders it. */
    static String outcomeKey(String logged) {
        for (ServiceOutcome outcome : ServiceOutcome.values()) {
            if (outcome.logged().name().equals(logged)) {
                return outcome.messageKey();
            }
        }
        return ServiceOutcome.SERVICE_ERROR.messageKey();
    }

    private List<AccountPageController.FieldError> required(String nik, String purpose) {
        List<AccountPageController.FieldError> errors = new ArrayList<>();
        if (nik.isBlank()) {
            errors.add(new AccountPageController.FieldError("nik", text("portal.lookup.nikRequired")));
        }
        if (purpose.isBlank()) {
            errors.add(new AccountPageController.FieldError("purpose", text("portal.lookup.purposeRequired")));
        } else if (purpose.strip().length() > PURPOSE_MAX) {
            errors.add(new AccountPageController.FieldError("purpose", text("portal.lookup.purposeTooLong", PURPOSE_MAX)));
        }
        return errors;
    }

    private String watermark(AccountView operator) {
        return operator.userId().value() + " · " + STAMP.format(ZonedDateTime.now(clock.withZone(JakartaTime.ZONE)));
    }

    private AccountView operator(Authentication authentication) {
        return accounts.find(UserId.of(authentication.getName())).orElseThrow();
    }

    private static InetAddress source(HttpServletRequest request) {
        InetAddress source = PortalRequests.source(request);
        if (source == null) {
            throw new IllegalStateException("the connection has no address");
        }
        return source;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
