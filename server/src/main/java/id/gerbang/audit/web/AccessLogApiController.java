package id.gerbang.audit.web;

import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLogExports;
import id.gerbang.audit.AccessLogPage;
import id.gerbang.audit.AccessLogQuery;
import id.gerbang.audit.AccessLogSearch;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.UsageCount;
import id.gerbang.audit.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Search, export and usage counts of the access log for registry administrators and auditors (all
 * agencies) and agency administrators (their agency only). Filters travel in the request body, so a
 * NIK never appears in a URL or a server access log.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AccessLogApiController {

    static final String READERS = "hasAnyRole('REGISTRY_ADMIN','REGISTRY_AUDITOR','AGENCY_ADMIN')";

    private final AccessLogSearch search;
    private final ViewerResolver viewers;
    private final AccessLogExports exports;

    AccessLogApiController(AccessLogSearch search, ViewerResolver viewers, AccessLogExports exports) {
        this.search = search;
        this.viewers = viewers;
        this.exports = exports;
    }

    /** The filters of a search or an export; all optional. Dates are Jakarta days (yyyy-MM-dd). */
    record SearchRequest(@Nullable Long agencyId, @Nullable String userId, @Nullable LocalDate from,
                         @Nullable LocalDate to, @Nullable AccessOutcome outcome, @Nullable String nik,
                         @Nullable AccessChannel channel, @Nullable Long before, @Nullable Integer limit) {

        AccessLogQuery query() {
            return new AccessLogQuery(agencyId, userId == null || userId.isBlank() ? null : userId, from, to, outcome,
                    Niks.parseOptional(nik), channel, before, limit == null ? 100 : limit);
        }
    }

    @PostMapping("/access-log/search")
    @PreAuthorize(READERS)
    AccessLogPage search(@RequestBody SearchRequest request, Authentication authentication) {
        return search.search(request.query(), viewers.of(authentication));
    }

    @PostMapping("/access-log/export")
    @PreAuthorize(READERS)
    ResponseEntity<StreamingResponseBody> export(@RequestBody SearchRequest request,
                                                 @RequestParam(defaultValue = "csv") String format,
                                                 Authentication authentication) {
        AccessLogExports.Format fileFormat = "xlsx".equalsIgnoreCase(format) ? AccessLogExports.Format.XLSX
                : AccessLogExports.Format.CSV;
        AccessLogExports.Export export = exports.prepare(request.query(), viewers.of(authentication), fileFormat,
                filters(request, format));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .body(export::writeTo);
    }

    @GetMapping("/usage")
    @PreAuthorize(READERS)
    List<UsageCount> usage(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) @Nullable Long agencyId, Authentication authentication) {
        return search.usage(from, to, agencyId, viewers.of(authentication));
    }

    private static Map<String, Object> filters(SearchRequest r, String format) {
        Map<String, Object> filters = new java.util.LinkedHashMap<>();
        filters.put("format", format);
        if (r.agencyId() != null) filters.put("agencyId", r.agencyId());
        if (r.userId() != null) filters.put("userId", r.userId());
        if (r.from() != null) filters.put("from", r.from().toString());
        if (r.to() != null) filters.put("to", r.to().toString());
        if (r.outcome() != null) filters.put("outcome", r.outcome().name());
        if (r.nik() != null) filters.put("nik", r.nik());
        if (r.channel() != null) filters.put("channel", r.channel().name());
        return filters;
    }
}
