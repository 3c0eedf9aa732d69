package id.gerbang.feedback.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackRecordView;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.Reconciliation;
import id.gerbang.registry.InvalidNikException;
import id.gerbang.registry.Nik;
import id.gerbang.registry.PopulationRegister;
import id.gerbang.registry.Resident;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's side of data balikan (docs/feedback.md): per NIK the returned records beside the
 * register's data (victim information decrypted for registry administrators only, each reading
 * recorded), and the reconciliation of lookups against data balikan with the compliance rate per
 * agency and month.
 */
@RestController
@RequestMapping("/api/v1/admin/feedback")
class FeedbackAdminApiController {

    /** The NIK travels in the body, never in the URL. */
    record NikRequest(@Nullable String nik) {
    }

    /** The register's data about the person, as far as the registry needs it beside the records. */
    record Person(String nik, String fullName, LocalDate dateOfBirth, String sex) {
    }

    record ByNik(String nik, @Nullable Person person, List<FeedbackRecordView> records) {
    }

    private final FeedbackRecords feedback;
    private final PopulationRegister register;
    private final Accounts accounts;
    private final Clock clock;

    FeedbackAdminApiController(FeedbackRecords feedback, PopulationRegister register, Accounts accounts, Clock clock) {
        this.feedback = feedback;
        this.register = register;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PostMapping("/by-nik")
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    ResponseEntity<ByNik> byNik(@RequestBody NikRequest request, Authentication authentication) {
        Nik nik;
        try {
            nik = Nik.parse(request.nik() == null ? "" : request.nik());
        } catch (InvalidNikException e) {
            throw new GerbangException(CommonError.VALIDATION_FAILED);
        }
        Actor actor = accounts.actorOf(authentication);
        List<FeedbackRecordView> records = feedback.byNik(nik, actor);
        Person person = register.findByNik(nik)
                .map(r -> new Person(r.nik().value(), r.fullName(), r.dateOfBirth(), r.sex().name())).orElse(null);
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new ByNik(nik.value(), person, records));
    }

    /**
     * The export for the Directorate-General's data-balikan application: every version received on
     * Jakarta days {@code from} to {@code to}; {@code format} {@code csv}, {@code xlsx} or {@code json}.
     * Registry administrators only (victim information is decrypted for them; the reading is recorded).
     */
    @GetMapping("/export")
    @PreAuthorize(Roles.ADMIN)
    void export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "csv") String format, Authentication authentication,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        if (from.isAfter(to) || !List.of("csv", "xlsx", "json").contains(format)) {
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

    /** Lookups on Jakarta days {@code from} to {@code to} (default: the last 90 days) of one agency or all. */
    @GetMapping("/reconciliation")
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    ResponseEntity<Reconciliation> reconciliation(@RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        LocalDate end = to == null ? JakartaTime.today(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        if (start.isAfter(end) || start.isBefore(end.minusYears(2))) {
            throw new GerbangException(CommonError.VALIDATION_FAILED);
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(feedback.reconcile(agencyId, start, end));
    }
}
