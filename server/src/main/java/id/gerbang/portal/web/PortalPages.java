package id.gerbang.portal.web;

import id.gerbang.common.Roles;

/**
 * The portal's URL layout and the {@code @PreAuthorize} expressions of its pages. Pages live under
 * a prefix per audience, which the sweep test ({@code PortalSweepTests}) relies on:
 * {@code /portal/operator/**} agency operators, {@code /portal/admin/**} agency administrators,
 * {@code /portal/registry/**} registry staff, {@code /portal/account/**} every signed-in user.
 */
public final class PortalPages {

    public static final String HOME = "/portal";
    public static final String LOGIN = "/login";
    public static final String DENIED = "/portal/denied";
    public static final String PASSWORD = "/portal/account/password";
    /** The second factor: enrolment and status (every signed-in user; the enrolment step of administrators). */
    public static final String SECOND_FACTOR = "/portal/account/second-factor";
    /** The sign-in step that asks for the second factor's code after the password. */
    public static final String SECOND_FACTOR_CODE = "/portal/sign-in/code";
    public static final String OPERATOR = "/portal/operator";
    public static final String AGENCY_ADMIN = "/portal/admin";
    public static final String REGISTRY = "/portal/registry";

    /** Signed in with a role (the sign-in steps are done). */
    public static final String ANY_ROLE = "hasAnyRole('REGISTRY_ADMIN','REGISTRY_AUDITOR','AGENCY_ADMIN','AGENCY_OPERATOR')";
    public static final String OPERATOR_ONLY = "hasRole('AGENCY_OPERATOR')";
    public static final String AGENCY_ADMIN_ONLY = "hasRole('AGENCY_ADMIN')";
    public static final String REGISTRY_ADMIN_ONLY = Roles.ADMIN;
    public static final String REGISTRY_STAFF = Roles.ADMIN_OR_AUDITOR;
    /** Signed in, whether or not the sign-in steps (password change, second factor) are done. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private PortalPages() {
    }
}
