package id.gerbang.access.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The person fields of the Dukcapil-compatible response (protocol section 3), in the order the
 * real service writes them. Each field knows its wire key, how its value is written, and how it is
 * compared when a caller verifies it (protocol section 5). Value types a {@link PersonValues}
 * source returns per {@link Kind} are fixed so the writer never converts twice.
 */
public enum PersonField {
    NO_KK(Kind.IDENTITY, Match.IDENTITY),
    NIK(Kind.IDENTITY, Match.IDENTITY),
    NAMA_LGKP(Kind.TEXT, Match.NAME),
    JENIS_KLMIN(Kind.SEX, Match.SEX),
    TMPT_LHR(Kind.TEXT, Match.PLACE),
    TGL_LHR(Kind.DATE, Match.DATE),
    AGAMA(Kind.CODE, Match.CODE, CodeKind.RELIGION),
    STATUS_KAWIN(Kind.CODE, Match.CODE, CodeKind.MARITAL_STATUS),
    JENIS_PKRJN(Kind.CODE, Match.CODE, CodeKind.OCCUPATION),
    PDDK_AKH(Kind.CODE, Match.NONE, CodeKind.EDUCATION),
    GOL_DARAH(Kind.CODE, Match.NONE, CodeKind.BLOOD_TYPE),
    STAT_HBKEL(Kind.CODE, Match.NONE, CodeKind.FAMILY_RELATIONSHIP),
    NAMA_LGKP_IBU(Kind.TEXT, Match.NAME),
    NAMA_LGKP_AYAH(Kind.TEXT, Match.NONE),
    NIK_IBU(Kind.IDENTITY, Match.NONE),
    NIK_AYAH(Kind.IDENTITY, Match.NONE),
    ALAMAT(Kind.TEXT, Match.ADDRESS),
    DUSUN(Kind.TEXT, Match.NONE),
    NO_RT(Kind.NUMBER, Match.NUMBER),
    NO_RW(Kind.NUMBER, Match.NUMBER),
    NO_PROP(Kind.NUMBER, Match.NUMBER),
    PROP_NAME(Kind.TEXT, Match.REGION_NAME),
    NO_KAB(Kind.NUMBER, Match.NUMBER),
    KAB_NAME(Kind.TEXT, Match.REGION_NAME),
    NO_KEC(Kind.NUMBER, Match.NUMBER),
    KEC_NAME(Kind.TEXT, Match.REGION_NAME),
    NO_KEL(Kind.NUMBER, Match.NUMBER),
    KEL_NAME(Kind.TEXT, Match.REGION_NAME),
    KODE_POS(Kind.NUMBER, Match.NONE),
    EKTP_STATUS(Kind.TEXT, Match.NONE),
    NO_AKTA_LHR(Kind.TEXT, Match.NONE),
    TGL_KWN(Kind.DATE, Match.NONE),
    NO_AKTA_KWN(Kind.TEXT, Match.NONE),
    TGL_CRAI(Kind.DATE, Match.NONE),
    NO_AKTA_CRAI(Kind.TEXT, Match.NONE),
    PNYDNG_CCT(Kind.CODE, Match.NONE, CodeKind.DISABILITY);

    /** How a value is held by {@link PersonValues} and written on the wire. */
    public enum Kind {
        /** A 16-digit number held as a {@code String}; written as a JSON number or string per agreement. */
        IDENTITY,
        /** Upper-case text held as a {@code String}. */
        TEXT,
        /** The SIAK sex code held as an {@code Integer} (1 male, 2 female); written as its label. */
        SEX,
        /** A {@code LocalDate}, written {@code yyyy-MM-dd}. */
        DATE,
        /** A SIAK code held as an {@code Integer}; written as its upper-case label. */
        CODE,
        /** An unpadded number held as an {@code Integer}; written as a JSON number. */
        NUMBER
    }

    /** How a caller's value is compared with the stored one in a verification by elements. */
    public enum Match {
        /** Digits only, exact. */
        IDENTITY,
        /** Similarity 0-100 for personal names. */
        NAME,
        /** Similarity 0-100 for places of birth. */
        PLACE,
        /** Similarity 0-100 for street addresses. */
        ADDRESS,
        /** Exact date, either {@code dd-MM-yyyy} or {@code yyyy-MM-dd}. */
        DATE,
        /** Exact sex, by label or code. */
        SEX,
        /** Exact code, by code or label. */
        CODE,
        /** Exact number; leading zeros ignored. */
        NUMBER,
        /** Exact region name after normalisation ("KAB." and "KABUPATEN" alike). */
        REGION_NAME,
        /** Not a verification element of the protocol: treated as an unknown key. */
        NONE;

        public boolean fuzzy() {
            return this == NAME || this == PLACE || this == ADDRESS;
        }
    }

    private static final PersonField[] VALUES = values();
    private static final Map<String, PersonField> BY_FOLDED_KEY = Arrays.stream(VALUES)
            .collect(Collectors.toUnmodifiableMap(f -> fold(f.name()), f -> f));

    private final Kind kind;
    private final Match match;
    private final @Nullable CodeKind codeKind;
    private final SerializableString wireKey;

    PersonField(Kind kind, Match match) {
        this(kind, match, null);
    }

    PersonField(Kind kind, Match match, @Nullable CodeKind codeKind) {
        this.kind = kind;
        this.match = match;
        this.codeKind = codeKind;
        this.wireKey = new SerializedString(name());
    }

    public Kind kind() {
        return kind;
    }

    public Match match() {
        return match;
    }

    /** The code list of a {@link Kind#CODE} field. */
    public CodeKind codeKind() {
        if (codeKind == null) {
            throw new IllegalStateException(name() + " is not a coded field");
        }
        return codeKind;
    }

    /** The key as written on the wire: the constant's name. */
    public String key() {
        return name();
    }

    SerializableString serializedKey() {
        return wireKey;
    }

    /** Whether a caller may send this field as a verification element (protocol section 2). */
    public boolean verifiable() {
        return match != Match.NONE;
    }

    /** By wire key, any case, underscores optional ({@code namaLgkp}, {@code NAMA_LGKP}). */
    public static Optional<PersonField> byKey(String key) {
        return Optional.ofNullable(BY_FOLDED_KEY.get(fold(key)));
    }

    /** Upper case without underscores, hyphens or spaces: the form keys are compared in. */
    static String fold(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    static PersonField byOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    static int count() {
        return VALUES.length;
    }
}
