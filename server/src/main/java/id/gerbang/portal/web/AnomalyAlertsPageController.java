package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyView;
import id.gerbang.anomaly.Alert;
import id.gerbang.anomaly.AlertStatus;
import id.gerbang.anomaly.Alerts;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The anomaly alerts of the registry console (issue 18): open alerts first, each with what it counted,
 * its window and a way to the access-log search that shows its entries (a link with the filters, or
 * for a NIK a small POST form: a NIK never goes into a URL). A registry administrator acknowledges an
 * alert with a note; the auditor reads the same list without the form.
 */
@Controller
class AnomalyAlertsPageController {

    static final String ALERTS = PortalPages.REGISTRY + "/alerts";
    static final int SHOWN = 200;

    /** One alert as the page shows it, with the log search's filters. */
    record Row(Alert alert, String subject, LocalDate from, LocalDate to, @Nullable String logLink) {
    }

    private final Alerts alerts;
    private final Accounts accounts;
    private final Agencies agencies;
    private final FormErrors forms;

    AnomalyAlertsPageController(Alerts alerts, Accounts accounts, Agencies agencies, FormErrors forms) {
        this.alerts = alerts;
        this.accounts = accounts;
        this.agencies = agencies;
        this.forms = forms;
    }

    @ModelAttribute("canChange")
    static boolean canChange(@Nullable Authentication authentication) {
        return RegistryAgreementsPageController.canChange(authentication);
    }

    @GetMapping(ALERTS)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String list(@RequestParam(required = false) @Nullable String status, Model model) {
        AlertStatus filter = null;
        if ("OPEN".equals(status) || "ACKNOWLEDGED".equals(status)) {
            filter = AlertStatus.valueOf(status);
        }
        Map<Long, String> names = new HashMap<>();
        for (AgencyView a : agencies.findAll()) {
            names.put(a.id().value(), a.name());
        }
        List<Row> rows = alerts.list(filter, SHOWN).stream().map(a -> row(a, names)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("openCount", alerts.openCount());
        return "portal/registry/alerts";
    }

    @PostMapping(ALERTS + "/{id}/acknowledge")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    String acknowledge(@PathVariable long id, @RequestParam(defaultValue = "") String note,
                       Authentication authentication, RedirectAttributes redirect) {
        try {
            alerts.acknowledge(id, note, accounts.actorOf(authentication).userId());
            redirect.addFlashAttribute("notice", forms.text("portal.alerts.acknowledged", id));
        } catch (GerbangException e) {
            redirect.addFlashAttribute("errors", forms.of(e));
        }
        return "redirect:" + ALERTS;
    }

    private static Row row(Alert a, Map<Long, String> names) {
        LocalDate from = JakartaTime.dateOf(a.windowStart());
        LocalDate to = JakartaTime.dateOf(a.windowEnd().minusNanos(1));
        String agency = a.agencyId() == null ? null : names.getOrDefault(a.agencyId(), "#" + a.agencyId());
        String subject = switch (a.subjectKind()) {
            case AGENCY -> agency;
            case USER -> a.userId() + (agency == null ? "" : " · " + agency);
            case ADDRESS -> a.sourceIp();
            case NIK -> a.nik() == null ? "-" : a.nik().toString();
        };
        String link = null;
        if (a.nik() == null) {
            StringBuilder q = new StringBuilder(AccessLogPageController.PATH).append("?from=").append(from).append("&to=").append(to);
            if (a.agencyId() != null) {
                q.append("&agencyId=").append(a.agencyId());
            }
            if (a.userId() != null) {
                q.append("&userId=").append(java.net.URLEncoder.encode(a.userId(), java.nio.charset.StandardCharsets.UTF_8));
            }
            link = q.toString();
        }
        return new Row(a, subject == null ? "-" : subject, from, to, link);
    }
}
