package id.gerbang.audit.internal;

import org.jspecify.annotations.Nullable;

/** Cleans free text before it is stored and hashed: no control characters, no broken surrogates, bounded. */
public final class Texts {

    private Texts() {
    }

    public static @Nullable String clean(@Nullable String s, int maxLength) {
        if (s == null) {
            return null;
        }
        if (s.length() <= maxLength && isClean(s)) {
            return s; // the usual case: nothing to replace, nothing to copy
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), maxLength));
        for (int i = 0; i < s.length() && out.length() < maxLength; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out.length() + 2 > maxLength) {
                    break;
                }
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\n' && c != '\t') {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** No control character but newline and tab, and no surrogate at all (pairs go the long way). */
    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' && c != '\n' && c != '\t' || c >= '\u007f' && (c <= '\u009f' || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    public static String cleanRequired(String s, int maxLength) {
        String cleaned = clean(s, maxLength);
        return cleaned == null ? "" : cleaned;
    }
}
