package id.gerbang.access.internal;

/**
 * How values are written where deployments differ (protocol section 3).
 *
 * @param identityAsString NIK, NO_KK, NIK_IBU, NIK_AYAH as JSON strings instead of numbers; NIKs of
 *                         provinces 91-96 exceed 2^53 and break JavaScript clients as numbers (an
 *                         agreement's setting)
 * @param sexUpperCase     {@code LAKI-LAKI}/{@code PEREMPUAN} instead of {@code Laki-Laki}/{@code Perempuan}
 *                         (a field profile's setting)
 * @param date             how dates are written (a field profile's setting)
 */
public record WireStyle(boolean identityAsString, boolean sexUpperCase, DateStyle date) {

    public static final WireStyle DEFAULT = new WireStyle(false, false, DateStyle.ISO);

    public WireStyle(boolean identityAsString, boolean sexUpperCase) {
        this(identityAsString, sexUpperCase, DateStyle.ISO);
    }
}
