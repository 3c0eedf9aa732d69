package id.gerbang.account;

import id.gerbang.common.GerbangException;
import java.util.Locale;
import java.util.Map;

/**
 * A user ID: 3-40 characters, lower-case letters, digits, dot, underscore and hyphen, starting with
 * a letter or digit. User IDs are case-insensitive: {@link #of(String)} lower-cases, so
 * {@code DP3AKB.Operator} and {@code dp3akb.operator} are the same user.
 */
public record UserId(String value) implements Comparable<UserId> {

    public UserId {
        if (!wellFormed(value)) {
            throw new GerbangException(AccountError.USER_ID_INVALID, Map.of("userId", "account.userId.format"));
        }
    }

    /** Normalises (trims, lower-cases) and validates. */
    public static UserId of(String text) {
        return new UserId(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code text} is a well-formed user ID after normalisation. */
    public static boolean isValid(String text) {
        return wellFormed(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * {@code [a-z0-9][a-z0-9._-]{2,39}}, checked by hand: a user ID is made on every data call, and
     * the regular expression was 1 % of the server's CPU per lookup (ADR 0050).
     */
    private static boolean wellFormed(String value) {
        int n = value.length();
        if (n < 3 || n > 40) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(UserId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
