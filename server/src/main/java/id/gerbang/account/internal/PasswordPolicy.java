package id.gerbang.account.internal;

import id.gerbang.account.AccountError;
import id.gerbang.account.UserId;
import id.gerbang.common.GerbangException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The password policy (docs/account.md): at least {@code minLength} characters (12) and at most 128;
 * at least {@code minCharacterClasses} (3) of lower case, upper case, digits and other characters;
 * not containing the user ID; not a common password, also not once leading and trailing digits and
 * symbols are taken off ({@code Indonesia2024!} is {@code indonesia}); no spaces at either end.
 */
@Component
public class PasswordPolicy {

    static final int MAX_LENGTH = 128;

    /** A rule broken; its text is {@code account.password.<NAME>} in the account bundles. */
    public enum Violation {
        TOO_SHORT, TOO_LONG, TOO_FEW_CHARACTER_CLASSES, CONTAINS_USER_ID, COMMON_PASSWORD, SURROUNDING_SPACE;

        public String messageKey() {
            return "account.password." + name();
        }
    }

    private final AccountProperties.Password settings;
    private final Set<String> common;

    PasswordPolicy(AccountProperties properties) {
        this.settings = properties.password();
        this.common = loadCommonPasswords();
    }

    /** Every rule {@code password} breaks for {@code userId}, in the order above; empty when it passes. */
    public List<Violation> violations(UserId userId, String password) {
        List<Violation> found = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < settings.minLength()) {
            found.add(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            found.add(Violation.TOO_LONG);
        }
        if (characterClasses(password) < settings.minCharacterClasses()) {
            found.add(Violation.TOO_FEW_CHARACTER_CLASSES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(userId.value())) {
            found.add(Violation.CONTAINS_USER_ID);
        }
        if (common.contains(lower) || common.contains(core(lower))) {
            found.add(Violation.COMMON_PASSWORD);
        }
        if (!password.equals(password.strip())) {
            found.add(Violation.SURROUNDING_SPACE);
        }
        return found;
    }

    /**
     * @throws GerbangException {@code PASSWORD_POLICY_VIOLATED} naming the first rule broken under
     *                          {@code field}
     */
    public void check(UserId userId, String password, String field) {
        List<Violation> violations = violations(userId, password);
        if (!violations.isEmpty()) {
            Violation first = violations.getFirst();
            throw new GerbangException(AccountError.PASSWORD_POLICY_VIOLATED, Map.of(field, first.messageKey()),
                    settings.minLength(), settings.minCharacterClasses());
        }
    }

    static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int cp = password.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
            i += Character.charCount(cp);
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** The password without leading and trailing characters that are not letters. */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
