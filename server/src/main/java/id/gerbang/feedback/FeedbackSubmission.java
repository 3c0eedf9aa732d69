package id.gerbang.feedback;

import id.gerbang.agreement.FeedbackKind;
import org.jspecify.annotations.Nullable;

/**
 * One record as an agency sends it, by any method. A record is named by its NIK, kind and the
 * agency's case reference: sending one with a name already used is a correction (a new version);
 * {@code withdraw} adds a version that withdraws it. Exactly the details of its kind are given
 * (none for a withdrawal).
 */
public record FeedbackSubmission(
        String nik,
        @Nullable FeedbackKind kind,
        String caseReference,
        boolean withdraw,
        @Nullable VictimDetails victim,
        @Nullable ProgrammeDetails programme) {

    public static FeedbackSubmission victim(String nik, String caseReference, VictimDetails victim) {
        return new FeedbackSubmission(nik, FeedbackKind.VICTIM, caseReference, false, victim, null);
    }

    public static FeedbackSubmission programme(String nik, String caseReference, ProgrammeDetails programme) {
        return new FeedbackSubmission(nik, FeedbackKind.PROGRAMME_RECIPIENT, caseReference, false, null, programme);
    }

    public static FeedbackSubmission withdrawal(String nik, FeedbackKind kind, String caseReference) {
        return new FeedbackSubmission(nik, kind, caseReference, true, null, null);
    }

    @Override
    public String toString() {
        return "FeedbackSubmission[" + kind + ", withdraw=" + withdraw + "]";
    }
}
