package id.gerbang.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One-time passwords and web-service tokens. One-time passwords avoid look-alike characters and
 * characters that need escaping in a URL query or JSON, and always hold all four character classes,
 * so they pass the password policy. Tokens carry 256 random bits; only their SHA-256 is stored
 * (a token is not guessable, so a slow hash adds nothing) and compared in constant time.
 */
@Component
public class Secrets {

    static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String DIGITS = "23456789";
    static final String SYMBOLS = "-_.!*";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;

    private final SecureRandom random = new SecureRandom();
    private final AccountProperties properties;

    Secrets(AccountProperties properties) {
        this.properties = properties;
    }

    public String oneTimePassword() {
        int length = properties.password().oneTimePasswordLength();
        List<Character> chars = new ArrayList<>(length);
        for (String set : new String[] {LOWER, UPPER, DIGITS, SYMBOLS}) {
            chars.add(pick(set));
        }
        while (chars.size() < length) {
            chars.add(pick(ALL));
        }
        java.util.Collections.shuffle(chars, random);
        StringBuilder sb = new StringBuilder(length);
        chars.forEach(sb::append);
        return sb.toString();
    }

    public String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of a token, the form stored. */
    public static String tokenHash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** Compares a presented token with a stored hash in time independent of where they differ. */
    public static boolean tokenMatches(String presented, String storedHash) {
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sha256(presented), expected);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private char pick(String set) {
        return set.charAt(random.nextInt(set.length()));
    }
}
