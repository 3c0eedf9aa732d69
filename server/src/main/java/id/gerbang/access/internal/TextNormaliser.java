package id.gerbang.access.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name, place or address into the tokens {@link Similarity} compares: upper case without
 * diacritics and punctuation; academic, professional and religious titles removed (names);
 * administrative words removed (places); street abbreviations made one (addresses); the old
 * Indonesian spellings (oe, dj, tj, sj, nj, ch, dh, th, q, consonant + y) and doubled letters
 * folded to one form; the many spellings of "Muhammad" and "Ahmad" made one. The same folding runs
 * on both sides of a comparison, so it only has to be consistent, not linguistically exact. See
 * ADR 0040.
 */
public final class TextNormaliser {

    public enum Kind { NAME, PLACE, ADDRESS }

    /** Titles that are never a name, dropped anywhere, dotted or not. */
    static final Set<String> TITLES = Set.of(
            // academic and professional, before the name
            "DR", "DRS", "DRA", "DRG", "DRH", "IR", "PROF",
            // religious
            "HJ", "HJH", "KH", "HAJI", "HAJJAH", "USTADZ", "USTAZ", "USTADZAH",
            // degrees, after the name (written without dots here)
            "SKOM", "SPD", "SPDI", "SAG", "SSOS", "SIP", "SKM", "SKEP", "SST", "SSI", "SHI", "SFARM",
            "SKED", "SPSI", "SIKOM", "STR", "STP", "SPT", "SPI", "SHUT", "SKG", "SSN", "SDS", "SGZ", "SIKP",
            "AMD", "AMDKEB", "AMDKEP", "AMDKG", "AMK", "AMKEB", "AMKEP", "AMA", "AMAPD",
            "MSI", "MPD", "MKES", "MAG", "MKOM", "MSC", "MBA", "MKN", "MHUM", "MAP", "MIKOM", "MPH", "MKEP",
            "PHD", "SPOG", "SPPD", "SPA", "SPB", "SPM", "SPKK", "SPTHT", "SPJP", "SPRAD", "SPAN", "SPS",
            "BSC", "MENG", "MARS");

    /**
     * Short degrees that could be initials or name parts: titles only when dotted or after a comma.
     * Undotted at the end ("BUDI SANTOSO SH") they stay a word and cost their two letters; dropping
     * them by position would make the score depend on word order.
     */
    static final Set<String> SHORT_TITLES = Set.of("SH", "SE", "ST", "SP", "SS", "MM", "MT", "MH", "MA", "ME", "LC");

    /** Words a place of birth may carry or not: "KAB. BANDUNG" is born in "BANDUNG". */
    static final Set<String> PLACE_WORDS = Set.of(
            "KAB", "KABUPATEN", "KOTA", "KOTAMADYA", "KODYA", "KOTIF", "PROV", "PROP", "PROVINSI",
            "PROPINSI", "DKI", "DAERAH", "ISTIMEWA", "ADM", "ADMINISTRASI");

    /** Street-address abbreviations to one form. */
    static final Map<String, String> ADDRESS_WORDS = Map.ofEntries(
            Map.entry("JALAN", "JL"), Map.entry("JLN", "JL"),
            Map.entry("GANG", "GG"),
            Map.entry("KAMPUNG", "KP"), Map.entry("KAMP", "KP"), Map.entry("KMP", "KP"),
            Map.entry("PERUMAHAN", "PERUM"),
            Map.entry("KOMPLEK", "KOMP"), Map.entry("KOMPLEKS", "KOMP"), Map.entry("KOMPL", "KOMP"),
            Map.entry("BLK", "BLOK"),
            Map.entry("NOMOR", "NO"), Map.entry("NOMER", "NO"),
            Map.entry("DUSUN", "DSN"), Map.entry("DESA", "DS"),
            Map.entry("LINGKUNGAN", "LINGK"), Map.entry("LINK", "LINGK"), Map.entry("LING", "LINGK"));

