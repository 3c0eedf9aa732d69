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

    public static String cleanRequired(String s, int maxLength) {
        String cleaned = clean(s, maxLength);
        return cleaned == null ? "" : cleaned;
    }
}
