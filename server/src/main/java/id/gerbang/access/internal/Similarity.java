package id.gerbang.access.internal;

import id.gerbang.access.internal.TextNormaliser.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 0-100 similarity of two names, places or addresses, as the verification by elements reports
 * it ({@code "Sesuai (92)"}). Both sides are {@link TextNormaliser normalised} into tokens, which
 * are then paired whatever their order, in three rounds: equal tokens; a token that is two or more
 * tokens of the other side run together ({@code NURAINI} and {@code NUR AINI}); then the rest
 * greedily, best pair first, where a pair scores 0.9 when one is the other's initial ({@code M}
 * and {@code MUHAMAD}), its Jaro-Winkler similarity when that reaches {@value #PAIR_FLOOR} (below
 * it the words are different words), and numbers only count when equal. The score is a
 * length-weighted Dice coefficient: matched characters of both sides over all characters of both
 * sides, so a missing or extra word costs its length. Rounded down, so 100 means equal after
 * normalisation up to word order and spacing.
 *
 * <p>Symmetric (every tie is broken by the words, never by the side they came from), 100 on
 * identical input, never outside 0..100. Input beyond {@value #MAX_CHARS} characters is ignored so
 * a hostile request cannot make the pairing expensive. ADR 0040 explains the choices.
 */
public final class Similarity {

    static final double PAIR_FLOOR = 0.85;
    static final double INITIAL = 0.9;
    static final int MAX_CHARS = 200;
    static final int MAX_TOKENS = 24;

    private Similarity() {
    }

    public static int score(Kind kind, String a, String b) {
        return score(tokens(a, kind), tokens(b, kind));
    }

    private static List<String> tokens(String text, Kind kind) {
        List<String> t = TextNormaliser.tokens(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, kind);
        return t.size() > MAX_TOKENS ? t.subList(0, MAX_TOKENS) : t;
    }

    static int score(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 100;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Side x = new Side(a);
        Side y = new Side(b);
        double matched = equalTokens(x, y) + compounds(x, y) + greedy(x, y);
        double ratio = matched / (x.totalLength + y.totalLength);
        return (int) Math.floor(ratio * 100 + 1e-9);
    }

    /** One side's tokens and which of them are paired already. */
    private static final class Side {
        final List<String> tokens;
        final boolean[] used;
        final int totalLength;

        Side(List<String> tokens) {
            this.tokens = tokens;
            this.used = new boolean[tokens.size()];
            int n = 0;
            for (String t : tokens) {
                n += t.length();
            }
            this.totalLength = n;
        }
    }

    private static double equalTokens(Side x, Side y) {
        double matched = 0;
        for (int i = 0; i < x.tokens.size(); i++) {
            for (int j = 0; j < y.tokens.size(); j++) {
                if (!y.used[j] && x.tokens.get(i).equals(y.tokens.get(j))) {
                    x.used[i] = true;
                    y.used[j] = true;
                    matched += 2 * x.tokens.get(i).length();
                    break;
                }
            }
        }
        return matched;
    }

    private record Candidate(Side side, Side other, int index, String token) {
    }

    /** A token that is several tokens of the other side run together, longest first. */
    private static double compounds(Side x, Side y) {
        List<Candidate> candidates = new ArrayList<>();
        addUnused(candidates, x, y);
        addUnused(candidates, y, x);
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.token.length()).thenComparing(Candidate::token));
        double matched = 0;
        for (Candidate c : candidates) {
            if (c.side.used[c.index]) {
                continue;
            }
            List<Integer> parts = new ArrayList<>();
            if (segment(c.token, 0, c.other, parts) && parts.size() >= 2) {
                c.side.used[c.index] = true;
                for (int p : parts) {
                    c.other.used[p] = true;
                }
                matched += 2 * c.token.length();
            }
        }
        return matched;
    }

    private static void addUnused(List<Candidate> candidates, Side side, Side other) {
        for (int i = 0; i < side.tokens.size(); i++) {
            if (!side.used[i]) {
                candidates.add(new Candidate(side, other, i, side.tokens.get(i)));
            }
        }
    }

    /** Whether {@code word} from {@code from} on is a run of unused tokens of {@code other}; tries tokens in word order. */
    private static boolean segment(String word, int from, Side other, List<Integer> parts) {
        if (from == word.length()) {
            return true;
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < other.tokens.size(); j++) {
            if (!other.used[j] && !parts.contains(j) && word.startsWith(other.tokens.get(j), from)) {
                order.add(j);
            }
        }
        order.sort(Comparator.comparing(other.tokens::get));
        for (int j : order) {
            parts.add(j);
            if (segment(word, from + other.tokens.get(j).length(), other, parts)) {
                return true;
            }
            parts.removeLast();
        }
        return false;
    }

    private record Pair(int i, int j, double sim, String low, String high) {
    }

    private static double greedy(Side x, Side y) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < x.tokens.size(); i++) {
            if (x.used[i]) {
                continue;
            }
            for (int j = 0; j < y.tokens.size(); j++) {
                if (y.used[j]) {
                    continue;
                }
                String a = x.tokens.get(i);
                String b = y.tokens.get(j);
                double sim = tokenSimilarity(a, b);
                if (sim > 0) {
                    boolean aFirst = a.compareTo(b) <= 0;
                    pairs.add(new Pair(i, j, sim, aFirst ? a : b, aFirst ? b : a));
                }
            }
        }
        // Best pair first; ties broken by the words themselves, never by which side they came from.
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim).thenComparing(Pair::low).thenComparing(Pair::high));
        double matched = 0;
        for (Pair p : pairs) {
            if (!x.used[p.i] && !y.used[p.j]) {
                x.used[p.i] = true;
                y.used[p.j] = true;
                matched += p.sim * (x.tokens.get(p.i).length() + y.tokens.get(p.j).length());
            }
        }
        return matched;
    }

    static double tokenSimilarity(String x, String y) {
        if (x.equals(y)) {
            return 1;
        }
        if (TextNormaliser.isDigits(x) || TextNormaliser.isDigits(y)) {
            return 0;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0) ? INITIAL : 0;
        }
        double jw = JaroWinkler.similarity(x, y);
        return jw >= PAIR_FLOOR ? jw : 0;
    }
}
