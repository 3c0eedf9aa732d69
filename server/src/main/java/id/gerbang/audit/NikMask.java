package id.gerbang.audit;

import org.jspecify.annotations.Nullable;

/**
 * Masks NIKs (and No. KK) for application logs and messages: only the first six digits (the
 * region of registration) stay, the rest becomes {@code *}. Population values never reach a log;
 * NIKs reach it only through this helper.
 */
public final class NikMask {

    private NikMask() {
    }

    /** {@code 3273011234567890} becomes {@code 327301**********}; {@code null} becomes {@code "-"}. */
    public static String mask(@Nullable String nik) {
        if (nik == null) {
            return "-";
        }
        int keep = Math.min(6, nik.length());
        StringBuilder masked = new StringBuilder(Math.max(nik.length(), 6));
        for (int i = 0; i < nik.length(); i++) {
            char c = nik.charAt(i);
            masked.append(i < keep ? printable(c) : '*');
        }
        return masked.toString();
    }

    public static String mask(@Nullable Long nik) {
        return nik == null ? "-" : mask(Long.toString(nik));
    }

    /**
     * Masks every run of exactly 16 digits in a text (an exception message, a request line) the same
     * way, for texts that might carry a NIK or No. KK.
     */
    public static String maskAll(@Nullable String text) {
        if (text == null) {
            return "-";
        }
        return SIXTEEN_DIGITS.matcher(text).replaceAll("$1**********");
    }

    private static final java.util.regex.Pattern SIXTEEN_DIGITS =
            java.util.regex.Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{10}(?![0-9])");

    private static char printable(char c) {
        return Character.isISOControl(c) ? '?' : c;
    }
}
