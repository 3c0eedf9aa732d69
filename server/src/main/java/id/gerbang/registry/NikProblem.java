package id.gerbang.registry;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why a text is not a NIK: the hard rules. Each is an error-catalogue entry {@code NIK_<NAME>} with
 * texts {@code error.NIK_<NAME>} and {@code error.NIK_<NAME>.action} in {@code i18n/registry.properties}.
 */
public enum NikProblem implements ErrorCode {
    /** Nothing given. */
    EMPTY,
    /** A character other than a digit. Arg: its position (1-based). */
    NOT_DIGITS,
    /** Not 16 digits. Arg: the number of digits found. */
    LENGTH,
    /** Province (digits 1-2) outside 11-96. Arg: the two digits. */
    PROVINCE,
    /** Day (digits 7-8) outside 01-31 and 41-71. Arg: the two digits. */
    DAY,
    /** Month (digits 9-10) outside 01-12. Arg: the two digits. */
    MONTH,
    /** Serial (digits 13-16) 0000; serials start at 0001. */
    SERIAL_ZERO;

    @Override
    public String code() {
        return "NIK_" + name();
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
