package id.gerbang.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SIAK and SIMFONI-PPA code lists, by code and by label. Labels are matched after
 * {@link #normalise normalisation} and against the known variants: occupation 5 as both
 * "PEGAWAI NEGERI SIPIL" and "APARATUR SIPIL NEGARA (ASN)", the KK marital labels
 * ("KAWIN TERCATAT", "KAWIN BELUM TERCATAT" to 2, "CERAI HIDUP TERCATAT"... to 3), religion
 * spellings (HINDHU, KONGHUCU, KONG HUCHU) and the other variants in {@code reference/code_aliases.csv}.
 */
public interface CodeLists {

    Optional<Code> byCode(CodeList list, int code);

    /** The code whose label or known variant matches {@code label} after normalisation. */
    Optional<Code> byLabel(CodeList list, String label);

    /** Every code of the list, by code. */
    List<Code> all(CodeList list);

    /**
     * The label of a code.
     *
     * @throws id.gerbang.common.GerbangException {@link ReferenceError#CODE_NOT_FOUND}
     */
    String label(CodeList list, int code);

    /**
     * The code of a label, for imports that must not lose a row silently.
     *
     * @throws id.gerbang.common.GerbangException {@link ReferenceError#CODE_LABEL_UNKNOWN}
     */
    int code(CodeList list, String label);

    /**
     * The form labels are compared in: upper case, whitespace runs collapsed to one space, no
     * space around {@code /}, {@code -}, {@code (} and {@code )} inside, trimmed.
     * {@code " Belum / tidak  bekerja "} becomes {@code "BELUM/TIDAK BEKERJA"}.
     */
    static String normalise(String label) {
        String s = label.replaceAll("(?U)\\s+", " ").strip().toUpperCase(Locale.ROOT);
        s = s.replaceAll(" ?([/\\-]) ?", "$1");
        s = s.replaceAll("\\( ", "(").replaceAll(" \\)", ")");
        return s;
    }
}
