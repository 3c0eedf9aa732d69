package id.gerbang.agreement;

/**
 * Implemented by the authenticated principal of an agency's user (the account module's user
 * details), so that an agency administrator may read its own agency and agreements.
 */
public interface AgencyMember {

    AgencyId agencyId();
}
