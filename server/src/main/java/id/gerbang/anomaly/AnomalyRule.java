package id.gerbang.anomaly;

/**
 * The anomaly rules (issue 18), each switched on and tuned under {@code gerbang.anomaly.<rule>.*}
 * (docs/anomaly.md). Texts: {@code anomaly.rule.<NAME>} in {@code i18n/anomaly*.properties}.
 */
public enum AnomalyRule {
    /** Calls of one agency or one user at night (Jakarta hours), many within a short window. */
    NIGHT_BURST,
    /** One NIK looked up by many agencies in one Jakarta day. */
    NIK_MANY_AGENCIES,
    /** Several members of one family card (KK) looked up by one user within a short window. */
    FAMILY_SEQUENCE,
    /** A safety-flagged NIK looked up (any agency, any outcome). */
    SAFETY_FLAGGED,
    /** Many refused calls (sign-in, address, account or grant refusals) from one address or one user in a window. */
    REFUSED_STORM,
    /** A user's calls of one Jakarta day far above its own median of the previous days, and above a floor. */
    VOLUME_SPIKE;

    public String messageKey() {
        return "anomaly.rule." + name();
    }
}
