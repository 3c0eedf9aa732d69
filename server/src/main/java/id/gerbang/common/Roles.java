package id.gerbang.common;

/**
 * The roles of Gerbang's users, as Spring Security authorities ({@code ROLE_} + name).
 * Permissions are granted by role only; a user holds exactly one role.
 */
public enum Roles {
    /** Registry (Disdukcapil) administrator: manages agencies, agreements, users, IPs, quotas. */
    REGISTRY_ADMIN,
    /** Registry auditor: reads everything, changes nothing; reads logs and reports. */
    REGISTRY_AUDITOR,
    /** Agency administrator: manages its own agency's user applications and IP registrations. */
    AGENCY_ADMIN,
    /** Agency operator: uses the web portal. */
    AGENCY_OPERATOR,
    /** Agency service account: calls the web service. */
    AGENCY_SERVICE;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Constants for {@code @PreAuthorize} expressions. */
    public static final String ADMIN = "hasRole('REGISTRY_ADMIN')";
    public static final String ADMIN_OR_AUDITOR = "hasAnyRole('REGISTRY_ADMIN','REGISTRY_AUDITOR')";
}
