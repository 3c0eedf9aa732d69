package id.gerbang.agreement;

/** Published (inside the changing transaction) whenever an agency's details or status changed. */
public record AgencyChanged(AgencyId agencyId) {
}
