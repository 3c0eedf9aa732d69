package id.gerbang.account;

import id.gerbang.agreement.AgencyId;
import id.gerbang.common.GerbangException;
import id.gerbang.common.CommonError;
import id.gerbang.common.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user making an administrative request: who (for the administrative log), with
 * which role, and, for agency staff, for which agency.
 */
public record Actor(String userId, Roles role, @Nullable AgencyId agency) {

    public boolean isRegistryAdmin() {
        return role == Roles.REGISTRY_ADMIN;
    }

    public boolean isRegistryStaff() {
        return role == Roles.REGISTRY_ADMIN || role == Roles.REGISTRY_AUDITOR;
    }

    /** Registry staff see every agency; agency staff only their own. */
    public boolean maySee(@Nullable AgencyId target) {
        return isRegistryStaff() || (agency != null && agency.equals(target));
    }

    /**
     * A registry administrator acts for any agency, an agency administrator only for its own.
     *
     * @throws GerbangException {@code FORBIDDEN} otherwise
     */
    public void requireActsFor(@Nullable AgencyId target) {
        boolean allowed = isRegistryAdmin()
                || (role == Roles.AGENCY_ADMIN && agency != null && agency.equals(target));
        if (!allowed) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
    }

    /** Throws {@code FORBIDDEN} unless {@link #maySee(AgencyId)}. */
    public void requireMaySee(@Nullable AgencyId target) {
        if (!maySee(target)) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
    }

    /**
     * The agency a listing is limited to: for registry staff the one asked for ({@code null}: all);
     * for agency staff always their own, once they may see the one asked for.
     *
     * @throws GerbangException {@code FORBIDDEN} when agency staff ask for another agency or have none
     */
    public @Nullable AgencyId listingScope(@Nullable AgencyId requested) {
        if (isRegistryStaff()) {
            return requested;
        }
        if (requested != null) {
            requireMaySee(requested);
        }
        if (agency == null) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        return agency;
    }
}
