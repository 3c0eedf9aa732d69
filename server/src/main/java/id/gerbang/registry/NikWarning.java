package id.gerbang.registry;

/**
 * A soft finding about a NIK or a No. KK: the number is valid and may well be on a real document
 * (a NIK never changes, so its prefix and date can disagree with today's facts), but it deserves a
 * look. Never a reason to reject the number. Texts: {@code nik.warning.<NAME>} in
 * {@code i18n/registry.properties}.
 */
public enum NikWarning {
    /** The encoded date does not exist in any century (31 February; 29 February of a year not divisible by 4). */
    IMPOSSIBLE_DATE,
    /** The district prefix is in no region list of 2015-2025. */
    UNKNOWN_DISTRICT,
    /** The district prefix existed in 2015-2025 but is not current: retired, or recoded (Papua 91/92 to 93-96 in 2022). */
    RETIRED_DISTRICT;

    /** Message key of the warning's text. */
    public String messageKey() {
        return "nik.warning." + name();
    }
}
