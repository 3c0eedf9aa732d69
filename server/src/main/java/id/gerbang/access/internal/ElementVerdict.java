package id.gerbang.access.internal;

/**
 * The answer for one verified element: {@code Sesuai} / {@code Tidak Sesuai}, and for the fuzzy
 * elements the similarity in brackets, {@code Sesuai (100)}.
 *
 * @param score 0-100 for fuzzy elements, -1 for exact ones
 */
public record ElementVerdict(PersonField field, boolean matched, int score) {

    public static final String MATCH = "Sesuai";
    public static final String NO_MATCH = "Tidak Sesuai";

    static ElementVerdict exact(PersonField field, boolean matched) {
        return new ElementVerdict(field, matched, -1);
    }

    /** The wire text. */
    public String text() {
        String verdict = matched ? MATCH : NO_MATCH;
        return score < 0 ? verdict : verdict + " (" + score + ")";
    }
}
