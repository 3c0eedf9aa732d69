package id.gerbang.account;

import id.gerbang.agreement.AgencyId;

/**
 * Published (inside the deciding transaction) when an IP-address registration request was approved
 * ({@code ACTIVE}), rejected or withdrawn.
 */
public record IpRegistrationDecided(long registrationId, AgencyId agency, IpRegistration.Status status) {
}
