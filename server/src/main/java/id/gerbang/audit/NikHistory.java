package id.gerbang.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every recorded access to one NIK, for a resident's request under UU 27/2022: who (agency), when,
 * through which channel, on whose behalf (the agency's local end user, when the call named one), for
 * what purpose, with what outcome. {@code coversFrom} is the first day
 * the database still holds; earlier accesses are in the signed archives.
 */
public record NikHistory(String nik, Instant generatedAt, String generatedBy, @Nullable LocalDate coversFrom,
                         boolean safetyFlagged, long chainHeadSeq, String chainHeadHash, List<Access> accesses) {

    /** One access. Requesting details are {@code null} when withheld (see {@code redacted}). */
    public record Access(Instant time, @Nullable Long agencyId, @Nullable String agencyName, String channel,
                         String operation, @Nullable String purpose, @Nullable String localUser, String outcome, List<String> elements,
                         String requestId, boolean redacted) {
    }
}
