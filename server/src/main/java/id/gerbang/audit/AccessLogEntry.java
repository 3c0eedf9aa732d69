package id.gerbang.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One call to a data channel, granted or denied, as the channel hands it to {@link AccessLog}.
 * Agencies, agreements and users are identified by plain values; a login failure has no agency,
 * agreement or user. Only element <em>names</em> are recorded, never their values.
 *
 * @param time          when the call was received; {@code null} lets the log take it from its clock
 * @param agencyId      the agency, if known
 * @param agreementId   the agreement (PKS), if known
 * @param userId        the user ID the caller presented, if any
 * @param channel       the data channel
 * @param operation     what was asked
 * @param sourceIp      the caller's address as the server saw it (after trusted proxies)
 * @param claimedIp     the address the caller claimed in the request, if any
 * @param nik           the requested NIK, when it parsed as a number
 * @param nikRaw        the requested NIK as sent, when it did not parse (at most 32 characters kept)
 * @param noKk          the requested No. KK of a family lookup
 * @param purpose       the purpose or case reference the caller gave
 * @param localUser     the agency's local end user on whose behalf the call was made, as the agency
 *                      names them (free text, possibly a person's name: never written to the
 *                      application log)
 * @param outcome       the outcome
 * @param elements      the names of the elements returned (for a verification: verified), in order
 * @param latencyMicros how long the call took until the log was asked to record it
 * @param requestId     the request id, also sent in the response; see {@link RequestIds}
 */
public record AccessLogEntry(
        @Nullable Instant time,
        @Nullable Long agencyId,
        @Nullable Long agreementId,
        @Nullable String userId,
        AccessChannel channel,
        AccessOperation operation,
        @Nullable String sourceIp,
        @Nullable String claimedIp,
        @Nullable Long nik,
        @Nullable String nikRaw,
        @Nullable Long noKk,
        @Nullable String purpose,
        @Nullable String localUser,
        AccessOutcome outcome,
        List<String> elements,
        @Nullable Long latencyMicros,
        String requestId) {

    /** Element names: letters, digits and underscores, so a value can never pass as a name. */
    static final Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final int ELEMENT_NAME_MAX = 64;
    static final int RAW_NIK_LENGTH = 32;

    public AccessLogEntry {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(requestId, "requestId");
        if (requestId.isBlank()) {
            throw new IllegalArgumentException("requestId is blank");
        }
        elements = List.copyOf(elements);
        for (String element : elements) {
            if (!isElementName(element)) {
                throw new IllegalArgumentException("not an element name (values are never logged)");
            }
        }
        if (nik != null && nikRaw != null) {
            throw new IllegalArgumentException("give either nik or nikRaw");
        }
        if (nikRaw != null && nikRaw.length() > RAW_NIK_LENGTH) {
            nikRaw = nikRaw.substring(0, RAW_NIK_LENGTH);
        }
        if (latencyMicros != null && latencyMicros < 0) {
            throw new IllegalArgumentException("latencyMicros < 0");
        }
    }

    /**
     * {@link #ELEMENT_NAME} without the regular-expression engine: every data call logs 19-36
     * names, and the matcher was 2 % of the server's CPU under load (bench/results/lookup-analysis.md).
     */
    static boolean isElementName(String s) {
        int n = s.length();
        if (n == 0 || n > ELEMENT_NAME_MAX || !asciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** A builder with a fresh request id. */
    public static Builder builder(AccessChannel channel, AccessOperation operation, AccessOutcome outcome) {
        return new Builder(channel, operation, outcome);
    }

    /** The same entry with the given time. */
    public AccessLogEntry withTime(Instant time) {
        return new AccessLogEntry(time, agencyId, agreementId, userId, channel, operation, sourceIp,
                claimedIp, nik, nikRaw, noKk, purpose, localUser, outcome, elements, latencyMicros, requestId);
    }

    /** The requested NIK as text: the number, or the raw text that did not parse. */
    public @Nullable String requestedNik() {
        return nik != null ? nik.toString() : nikRaw;
    }

    /** Builds entries; {@link #nik(String)} keeps the number when it parses and the raw text otherwise. */
    public static final class Builder {
        private @Nullable Instant time;
        private @Nullable Long agencyId;
        private @Nullable Long agreementId;
        private @Nullable String userId;
        private final AccessChannel channel;
        private final AccessOperation operation;
        private @Nullable String sourceIp;
        private @Nullable String claimedIp;
        private @Nullable Long nik;
        private @Nullable String nikRaw;
        private @Nullable Long noKk;
        private @Nullable String purpose;
        private @Nullable String localUser;
        private AccessOutcome outcome;
        private List<String> elements = List.of();
        private @Nullable Long latencyMicros;
        private String requestId = RequestIds.next();

        private Builder(AccessChannel channel, AccessOperation operation, AccessOutcome outcome) {
            this.channel = channel;
            this.operation = operation;
            this.outcome = outcome;
        }

        public Builder time(@Nullable Instant value) { this.time = value; return this; }
        public Builder agencyId(@Nullable Long value) { this.agencyId = value; return this; }
        public Builder agreementId(@Nullable Long value) { this.agreementId = value; return this; }
        public Builder userId(@Nullable String value) { this.userId = value; return this; }
        public Builder sourceIp(@Nullable String value) { this.sourceIp = value; return this; }
        public Builder claimedIp(@Nullable String value) { this.claimedIp = value; return this; }
        public Builder noKk(@Nullable Long value) { this.noKk = value; return this; }
        public Builder purpose(@Nullable String value) { this.purpose = value; return this; }
        public Builder localUser(@Nullable String value) { this.localUser = value; return this; }
        public Builder outcome(AccessOutcome value) { this.outcome = value; return this; }
        public Builder elements(List<String> value) { this.elements = value; return this; }
        public Builder latencyMicros(@Nullable Long value) { this.latencyMicros = value; return this; }
        public Builder requestId(String value) { this.requestId = value; return this; }

        public Builder nik(long value) {
            this.nik = value;
            this.nikRaw = null;
            return this;
        }

        /** The NIK as the caller sent it: kept as a number when it is one, else as text (32 characters). */
        public Builder nik(@Nullable String value) {
            if (value != null && isNumber(value)) {
                this.nik = Long.parseLong(value);
                this.nikRaw = null;
            } else {
                this.nik = null;
                this.nikRaw = value == null || value.length() <= RAW_NIK_LENGTH ? value
                        : value.substring(0, RAW_NIK_LENGTH);
            }
            return this;
        }

        /** The No. KK as the caller sent it; text that is not a number is dropped. */
        public Builder noKk(@Nullable String value) {
            this.noKk = value != null && isNumber(value) ? Long.parseLong(value) : null;
            return this;
        }

        /**
         * {@code [1-9][0-9]{0,17}}: a number that fits a {@code long}, without a leading zero (which
         * would not survive the round trip). Checked by hand: this runs for every logged call, and the
         * regular expression was 0.9 % of the server's CPU under load.
         */
        static boolean isNumber(String value) {
            int n = value.length();
            if (n < 1 || n > 18 || value.charAt(0) < '1' || value.charAt(0) > '9') {
                return false;
            }
            for (int i = 1; i < n; i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        public AccessLogEntry build() {
            return new AccessLogEntry(time, agencyId, agreementId, userId, channel, operation, sourceIp,
                    claimedIp, nik, nikRaw, noKk, purpose, localUser, outcome, elements, latencyMicros, requestId);
        }
    }
}
