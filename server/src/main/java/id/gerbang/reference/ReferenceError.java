package id.gerbang.reference;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The reference module's error catalogue. Texts: {@code i18n/reference.properties} (Indonesian)
 * and {@code i18n/reference_en.properties} (English), keys {@code error.<CODE>} and
 * {@code error.<CODE>.action}.
 */
public enum ReferenceError implements ErrorCode {
    /** No region code given. */
    REGION_CODE_EMPTY(HttpStatus.BAD_REQUEST),
    /** A character other than a digit or a dot. Args: the character, its position (1-based). */
    REGION_CODE_CHARACTER(HttpStatus.BAD_REQUEST),
    /** Dot-less code of a length other than 2, 4, 6 or 10. Args: the length found. */
    REGION_CODE_LENGTH(HttpStatus.BAD_REQUEST),
    /** Dotted code with more than four parts or an empty part. Args: the number of parts. */
    REGION_CODE_PARTS(HttpStatus.BAD_REQUEST),
    /** A part of a dotted code with the wrong number of digits. Args: part name, digits expected, digits found. */
    REGION_CODE_PART_LENGTH(HttpStatus.BAD_REQUEST),
    /** A part or number outside its range. Args: part name, value, lowest, highest. */
    REGION_CODE_PART_RANGE(HttpStatus.BAD_REQUEST),
    /** Region numbers with a gap, e.g. NO_KEC without NO_KAB. Args: the part given, the part missing. */
    REGION_NUMBERS_GAP(HttpStatus.BAD_REQUEST),
    /** Well-formed code that is not in the 2025 list and never was in 2015-2025. Args: dotted code. */
    REGION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Code from the 2015-2025 lists that is no longer current. Args: dotted code, last list year. */
    REGION_RETIRED(HttpStatus.GONE),
    /** A level parameter that is not PROVINCE, REGENCY, DISTRICT or VILLAGE. Args: the value. */
    REGION_LEVEL_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** Listing every village of Indonesia at once is refused; name a region to list within. */
    REGION_LIST_TOO_BROAD(HttpStatus.BAD_REQUEST),
    /** Unknown code list name. Args: the name. */
    CODE_LIST_UNKNOWN(HttpStatus.NOT_FOUND),
    /** Code not in the list. Args: list, code. */
    CODE_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Label that matches no code of the list, even after normalisation. Args: list. */
    CODE_LABEL_UNKNOWN(HttpStatus.NOT_FOUND),
    /** A shipped reference file cannot be read or is malformed. Args: file, line. */
    REFERENCE_FILE_INVALID(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    ReferenceError(HttpStatus status) {
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
