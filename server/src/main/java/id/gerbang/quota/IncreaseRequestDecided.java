package id.gerbang.quota;

import id.gerbang.agreement.AgencyId;

/**
 * Published (inside the deciding transaction) when a quota-increase request was approved, rejected
 * or withdrawn.
 */
public record IncreaseRequestDecided(long requestId, AgencyId agency, IncreaseRequest.Status status) {
}
