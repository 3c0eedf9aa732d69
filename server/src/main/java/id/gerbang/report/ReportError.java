package id.gerbang.report;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** The report module's error catalogue; texts in {@code i18n/report.properties} and {@code _en}. */
public enum ReportError implements ErrorCode {
    REPORT_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Args: the report's status. */
    REPORT_NOT_EDITABLE(HttpStatus.CONFLICT),
    /** Args: the report's status. */
    REPORT_NOT_SUBMITTED(HttpStatus.CONFLICT),
    /** The agency's statements or the signed statement are missing; fields name which. */
    REPORT_INCOMPLETE(HttpStatus.UNPROCESSABLE_CONTENT),
    /** The semester has not started yet. */
    SEMESTER_NOT_STARTED(HttpStatus.UNPROCESSABLE_CONTENT),
    /** The head of the agency's statement is not a PDF (judged from its bytes). */
    STATEMENT_NOT_PDF(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** Args: the limit in MiB. */
    STATEMENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    NOTES_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
    DOCUMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The caller has no agency (registry staff must name one). */
    AGENCY_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
    FINDING_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** A finding's kind, severity or evidence is missing or its link is not a registry console path; fields name which. */
    FINDING_INVALID(HttpStatus.UNPROCESSABLE_CONTENT);

    private final HttpStatus status;

    ReportError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
