package id.gerbang.quota.internal;

/**
 * A user's own quota under the agreement was set or lifted (published by {@link UserQuotas} inside
 * its transaction); {@link QuotaLimits} drops the agreement's cached user limits once it commits.
 */
record UserLimitSet(long agreementId) {
}
