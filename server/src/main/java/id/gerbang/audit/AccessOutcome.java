package id.gerbang.audit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one call to a data channel: the catalogue of the Dukcapil web service (with its
 * two-digit {@code RESPONSE_CODE}, see {@code dukcapil-wire-protocol.md} section 4) plus the outcomes
 * Gerbang adds, which have no wire code of their own; the compatible surface decides how to render
 * those.
 */
public enum AccessOutcome {
    FOUND("01", true),
    LOGIN_FAILED("03", false),
    IP_NOT_REGISTERED("04", false),
    QUOTA_EXHAUSTED("05", false),
    OUTSIDE_ACCESS_TIME("06", false),
    INVALID_PARAMETERS("07", false),
    NIK_CANNOT_BE_PROCESSED("08", false),
    CREDENTIALS_MISSING("09", false),
    INVALID_IP("10", false),
    DECEASED("11", false),
    DUPLICATE_BLOCKED("12", false),
    NOT_FOUND("13", false),
    INACTIVE("14", false),
    NIK_FORMAT_INVALID("15", false),
    AGENCY_INACTIVE("16", false),
    USER_INACTIVE("17", false),
    /** Gerbang: the agreement (PKS) is not active on today's Jakarta date. */
    AGREEMENT_INACTIVE(null, false),
    /** Gerbang: the agreement does not allow this channel. */
    CHANNEL_NOT_ALLOWED(null, false),
    /** Gerbang: an element was asked for (or verified) that the agreement does not grant. */
    ELEMENT_NOT_GRANTED(null, false),
    /** Gerbang: the agreement does not grant this operation (for example a family lookup). */
    OPERATION_NOT_GRANTED(null, false),
    /** Gerbang: the agreement requires the local end user and the purpose, and the call lacks one. */
    LOCAL_USER_REQUIRED(null, false),
    /** Gerbang: the user is locked after repeated failed logins. */
    ACCOUNT_LOCKED(null, false),
    /** Gerbang: a verification by elements was answered (with per-element results). */
    VERIFIED(null, true),
    /** Gerbang: a batch of data balikan was received and judged record by record (no population data returned). */
    FEEDBACK_RECEIVED(null, false),
    /** Gerbang: the call failed inside Gerbang (no data was sent); logged so no call goes unrecorded. */
    SERVICE_ERROR(null, false);

    private final @Nullable String wireCode;
    private final boolean dataReturned;

    AccessOutcome(@Nullable String wireCode, boolean dataReturned) {
        this.wireCode = wireCode;
        this.dataReturned = dataReturned;
    }

    /** The two-digit {@code RESPONSE_CODE} of the Dukcapil service, when the outcome has one. */
    public Optional<String> wireCode() {
        return Optional.ofNullable(wireCode);
    }

    /** Whether a response with this outcome carries population data (or results derived from it). */
    public boolean dataReturned() {
        return dataReturned;
    }

    /** The outcome with the given wire code. */
    public static Optional<AccessOutcome> ofWireCode(String code) {
        for (AccessOutcome o : values()) {
            if (code.equals(o.wireCode)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
