package id.gerbang.feedback;

/**
 * Why a field of a record is not valid (with {@link FeedbackError#INVALID_RECORD}); texts
 * {@code feedback.problem.<NAME>} in {@code i18n/feedback.properties} and {@code _en}.
 */
public enum FieldProblem {
    MISSING,
    NOT_A_NIK,
    NOT_IN_CODE_LIST,
    IN_THE_FUTURE,
    BEFORE_INCIDENT,
    TOO_LONG,
    NEGATIVE,
    UNKNOWN_PROGRAMME,
    NOT_FOR_THIS_KIND
}
