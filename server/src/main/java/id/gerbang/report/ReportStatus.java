package id.gerbang.report;

/** Where a semester report stands; every submission is a new version, kept. */
public enum ReportStatus {
    /** Being completed by the agency (also after a return, in a new version). */
    DRAFT,
    /** Submitted, waiting for the registry administrator. */
    SUBMITTED,
    /** Returned by the registry with notes; the agency completes a new version. */
    RETURNED,
    /** Accepted by the registry; final. */
    ACCEPTED
}
