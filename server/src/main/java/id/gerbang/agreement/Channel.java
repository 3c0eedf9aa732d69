package id.gerbang.agreement;

/** How an agency may read population data (juknis 2.h). */
public enum Channel {
    /** The REST/JSON web service ({@code call_NIK}), compatible and v1. */
    WEB_SERVICE,
    /** The web portal, used by agency operators. */
    WEB_PORTAL
}
