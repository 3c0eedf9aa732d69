package id.gerbang.quota.web;

import id.gerbang.account.Accounts;
import id.gerbang.agreement.AgreementId;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequests;
import id.gerbang.quota.QuotaError;
import id.gerbang.quota.StudyDocument;
import id.gerbang.common.GerbangException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/quotas/increase-requests")
@Tag(name = "Quota-increase requests", description = "Permohonan penambahan kuota")
class QuotaIncreaseApiController {

    private final IncreaseRequests requests;
    private final Accounts accounts;

    QuotaIncreaseApiController(IncreaseRequests requests, Accounts accounts) {
        this.requests = requests;
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN_OR_AGENCY_ADMIN)
    @Operation(summary = "Ask for a higher daily quota; an agency administrator for its own agency's agreements")
    IncreaseResponse submit(@Valid @RequestBody IncreaseRequestBody body, Authentication auth) {
        return IncreaseResponse.of(requests.submit(accounts.actorOf(auth), new AgreementId(body.agreementId()),
                body.requestedQuota(), body.effectiveFrom(), body.reason()));
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    List<IncreaseResponse> list(@RequestParam(required = false) @Nullable Long agreementId,
            @RequestParam(required = false) IncreaseRequest.@Nullable Status status, Authentication auth) {
        return requests.list(accounts.actorOf(auth), agreementId == null ? null : new AgreementId(agreementId), status)
                .stream().map(IncreaseResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READERS)
    IncreaseResponse find(@PathVariable long id, Authentication auth) {
        return IncreaseResponse.of(requests.find(accounts.actorOf(auth), id));
    }

    @PutMapping(path = "/{id}/study", consumes = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Access.ADMIN_OR_AGENCY_ADMIN)
    @Operation(summary = "Attach (or replace) the technical study (kajian teknis) of a pending request: the PDF as "
            + "the request body; checked from its bytes, at most gerbang.quota.study-max-bytes")
    IncreaseResponse attachStudy(@PathVariable long id, @RequestParam(defaultValue = "kajian-teknis.pdf") String fileName,
            HttpServletRequest request, Authentication auth) throws IOException {
        return IncreaseResponse.of(requests.attachStudy(accounts.actorOf(auth), id, fileName, request.getInputStream()));
    }

    @GetMapping("/{id}/study")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Download the technical study: registry staff, and the requesting agency's administrator")
    ResponseEntity<byte[]> study(@PathVariable long id, Authentication auth) {
        StudyDocument document = requests.study(accounts.actorOf(auth), id)
                .orElseThrow(() -> new GerbangException(QuotaError.STUDY_NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.study().fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "Approve: the agreement's daily quota changes from the start date (recorded as an addendum)")
    IncreaseResponse approve(@PathVariable long id, @Valid @RequestBody IncreaseApprovalBody body, Authentication auth) {
        return IncreaseResponse.of(requests.approve(accounts.actorOf(auth), id, body.approvedQuota(),
                body.effectiveFrom(), body.reference(), body.reason()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(Access.ADMIN)
    IncreaseResponse reject(@PathVariable long id, @Valid @RequestBody ReasonBody body, Authentication auth) {
        return IncreaseResponse.of(requests.reject(accounts.actorOf(auth), id, body.reason()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(Access.ADMIN_OR_AGENCY_ADMIN)
    IncreaseResponse withdraw(@PathVariable long id, @Valid @RequestBody ReasonBody body, Authentication auth) {
        return IncreaseResponse.of(requests.withdraw(accounts.actorOf(auth), id, body.reason()));
    }
}
