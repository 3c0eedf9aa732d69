package id.gerbang.feedback;

import org.jspecify.annotations.Nullable;

/**
 * What became of one submitted record.
 *
 * @param index    its position in the batch, from 0
 * @param status   accepted (a new version), duplicate (the latest version already says this) or refused
 * @param recordId the record's id across its versions (accepted and duplicate)
 * @param version  the version stored or found (accepted and duplicate)
 * @param error    why it was refused
 * @param field    for {@link FeedbackError#INVALID_RECORD}: the field at fault (the names of
 *                 {@link FeedbackSubmission}, {@link VictimDetails} and {@link ProgrammeDetails})
 * @param problem  for {@link FeedbackError#INVALID_RECORD}: what is wrong with it
 * @param argument the argument of the error's text (the window in days, the kind, the method)
 */
public record SubmissionResult(int index, Status status, @Nullable String recordId, @Nullable Integer version,
        @Nullable FeedbackError error, @Nullable String field, @Nullable FieldProblem problem, @Nullable Object argument) {

    public enum Status { ACCEPTED, DUPLICATE, REFUSED }

    public static SubmissionResult stored(int index, Status status, String recordId, int version) {
        return new SubmissionResult(index, status, recordId, version, null, null, null, null);
    }

    public static SubmissionResult refused(int index, FeedbackError error, @Nullable Object argument) {
        return new SubmissionResult(index, Status.REFUSED, null, null, error, null, null, argument);
    }

    public static SubmissionResult invalid(int index, String field, FieldProblem problem) {
        return new SubmissionResult(index, Status.REFUSED, null, null, FeedbackError.INVALID_RECORD, field, problem, null);
    }

    public boolean stored() {
        return status != Status.REFUSED;
    }
}
