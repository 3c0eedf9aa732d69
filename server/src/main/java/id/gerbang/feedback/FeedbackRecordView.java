package id.gerbang.feedback;

import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a data-balikan record as a reader may see it. {@code victim} is present only for
 * readers allowed to read victim information (and then their reading is recorded);
 * {@code victimHidden} says that it exists but was withheld.
 *
 * @param recordId  the record across its versions
 * @param action    {@code SUBMITTED}, {@code CORRECTED} or {@code WITHDRAWN}
 * @param lookupSeq the access-log entry of the lookup the record answers
 * @param ageGroup  the victim's SIMFONI-PPA age group at the incident date, from the register's birth date
 */
public record FeedbackRecordView(
        String recordId,
        int version,
        String action,
        long agencyId,
        long agreementId,
        String nik,
        FeedbackKind kind,
        FeedbackMethod method,
        String caseReference,
        long lookupSeq,
        Instant receivedAt,
        String submittedBy,
        @Nullable Programme programme,
        @Nullable ProgrammeDetails programmeDetails,
        @Nullable VictimDetails victim,
        @Nullable Integer ageGroup,
        boolean victimHidden) {

    @Override
    public String toString() {
        return "FeedbackRecordView[" + recordId + " v" + version + "]";
    }
}
