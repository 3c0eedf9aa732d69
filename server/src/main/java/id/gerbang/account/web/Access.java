package id.gerbang.account.web;

/** {@code @PreAuthorize} expressions beyond those in {@link id.gerbang.common.Roles}. */
final class Access {

    static final String ADMIN = id.gerbang.common.Roles.ADMIN;
    /** Registry administrators, and agency administrators for their own agency (checked in the service). */
    static final String ADMIN_OR_AGENCY_ADMIN = "hasAnyRole('REGISTRY_ADMIN','AGENCY_ADMIN')";
    /** Readers: registry staff everything, agency administrators their own agency (checked in the service). */
    static final String READERS = "hasAnyRole('REGISTRY_ADMIN','REGISTRY_AUDITOR','AGENCY_ADMIN')";
    static final String ANY_SIGNED_IN = "isAuthenticated()";

    private Access() {
    }
}
