package id.gerbang.account;

import id.gerbang.common.GerbangException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A user ID: 3-40 characters, lower-case letters, digits, dot, underscore and hyphen, starting with
 * a letter or digit. User IDs are case-insensitive: {@link #of(String)} lower-cases, so
 * {@code DP3AKB.Operator} and {@code dp3akb.operator} are the same user.
 */
public record UserId(String value) implements Comparable<UserId> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public UserId {
        if (!FORMAT.matcher(value).matches()) {
            throw new GerbangException(AccountError.USER_ID_INVALID, Map.of("userId", "account.userId.format"));
        }
    }

    /** Normalises (trims, lower-cases) and validates. */
    public static UserId of(String text) {
        return new UserId(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code text} is a well-formed user ID after normalisation. */
    public static boolean isValid(String text) {
        return FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
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
