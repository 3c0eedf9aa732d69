package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.common.JakartaTime;
import id.gerbang.report.EvaluationReports;
import id.gerbang.report.ReportDocument;
import id.gerbang.report.Semester;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The per-semester evaluation report for the Minister (docs/report.md): registry staff open the page;
 * a registry administrator produces the signed PDF or XLSX of a semester (a POST: producing signs a
 * checkpoint of the access log). The auditor sees no form.
 */
@Controller
class EvaluationPageController {

    static final String PATH = PortalPages.REGISTRY + "/evaluation";

    private final EvaluationReports evaluations;
    private final Accounts accounts;
    private final Clock clock;

    EvaluationPageController(EvaluationReports evaluations, Accounts accounts, Clock clock) {
        this.evaluations = evaluations;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String page(Authentication authentication, Model model) {
        List<Semester> semesters = new ArrayList<>();
        Semester s = Semester.of(JakartaTime.today(clock));
        for (int i = 0; i < 4; i++, s = s.previous()) {
            semesters.add(s);
        }
        model.addAttribute("semesters", semesters);
        model.addAttribute("mayProduce", accounts.actorOf(authentication).isRegistryAdmin());
        return "portal/registry-evaluation";
    }

    @PostMapping(PATH + "/{kind}")
    @PreAuthorize(PortalPages.REGISTRY_ADMIN_ONLY)
    ResponseEntity<byte[]> produce(@PathVariable String kind, @RequestParam(defaultValue = "") String semester,
            Authentication authentication) {
        Semester parsed;
        try {
            parsed = Semester.parse(semester);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.unprocessableContent().build();
        }
        ReportDocument document = evaluations.produce(accounts.actorOf(authentication), parsed,
                "xlsx".equals(kind) ? ReportDocument.Kind.XLSX : ReportDocument.Kind.PDF);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }
}
