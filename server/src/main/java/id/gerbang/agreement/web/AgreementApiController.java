package id.gerbang.agreement.web;

import id.gerbang.agreement.AccessDecision;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.AgreementHistory;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.Amendment;
import id.gerbang.agreement.PageResult;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/agreements")
@Tag(name = "Agreements", description = "Cooperation agreements (PKS): lifecycle, addenda, terms on a date")
class AgreementApiController {

    static final String READ_OWN = Roles.ADMIN_OR_AUDITOR + " or (" + AgencyAccess.AGENCY_ADMIN
            + " and @agencyAccess.ownsAgreement(authentication, #id))";

    private final Agreements agreements;
    private final RequestValidator validator;
    private final Clock clock;

    AgreementApiController(Agreements agreements, RequestValidator validator, Clock clock) {
        this.agreements = agreements;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    @Operation(summary = "List agreements, newest first, optionally by status and agency")
    PageResult<AgreementView> list(@RequestParam(required = false) @Nullable AgreementStatus status,
            @RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return agreements.list(status, agencyId == null ? null : new AgencyId(agencyId), page, size);
    }

    @PostMapping
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Record a new agreement as a draft")
    ResponseEntity<AgreementView> create(@RequestBody AgreementRequest request, Principal principal)
            throws MethodArgumentNotValidException {
        AgreementView view = agreements.create(validator.valid(request).draft(), principal.getName());
        return Requests.created("/api/v1/admin/agreements/" + view.id(), view);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ_OWN)
    @Operation(summary = "Read an agreement with today's terms")
    AgreementView get(@PathVariable long id) {
        return Requests.found(agreements.find(new AgreementId(id)), AgreementError.AGREEMENT_NOT_FOUND, id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Replace a draft's content (drafts only)")
    AgreementView update(@PathVariable long id, @RequestBody AgreementRequest request, Principal principal)
            throws MethodArgumentNotValidException {
        return agreements.updateDraft(new AgreementId(id), validator.valid(request).draft(), principal.getName());
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Put a draft in force (needs the central approval letter)")
    AgreementView activate(@PathVariable long id, @RequestBody(required = false) @Nullable ReasonRequest request,
            Principal principal) throws MethodArgumentNotValidException {
        String reason = request == null ? null : validator.valid(request).reason();
        return agreements.activate(new AgreementId(id), reason, principal.getName());
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Suspend an active agreement, with a reason")
    AgreementView suspend(@PathVariable long id, @RequestBody ReasonRequest request, Principal principal)
            throws MethodArgumentNotValidException {
        return agreements.suspend(new AgreementId(id), reasonOf(request), principal.getName());
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Resume a suspended agreement, with a reason")
    AgreementView resume(@PathVariable long id, @RequestBody ReasonRequest request, Principal principal)
            throws MethodArgumentNotValidException {
        return agreements.resume(new AgreementId(id), reasonOf(request), principal.getName());
    }

    @PostMapping("/{id}/terminate")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "End an agreement for good, with a reason")
    AgreementView terminate(@PathVariable long id, @RequestBody ReasonRequest request, Principal principal)
            throws MethodArgumentNotValidException {
        return agreements.terminate(new AgreementId(id), reasonOf(request), principal.getName());
    }

    @PostMapping("/{id}/addenda")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Record an addendum: extension, elements, channels, data balikan, quota, compatibility")
    ResponseEntity<AgreementView> addendum(@PathVariable long id, @RequestBody AddendumRequest request,
            Principal principal) throws MethodArgumentNotValidException {
        AgreementView view = agreements.recordAddendum(new AgreementId(id), validator.valid(request).addendum(),
                principal.getName());
        return Requests.created("/api/v1/admin/agreements/" + id + "/addenda", view);
    }

    @GetMapping("/{id}/addenda")
    @PreAuthorize(READ_OWN)
    @Operation(summary = "The terms history: the original terms and every addendum and quota change")
    List<Amendment> addenda(@PathVariable long id) {
        return agreements.history(new AgreementId(id)).amendments();
    }

    @PostMapping("/{id}/element-grants")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Grant further (protected) elements with a reason; an addendum unless a draft")
    AgreementView grantElements(@PathVariable long id, @RequestBody ElementGrantRequest request,
            Principal principal) throws MethodArgumentNotValidException {
        validator.valid(request);
        return agreements.grantElements(new AgreementId(id),
                Requests.elements(Requests.present(request.elements()), "elements"), Requests.text(request.reason()),
                request.reference(), request.effectiveFrom(), principal.getName());
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(READ_OWN)
    @Operation(summary = "Every status transition (who, when, why) and every terms version")
    AgreementHistory history(@PathVariable long id) {
        return agreements.history(new AgreementId(id));
    }

    @GetMapping("/{id}/terms")
    @PreAuthorize(READ_OWN)
    @Operation(summary = "The terms on a date (Asia/Jakarta), reconstructed from the history")
    AgreementTerms terms(@PathVariable long id,
            @Parameter(description = "yyyy-MM-dd; today when omitted")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        LocalDate day = date == null ? JakartaTime.today(clock) : date;
        AgreementId agreement = new AgreementId(id);
        return agreements.termsOn(agreement, day).orElseThrow(() -> agreements.find(agreement).isPresent()
                ? new GerbangException(AgreementError.TERMS_NOT_RECORDED, String.valueOf(id), day.toString())
                : new GerbangException(AgreementError.AGREEMENT_NOT_FOUND, String.valueOf(id)));
    }

    @GetMapping("/{id}/access")
    @PreAuthorize(READ_OWN)
    @Operation(summary = "Whether the agreement grants access on a date, and why")
    AccessDecision access(@PathVariable long id,
            @Parameter(description = "yyyy-MM-dd; today when omitted")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        AgreementId agreement = new AgreementId(id);
        if (agreements.find(agreement).isEmpty()) {
            throw new GerbangException(AgreementError.AGREEMENT_NOT_FOUND, String.valueOf(id));
        }
        return date == null ? agreements.grantsAccessNow(agreement) : agreements.grantsAccessOn(agreement, date);
    }

    private String reasonOf(ReasonRequest request) throws MethodArgumentNotValidException {
        String reason = validator.valid(request).reason();
        return reason == null ? "" : reason;
    }
}
