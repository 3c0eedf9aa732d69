package id.gerbang.account;

import id.gerbang.agreement.AgencyId;

/**
 * Published (inside the deciding transaction) when a user-ID application leaves {@code SUBMITTED}:
 * approved, rejected or withdrawn. Carries no applicant data, only what a notice needs.
 */
public record UserApplicationDecided(long applicationId, AgencyId agency, UserApplication.Status status) {
}
