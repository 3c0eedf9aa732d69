package id.gerbang.agreement;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How the Dukcapil-compatible web service presents itself to one agreement's clients, so that an
 * agency's existing code works unchanged ({@code docs/dukcapil-wire-protocol.md}).
 *
 * @param agencyCode       the {@code {INSTANSI}} of the central URL shape
 *                         {@code /dukcapil/get_json/{INSTANSI}/{METHOD}}: letters, digits, underscores
 *                         or hyphens; matched case-insensitively
 * @param regionCode       for the regional shape {@code /dukcapil/get_json/{KODE_WILAYAH}/{USER}/{METHOD}}:
 *                         {@code NN} or {@code NN-NN}; {@code null} when the agency uses the central shape
 * @param userPath         the {@code {USER}} segment of the regional shape; set together with
 *                         {@code regionCode}
 * @param numbersAsStrings {@code true}: the 16-digit numbers (NIK, NO_KK, NIK_IBU, NIK_AYAH) are JSON
 *                         strings; {@code false}: JSON numbers, as most deployments answer (NIKs
 *                         above 2^53 then break JavaScript clients). Region numbers are always
 *                         unpadded JSON numbers, as every client expects.
 * @param fieldProfile     the name of the field profile that decides which keys a lookup returns and in
 *                         which order ({@value #DEFAULT_PROFILE} unless the deployment defines others)
 * @param aliases          extra method names (matched case-insensitively, stored lower-case) mapped to an
 *                         operation and, optionally, a field profile
 */
public record CompatibilitySettings(
        String agencyCode,
        @Nullable String regionCode,
        @Nullable String userPath,
        boolean numbersAsStrings,
        String fieldProfile,
        Map<String, AliasMethod> aliases) {

    public static final String DEFAULT_PROFILE = "default";

    public CompatibilitySettings {
        agencyCode = agencyCode.strip();
        fieldProfile = fieldProfile.isBlank() ? DEFAULT_PROFILE : fieldProfile.strip();
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        userPath = userPath == null || userPath.isBlank() ? null : userPath.strip();
        Map<String, AliasMethod> lower = new TreeMap<>();
        aliases.forEach((name, method) -> lower.put(name.strip().toLowerCase(Locale.ROOT), method));
        aliases = Collections.unmodifiableMap(lower);
    }

    /** The central URL shape, numbers as JSON numbers, the default profile, no aliases. */
    public static CompatibilitySettings defaults(String agencyCode) {
        return new CompatibilitySettings(agencyCode, null, null, false, DEFAULT_PROFILE, Map.of());
    }

    /** The alias for a method name as a client sent it, if one is configured. */
    public @Nullable AliasMethod alias(String method) {
        return aliases.get(method.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The data operations of the web services: what an alias can name, and what an agreement grants
     * one by one ({@link ServiceTerms}) on both surfaces.
     */
    public enum Operation {
        /** {@code CALL_NIK}: one person by NIK. */
        NIK_LOOKUP,
        /** {@code CALL_NIK_GET_KK}: every member of the person's family card. */
        FAMILY_LOOKUP,
        /** {@code CALL_VERIFY_BY_ELEMEN}: verification by elements. */
        VERIFY_BY_ELEMENTS
    }

    /** What an alias method means: an operation, and the field profile to answer with. */
    public record AliasMethod(Operation operation, @Nullable String profile) {
    }
}
