package id.gerbang.quota.web;

/** {@code @PreAuthorize} expressions beyond those in {@link id.gerbang.common.Roles}. */
final class Access {

    static final String ADMIN = id.gerbang.common.Roles.ADMIN;
    static final String ADMIN_OR_AGENCY_ADMIN = "hasAnyRole('REGISTRY_ADMIN','AGENCY_ADMIN')";
    static final String READERS = "hasAnyRole('REGISTRY_ADMIN','REGISTRY_AUDITOR','AGENCY_ADMIN')";

    private Access() {
    }
}
