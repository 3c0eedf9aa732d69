package id.gerbang.access;

import id.gerbang.audit.AccessOutcome;
import id.gerbang.common.ErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The outcome catalogue of both data surfaces. Each entry is one result a call can end with, in the
 * order of the checks that produce it; it carries the compatible surface's two-digit code and
 * default text (protocol section 4; texts are configurable per deployment under
 * {@code gerbang.access.texts}), the v1 API's HTTP status, and, through {@link ErrorCode}, the
 * problem type {@code https://gerbang.id/problems/<code>} and the bilingual message and action
 * keys {@code error.access.<CODE>} / {@code error.access.<CODE>.action} in {@code i18n/access.properties}.
 *
 * <p>Each entry renders one {@link AccessOutcome} of the audit module's catalogue, which is what
 * the access log records ({@link #logged()}); this enum adds what the two surfaces need (wire
 * code and text, HTTP status) and splits the quota outcome into agreement and user for the v1
 * message. Codes 01, 03-05, 07-17 are the real service's. 18-21 are Gerbang's own for checks the
 * real service has no code for; clients detect an error by the presence of {@code RESPON} /
 * {@code RESPONSE_CODE}, so an unknown code still reads as an error. A locked account answers
 * like a wrong password (03, "Login Gagal") so that the answer does not reveal that the user
 * exists; the access log keeps them apart. A failure inside Gerbang answers 08.
 */
public enum ServiceOutcome implements ErrorCode {

    /** Data found and returned (no error object). */
    FOUND("01", null, HttpStatus.OK, AccessOutcome.FOUND),
    /** A verification by elements answered element by element (no error object). */
    VERIFIED("01", null, HttpStatus.OK, AccessOutcome.VERIFIED),
    /** User id or password missing. */
    CREDENTIALS_MISSING("09", "User, password dan IP tidak boleh kosong", HttpStatus.UNAUTHORIZED, AccessOutcome.CREDENTIALS_MISSING),
    /** Unknown user or wrong password; counts towards lockout. */
    LOGIN_FAILED("03", "Login Gagal", HttpStatus.UNAUTHORIZED, AccessOutcome.LOGIN_FAILED),
    /** The account is locked after too many failed logins; answered as a failed login. */
    ACCOUNT_LOCKED("03", "Login Gagal", HttpStatus.UNAUTHORIZED, AccessOutcome.ACCOUNT_LOCKED),
    /** The user id is not active. */
    USER_INACTIVE("17", "User ID Tidak Aktif", HttpStatus.FORBIDDEN, AccessOutcome.USER_INACTIVE),
    /** The user's agency is not active. */
    AGENCY_INACTIVE("16", "Instansi Tidak Aktif", HttpStatus.FORBIDDEN, AccessOutcome.AGENCY_INACTIVE),
    /** No cooperation agreement is in force for the agency on today's Jakarta date. */
    AGREEMENT_INACTIVE("18", "Perjanjian Kerja Sama Tidak Aktif", HttpStatus.FORBIDDEN, AccessOutcome.AGREEMENT_INACTIVE),
    /** The agreement does not allow this channel (web service, or the v1 API). */
    CHANNEL_NOT_ALLOWED("19", "Kanal Akses Tidak Diizinkan", HttpStatus.FORBIDDEN, AccessOutcome.CHANNEL_NOT_ALLOWED),
    /** The connection's source address is not registered for the agency. */
    IP_NOT_REGISTERED("04", "IP Address Tidak Sesuai", HttpStatus.FORBIDDEN, AccessOutcome.IP_NOT_REGISTERED),
    /** The deployment requires a claimed client IP and it is missing or not an address. */
    INVALID_IP("10", "IP Tidak Valid", HttpStatus.FORBIDDEN, AccessOutcome.INVALID_IP),
    /** Missing NIK, unknown method, bad threshold, nothing verifiable, oversized body. */
    INVALID_PARAMETERS("07", "Parameter Tidak Lengkap / Tidak Valid", HttpStatus.UNPROCESSABLE_CONTENT, AccessOutcome.INVALID_PARAMETERS),
    /** The agreement does not grant an element the operation needs (a family lookup needs NO_KK). */
    ELEMENT_NOT_GRANTED("20", "Elemen Data Tidak Diizinkan", HttpStatus.FORBIDDEN, AccessOutcome.ELEMENT_NOT_GRANTED),
    /** The agreement does not grant the operation (each of lookup, verification, family lookup is a grant of its own). */
    OPERATION_NOT_GRANTED("19", "Layanan Tidak Diizinkan", HttpStatus.FORBIDDEN, AccessOutcome.OPERATION_NOT_GRANTED),
    /** The agreement requires every call to name the local end user and the purpose; one is missing. */
    LOCAL_USER_REQUIRED("21", "User Lokal dan Keperluan Wajib Diisi", HttpStatus.UNPROCESSABLE_CONTENT, AccessOutcome.LOCAL_USER_REQUIRED),
    /** The NIK breaks the hard rules; answered without touching the register. */
    NIK_FORMAT_INVALID("15", "Data Tidak Ditemukan, NIK tidak sesuai format Dukcapil", HttpStatus.UNPROCESSABLE_CONTENT, AccessOutcome.NIK_FORMAT_INVALID),
    /** The agreement's daily quota is used up. */
    QUOTA_EXHAUSTED_AGREEMENT("05", "Kuota Akses Hari ini telah Habis", HttpStatus.TOO_MANY_REQUESTS, AccessOutcome.QUOTA_EXHAUSTED),
    /** The user's share of the daily quota is used up. */
    QUOTA_EXHAUSTED_USER("05", "Kuota Akses Hari ini telah Habis", HttpStatus.TOO_MANY_REQUESTS, AccessOutcome.QUOTA_EXHAUSTED),
    /** No resident with this NIK (or no family with this number). */
    NOT_FOUND("13", "Data Tidak Ditemukan", HttpStatus.NOT_FOUND, AccessOutcome.NOT_FOUND),
    /** Found; the person has died. */
    DECEASED("11", "Data Ditemukan, Status Meninggal Dunia", HttpStatus.CONFLICT, AccessOutcome.DECEASED),
    /** Found; a duplicate record, blocked. */
    DUPLICATE_BLOCKED("12", "Data Ditemukan, Data Ganda", HttpStatus.CONFLICT, AccessOutcome.DUPLICATE_BLOCKED),
    /** Found; the record is inactive (moved abroad, or deactivated). */
    RECORD_INACTIVE("14", "Data Ditemukan, Status Tidak Aktif silakan hubungi Dinas Dukcapil", HttpStatus.CONFLICT, AccessOutcome.INACTIVE),
    /** The register or the access log failed; nothing was answered from it. */
    SERVICE_ERROR("08", "NIK Tidak Dapat Diproses", HttpStatus.SERVICE_UNAVAILABLE, AccessOutcome.SERVICE_ERROR);

    private final String wireCode;
    private final @Nullable String defaultText;
    private final HttpStatus status;
    private final AccessOutcome logged;

    ServiceOutcome(String wireCode, @Nullable String defaultText, HttpStatus status, AccessOutcome logged) {
        this.wireCode = wireCode;
        this.defaultText = defaultText;
        this.status = status;
        this.logged = logged;
    }

    /** The outcome the access log records: the audit module's catalogue, of which this is the rendering. */
    public AccessOutcome logged() {
        return logged;
    }

    /** The compatible surface's {@code RESPONSE_CODE}. */
    public String wireCode() {
        return wireCode;
    }

    /** The compatible surface's default {@code RESPON} text; {@code null} for {@link #FOUND}. */
    public @Nullable String defaultText() {
        return defaultText;
    }

    @Override
    public String code() {
        return name();
    }

    /** {@code error.access.<CODE>}: other modules' catalogues have a {@code NOT_FOUND} too. */
    @Override
    public String messageKey() {
        return "error.access." + code();
    }

    /** The v1 API's HTTP status. */
    @Override
    public HttpStatus status() {
        return status;
    }

    public boolean isError() {
        return this != FOUND && this != VERIFIED;
    }
}
