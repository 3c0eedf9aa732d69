package id.gerbang.access.internal;

/**
 * Jaro-Winkler similarity (Winkler 1990): the Jaro similarity with a bonus of 0.1 per shared
 * leading character, at most four, when the Jaro similarity exceeds 0.7. The two strings are taken
 * in a fixed order so the result is symmetric even where greedy character matching is not.
 */
final class JaroWinkler {

    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        String s = a.compareTo(b) <= 0 ? a : b;
        String t = s == a ? b : a;
        double jaro = jaro(s, t);
        if (jaro <= 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, Math.min(s.length(), t.length()));
        while (prefix < max && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    static double jaro(String s, String t) {
        if (s.equals(t)) {
            return 1;
        }
        int n = s.length();
        int m = t.length();
        if (n == 0 || m == 0) {
            return 0;
        }
        int window = Math.max(0, Math.max(n, m) / 2 - 1);
        boolean[] sMatched = new boolean[n];
        boolean[] tMatched = new boolean[m];
        int matches = 0;
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(m - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
                    sMatched[i] = true;
                    tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (sMatched[i]) {
                while (!tMatched[k]) {
                    k++;
                }
                if (s.charAt(i) != t.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double mm = matches;
        return (mm / n + mm / m + (mm - transpositions / 2.0) / mm) / 3.0;
    }
}
