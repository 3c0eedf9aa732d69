package id.gerbang.registry;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why a text is not a No. KK (family card number): the hard rules, as for the NIK but with the
 * card's registration date (no +40). Error-catalogue entries {@code NOKK_<NAME>}, texts
 * {@code error.NOKK_<NAME>} in {@code i18n/registry.properties}.
 */
public enum NoKkProblem implements ErrorCode {
    /** Nothing given. */
    EMPTY,
    /** A character other than a digit. Arg: its position (1-based). */
    NOT_DIGITS,
    /** Not 16 digits. Arg: the number of digits found. */
    LENGTH,
    /** Province (digits 1-2) outside 11-96. Arg: the two digits. */
    PROVINCE,
    /** Day (digits 7-8) outside 01-31. Arg: the two digits. */
    DAY,
    /** Month (digits 9-10) outside 01-12. Arg: the two digits. */
    MONTH,
    /** Serial (digits 13-16) 0000; serials start at 0001. */
    SERIAL_ZERO;

    @Override
    public String code() {
        return "NOKK_" + name();
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
