package id.gerbang.agreement;

/**
 * Published (inside the changing transaction) whenever anything about an agreement changed: its
 * terms, status, an addendum, its quota, or its agency's status. Caches drop the agreement.
 */
public record AgreementChanged(AgreementId agreementId) {
}
