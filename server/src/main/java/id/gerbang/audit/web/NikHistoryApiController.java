package id.gerbang.audit.web;

import id.gerbang.audit.NikAccessHistory;
import id.gerbang.audit.NikHistory;
import id.gerbang.audit.SafetyFlag;
import id.gerbang.audit.SafetyFlags;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Messages;
import id.gerbang.common.Roles;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access history of one NIK (a resident's request under UU 27/2022), as JSON or as a PDF to hand
 * over, and the safety flags that hide requesting details from everyone but registry administrators.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
class NikHistoryApiController {

    private final NikAccessHistory histories;
    private final SafetyFlags safetyFlags;
    private final ViewerResolver viewers;

    NikHistoryApiController(NikAccessHistory histories, SafetyFlags safetyFlags, ViewerResolver viewers) {
        this.histories = histories;
        this.safetyFlags = safetyFlags;
        this.viewers = viewers;
    }

    /** The NIK asked about; {@code language} {@code id} (default) or {@code en} for the PDF. */
    record HistoryRequest(@Nullable String nik, @Nullable String language) {
    }

    record FlagRequest(@Nullable String nik, @Nullable String reason) {
    }

    @PostMapping("/nik-history")
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    ResponseEntity<NikHistory> history(@RequestBody HistoryRequest request, Authentication authentication) {
        NikHistory history = histories.history(Niks.parse(request.nik()), viewers.of(authentication));
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(history);
    }

    @PostMapping(value = "/nik-history/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    ResponseEntity<byte[]> historyPdf(@RequestBody HistoryRequest request, Authentication authentication) {
        NikHistory history = histories.history(Niks.parse(request.nik()), viewers.of(authentication));
        Locale locale = "en".equalsIgnoreCase(request.language()) ? Locale.ENGLISH : Messages.INDONESIAN;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"riwayat-akses-nik.pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PDF)
                .body(histories.pdf(history, locale));
    }

    @GetMapping("/safety-flags")
    @PreAuthorize(Roles.ADMIN)
    List<SafetyFlag> flags() {
        return safetyFlags.list();
    }

    @PostMapping("/safety-flags")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<Void> flag(@RequestBody FlagRequest request, Authentication authentication) {
        safetyFlags.set(Niks.parse(request.nik()), request.reason(), authentication.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/safety-flags/clear")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<Void> clear(@RequestBody FlagRequest request, Authentication authentication) {
        if (!safetyFlags.clear(Niks.parse(request.nik()), authentication.getName())) {
            throw new GerbangException(CommonError.NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }
}