    /** After spelling folding: the spellings and abbreviations of the commonest given names. */
    static final Map<String, String> NAME_FORMS = Map.ofEntries(
            Map.entry("MOHAMAD", "MUHAMAD"), Map.entry("MOKHAMAD", "MUHAMAD"), Map.entry("MUKHAMAD", "MUHAMAD"),
            Map.entry("MOHAMED", "MUHAMAD"), Map.entry("MUHAMED", "MUHAMAD"), Map.entry("MUHAMAT", "MUHAMAD"),
            Map.entry("MOHAMAT", "MUHAMAD"), Map.entry("MUHAMMED", "MUHAMAD"),
            Map.entry("MOH", "MUHAMAD"), Map.entry("MOKH", "MUHAMAD"), Map.entry("MUH", "MUHAMAD"),
            Map.entry("MUKH", "MUHAMAD"), Map.entry("MHD", "MUHAMAD"), Map.entry("MOHD", "MUHAMAD"),
            Map.entry("MUHD", "MUHAMAD"), Map.entry("MUKHAMAT", "MUHAMAD"),
            Map.entry("AKHMAD", "AHMAD"), Map.entry("AHMAT", "AHMAD"), Map.entry("AKHMAT", "AHMAD"),
            Map.entry("ABD", "ABDUL"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextNormaliser() {
    }

    public static List<String> tokens(String text, Kind kind) {
        String upper = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        String[] segments = upper.split("[,;]");
        for (int s = 0; s < segments.length; s++) {
            boolean afterComma = s > 0;
            List<String> chunks = chunks(segments[s]);
            if (kind == Kind.NAME && afterComma && isTitle(String.join("", chunks).replace(".", ""), true)) {
                continue; // ", S. Kom" as a whole
            }
            List<String> words = new ArrayList<>();
            List<Boolean> dots = new ArrayList<>();
            for (String chunk : chunks) {
                String trimmed = strip(chunk);
                if (trimmed.isEmpty()) {
                    continue;
                }
                boolean dotted = chunk.indexOf('.') >= 0;
                if (kind == Kind.NAME && isTitle(trimmed.replace(".", ""), dotted || afterComma)) {
                    continue; // "S.KOM", "S.H.", "DRS."
                }
                for (String part : trimmed.split("\\.")) {
                    if (!part.isEmpty()) {
                        words.add(part);
                        dots.add(dotted);
                    }
                }
            }
            if (kind == Kind.NAME) {
                for (int i = words.size() - 1; i >= 0; i--) {
                    if (isTitle(words.get(i), dots.get(i) || afterComma)) {
                        words.remove(i); // "DR.H.AHMAD": DR
                    }
                }
            }
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                boolean last = i == words.size() - 1;
                if (kind == Kind.NAME) {
                    if (w.equals("H") && out.isEmpty() && !last) {
                        continue; // Haji before the name: "H. AHMAD", "H AHMAD"
                    }
                }
                out.add(w);
            }
        }
        List<String> folded = new ArrayList<>(out.size());
        for (String token : out) {
            String f = fold(token, kind);
            if (!f.isEmpty()) {
                folded.add(f);
            }
        }
        return folded;
    }

    /** Whitespace- and punctuation-separated pieces, dots kept (they tell titles and initials apart). */
    private static List<String> chunks(String segment) {
        List<String> chunks = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                sb.append(c);
            } else if (c == '\'' || c == '`' || c == '\u2019' || c == '\u2018') {
                continue; // MA'RUF is MARUF
            } else if (!sb.isEmpty()) {
                chunks.add(sb.toString());
                sb.setLength(0);
            }
        }
        if (!sb.isEmpty()) {
            chunks.add(sb.toString());
        }
        return chunks;
    }

    static boolean isTitle(String plain, boolean dottedOrAfterComma) {
        return TITLES.contains(plain) || (dottedOrAfterComma && SHORT_TITLES.contains(plain));
    }

    /**
     * The form region names are compared in for an exact match: tokens with spelling folded, the
     * province words, {@code DKI} and {@code ADM}/{@code ADMINISTRASI} dropped (SIAK's
     * {@code KOTA ADM. JAKARTA TIMUR} is the ministry's {@code Kota Administrasi Jakarta Timur}),
     * and a leading {@code KAB}/{@code KABUPATEN} dropped
     * (a regency is named with or without it) while {@code KOTA} stays (Kota Bandung is not
     * Kabupaten Bandung).
     */
    public static String regionKey(String name) {
        String upper = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        boolean first = true;
        for (String chunk : chunks(upper)) {
            for (String word : chunk.split("\\.")) {
                if (word.isEmpty() || REGION_WORDS.contains(word)
                        || (first && (word.equals("KAB") || word.equals("KABUPATEN")))) {
                    first = false;
                    continue;
                }
                first = false;
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(isDigits(word) ? stripZeros(word) : spelling(word));
            }
        }
        return key.toString();
    }

    private static final Set<String> REGION_WORDS = Set.of("PROV", "PROP", "PROVINSI", "PROPINSI", "DKI", "ADM",
            "ADMINISTRASI");

    private static String strip(String chunk) {
        int start = 0;
        int end = chunk.length();
        while (start < end && chunk.charAt(start) == '.') {
            start++;
        }
        while (end > start && chunk.charAt(end - 1) == '.') {
            end--;
        }
        return chunk.substring(start, end);
    }

    /** Word-level folding, then spelling folding. */
    private static String fold(String token, Kind kind) {
        if (isDigits(token)) {
            return stripZeros(token);
        }
        String t = token;
        if (kind == Kind.PLACE && PLACE_WORDS.contains(t)) {
            return "";
        }
        if (kind == Kind.ADDRESS) {
            t = ADDRESS_WORDS.getOrDefault(t, t);
        }
        t = spelling(t);
        if (kind == Kind.NAME) {
            t = NAME_FORMS.getOrDefault(t, t);
        }
        return t;
    }

    /**
     * The old (pre-1972) spellings and common variants folded to one form. A word with oe, dj or tj
     * is in the old spelling: oe becomes u, dj j, tj c, and its other j y, since the old j is the new
     * y (Soejono, Suyono). Then in every word: sj to sy, nj to ny, ch to kh, dh to d, th to t, q to
     * k, y after a consonant to i (Setyawan, Setiawan) and every run of one letter to a single
     * letter (Muhammad, Muhamad). nj and sj alone do not mark the old spelling: Banjar, Cianjur and
     * Masjid are written so today.
     */
    static String spelling(String word) {
        String w = word;
        if (w.contains("OE") || w.contains("DJ") || w.contains("TJ")) {
            w = w.replace("OE", "U")
                    .replace("DJ", "#")
                    .replace("TJ", "C")
                    .replace('J', 'Y')
                    .replace('#', 'J');
        }
        w = w.replace("SJ", "SY")
                .replace("NJ", "NY")
                .replace("CH", "KH")
                .replace("DH", "D")
                .replace("TH", "T")
                .replace('Q', 'K');
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'Y' && i > 0 && isConsonant(w.charAt(i - 1))) {
                c = 'I';
            }
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isConsonant(char c) {
        return c >= 'A' && c <= 'Z' && "AEIOUY".indexOf(c) < 0;
    }

    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
