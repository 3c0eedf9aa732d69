package id.gerbang.access;

import id.gerbang.common.ErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The outcome catalogue of both data surfaces. Each entry is one result a call can end with, in the
 * order of the checks that produce it; it carries the compatible surface's two-digit code and
 * default text (protocol section 4; texts are configurable per deployment under
 * {@code gerbang.access.texts}), the v1 API's HTTP status, and, through {@link ErrorCode}, the
 * problem type {@code https://gerbang.id/problems/<code>} and the bilingual message and action
 * keys {@code error.<CODE>} / {@code error.<CODE>.action} in {@code i18n/access.properties}.
 *
 * <p>Codes 01, 03-05, 07, 09, 11-17 are the real service's. 18-20 are Gerbang's own for checks the
 * real service has no code for; clients detect an error by the presence of {@code RESPON} /
 * {@code RESPONSE_CODE}, so an unknown code still reads as an error. Some outcomes share a wire
 * code on purpose (a locked account answers like a wrong password so that the answer does not
 * reveal that the user exists); the access log keeps them apart.
 */
public enum ServiceOutcome implements ErrorCode {

    /** Data found and returned (no error object). */
    FOUND("01", null, HttpStatus.OK),
    /** User id or password missing. */
    CREDENTIALS_MISSING("09", "User, password dan IP tidak boleh kosong", HttpStatus.UNAUTHORIZED),
    /** Unknown user or wrong password; counts towards lockout. */
    LOGIN_FAILED("03", "Login Gagal", HttpStatus.UNAUTHORIZED),
    /** The account is locked after too many failed logins; answered as a failed login. */
    ACCOUNT_LOCKED("03", "Login Gagal", HttpStatus.UNAUTHORIZED),
    /** The user id is not active. */
    USER_INACTIVE("17", "User ID Tidak Aktif", HttpStatus.FORBIDDEN),
    /** The user's agency is not active. */
    AGENCY_INACTIVE("16", "Instansi Tidak Aktif", HttpStatus.FORBIDDEN),
    /** No cooperation agreement is in force for the agency on today's Jakarta date. */
    AGREEMENT_INACTIVE("18", "Perjanjian Kerja Sama Tidak Aktif", HttpStatus.FORBIDDEN),
    /** The agreement does not allow this channel (web service, or the v1 API). */
    CHANNEL_NOT_ALLOWED("19", "Kanal Akses Tidak Diizinkan", HttpStatus.FORBIDDEN),
    /** The connection's source address is not registered for the agency. */
    IP_NOT_REGISTERED("04", "IP Address Tidak Sesuai", HttpStatus.FORBIDDEN),
    /** The deployment requires a claimed client IP and it is missing or not an address. */
    INVALID_IP("10", "IP Tidak Valid", HttpStatus.FORBIDDEN),
    /** Missing NIK, unknown method, bad threshold, nothing verifiable, oversized body. */
    INVALID_PARAMETERS("07", "Parameter Tidak Lengkap / Tidak Valid", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The agreement does not grant the operation (family lookup, verification). */
    OPERATION_NOT_GRANTED("20", "Metode Tidak Diizinkan", HttpStatus.FORBIDDEN),
    /** The NIK breaks the hard rules; answered without touching the register. */
    NIK_MALFORMED("15", "Data Tidak Ditemukan, NIK tidak sesuai format Dukcapil", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The agreement's daily quota is used up. */
    QUOTA_EXHAUSTED_AGREEMENT("05", "Kuota Akses Hari ini telah Habis", HttpStatus.TOO_MANY_REQUESTS),
    /** The user's share of the daily quota is used up. */
    QUOTA_EXHAUSTED_USER("05", "Kuota Akses Hari ini telah Habis", HttpStatus.TOO_MANY_REQUESTS),
    /** No resident with this NIK (or no family with this number). */
    NOT_FOUND("13", "Data Tidak Ditemukan", HttpStatus.NOT_FOUND),
    /** Found; the person has died. */
    DECEASED("11", "Data Ditemukan, Status Meninggal Dunia", HttpStatus.CONFLICT),
    /** Found; a duplicate record, blocked. */
    DUPLICATE_BLOCKED("12", "Data Ditemukan, Data Ganda", HttpStatus.CONFLICT),
    /** Found; the record is inactive (moved abroad, or deactivated). */
    RECORD_INACTIVE("14", "Data Ditemukan, Status Tidak Aktif silakan hubungi Dinas Dukcapil", HttpStatus.CONFLICT),
    /** The register or the access log could not be reached; nothing was answered from it. */
    NIK_NOT_PROCESSABLE("08", "NIK Tidak Dapat Diproses", HttpStatus.SERVICE_UNAVAILABLE);

    private final String wireCode;
    private final @Nullable String defaultText;
    private final HttpStatus status;

    ServiceOutcome(String wireCode, @Nullable String defaultText, HttpStatus status) {
        this.wireCode = wireCode;
        this.defaultText = defaultText;
        this.status = status;
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

    /** The v1 API's HTTP status. */
    @Override
    public HttpStatus status() {
        return status;
    }

    public boolean isError() {
        return this != FOUND;
    }
}
