package id.gerbang.anomaly;

/** What an alert is about. */
public enum SubjectKind {
    /** An agency (all its users). */
    AGENCY,
    /** One user ID (of an agency when the log names one). */
    USER,
    /** One source address. */
    ADDRESS,
    /** One NIK (its key is a hash; the NIK is shown to the registry only on the alert page). */
    NIK
}
