package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.feedback.FeedbackUploads;
import id.gerbang.feedback.Upload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Data balikan by Excel upload (issue 16, method 2): the template, the upload form, the job's page
 * with a progress bar that htmx refreshes every second until the job ends (the job and its result
 * are kept by the feedback module, so a reload shows them again), and the error workbook. Every rule
 * is the feedback module's ({@link FeedbackUploads}); everything is scoped to the operator's agency.
 */
@Controller
class FeedbackUploadPageController {

    static final String UPLOAD = PortalPages.OPERATOR + "/feedback/upload";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm 'WIB'");

    private final FeedbackUploads uploads;
    private final Accounts accounts;
    private final MessageSource messages;

    FeedbackUploadPageController(FeedbackUploads uploads, Accounts accounts, MessageSource messages) {
        this.uploads = uploads;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping(UPLOAD)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String page(Authentication authentication, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        AgencyId agency = agency(authentication);
        model.addAttribute("uploads", uploads.recent(agency, 10).stream().map(this::row).toList());
        return "portal/operator/feedback-upload";
    }

    @GetMapping(UPLOAD + "/template")
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    ResponseEntity<StreamingResponseBody> template(Authentication authentication) {
        agency(authentication);
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("templat-data-balikan.xlsx").build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(out -> uploads.template(out, locale));
    }

    @PostMapping(UPLOAD)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication authentication,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Actor actor = accounts.actorOf(authentication);
        AgencyId agency = agency(authentication);
        String error = null;
        if (file == null || file.isEmpty()) {
            error = text("portal.feedback.upload.noFile");
        } else if (file.getSize() > FeedbackUploads.MAX_BYTES) {
            error = text("error.UPLOAD_TOO_LARGE", FeedbackUploads.MAX_BYTES / (1024 * 1024));
        } else {
            try {
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                Upload upload = uploads.start(agency, actor.userId(), name, file.getBytes(), LocaleContextHolder.getLocale());
                return "redirect:" + UPLOAD + "/" + upload.id();
            } catch (GerbangException e) {
                error = text("error." + e.errorCode().code(), e.args());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        model.addAttribute("errors", List.of(new AccountPageController.FieldError("file", error)));
        model.addAttribute("fileError", error);
        model.addAttribute("uploads", uploads.recent(agency, 10).stream().map(this::row).toList());
        response.setStatus(422);
        return "portal/operator/feedback-upload";
    }

    @GetMapping(UPLOAD + "/{id}")
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String job(@PathVariable String id, Authentication authentication, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("upload", row(find(authentication, id)));
        return "portal/operator/feedback-upload-job";
    }

    /** The progress fragment htmx swaps in every second while the job runs. */
    @GetMapping(UPLOAD + "/{id}/progress")
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String progress(@PathVariable String id, Authentication authentication, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("upload", row(find(authentication, id)));
        return "portal/operator/feedback-upload-job :: progress";
    }

    @GetMapping(UPLOAD + "/{id}/errors")
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    ResponseEntity<byte[]> errors(@PathVariable String id, Authentication authentication) {
        byte[] book = uploads.errorWorkbook(agency(authentication), id)
                .orElseThrow(() -> new GerbangException(CommonError.NOT_FOUND));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("kesalahan-data-balikan.xlsx").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(XLSX))
                .body(book);
    }

    /** An upload as the page shows it. */
    record Row(Upload upload, String createdAt, String failureText) {
    }

    private Row row(Upload u) {
        return new Row(u, STAMP.format(u.createdAt().atZone(id.gerbang.common.JakartaTime.ZONE)),
                u.failure() == null ? "" : text("feedback.upload.failure." + u.failure()));
    }

    private Upload find(Authentication authentication, String id) {
        return uploads.find(agency(authentication), id).orElseThrow(() -> new GerbangException(CommonError.NOT_FOUND));
    }

    private AgencyId agency(Authentication authentication) {
        Actor actor = accounts.actorOf(authentication);
        if (actor.agency() == null) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        return actor.agency();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
