package id.gerbang.audit;

/** The data channel a call came through. */
public enum AccessChannel {
    /** The Dukcapil-compatible {@code get_json} web service. */
    WEB_SERVICE_COMPATIBLE,
    /** Gerbang's own v1 REST API. */
    WEB_SERVICE_V1,
    /** The web portal used by agency operators. */
    WEB_PORTAL,
    /** Data feedback (data balikan) from the agency to the registry. */
    FEEDBACK
}
