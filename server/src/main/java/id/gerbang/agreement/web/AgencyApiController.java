package id.gerbang.agreement.web;

import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyStatus;
import id.gerbang.agreement.AgencyStatusChange;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.PageResult;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
@RequestMapping("/api/v1/admin/agencies")
@Tag(name = "Agencies", description = "User agencies (lembaga pengguna) and their status")
class AgencyApiController {

    static final String READ_OWN = Roles.ADMIN_OR_AUDITOR + " or (" + AgencyAccess.AGENCY_ADMIN
            + " and @agencyAccess.ownsAgency(authentication, #id))";

    private final Agencies agencies;
    private final Agreements agreements;
    private final RequestValidator validator;

    AgencyApiController(Agencies agencies, Agreements agreements, RequestValidator validator) {
        this.agencies = agencies;
        this.agreements = agreements;
        this.validator = validator;
    }

    @GetMapping
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    @Operation(summary = "List agencies by name, optionally by status")
    PageResult<AgencyView> list(@RequestParam(required = false) @Nullable AgencyStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return agencies.list(status, page, size);
    }

    @PostMapping
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Register an agency (active)")
    ResponseEntity<AgencyView> register(@RequestBody AgencyRequest request, Principal principal)
            throws MethodArgumentNotValidException {
        AgencyView view = agencies.register(validator.valid(request).details(), principal.getName());
        return Requests.created("/api/v1/admin/agencies/" + view.id(), view);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ_OWN)
    @Operation(summary = "Read an agency (registry staff, or the agency's own administrator)")
    AgencyView get(@PathVariable long id) {
        return Requests.found(agencies.find(new AgencyId(id)), AgreementError.AGENCY_NOT_FOUND, id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Change an agency's name, kind, address or region")
    AgencyView update(@PathVariable long id, @RequestBody AgencyRequest request, Principal principal)
            throws MethodArgumentNotValidException {
        return agencies.update(new AgencyId(id), validator.valid(request).details(), principal.getName());
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Suspend, reactivate or revoke an agency, with a reason")
    AgencyView changeStatus(@PathVariable long id, @RequestBody AgencyStatusRequest request, Principal principal)
            throws MethodArgumentNotValidException {
        validator.valid(request);
        return agencies.changeStatus(new AgencyId(id), Requests.present(request.status()),
                Requests.text(request.reason()), principal.getName());
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(READ_OWN)
    @Operation(summary = "The agency's status history")
    List<AgencyStatusChange> history(@PathVariable long id) {
        return agencies.history(new AgencyId(id));
    }

    @GetMapping("/{id}/agreements")
    @PreAuthorize(READ_OWN)
    @Operation(summary = "The agency's agreements, newest first")
    List<AgreementView> agreements(@PathVariable long id) {
        if (agencies.find(new AgencyId(id)).isEmpty()) {
            throw new GerbangException(AgreementError.AGENCY_NOT_FOUND, String.valueOf(id));
        }
        return agreements.forAgency(new AgencyId(id));
    }
}
