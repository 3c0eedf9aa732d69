package id.gerbang.agreement;

import org.jspecify.annotations.Nullable;

/**
 * Whether an agreement grants access on a date, and why.
 *
 * @param reason {@link AccessReason#OK} when granted, otherwise the first reason that denies
 * @param terms  the terms on that date; {@code null} only for {@link AccessReason#UNKNOWN_AGREEMENT}
 */
public record AccessDecision(AccessReason reason, @Nullable AgreementTerms terms) {

    public boolean granted() {
        return reason == AccessReason.OK;
    }
}
