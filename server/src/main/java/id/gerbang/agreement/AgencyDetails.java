package id.gerbang.agreement;

/**
 * What the registry records about an agency when registering or updating it.
 *
 * @param name       the agency's official name, e.g. "DP3AKB Provinsi Jawa Barat"
 * @param kind       what kind of body it is
 * @param address    office address
 * @param regionCode the Kemendagri code of the region the agency belongs to: {@code 32} (province),
 *                   {@code 32.04} (regency/city), {@code 32.04.05} (district) or
 *                   {@code 32.04.05.2001} (village)
 */
public record AgencyDetails(String name, AgencyKind kind, String address, String regionCode) {
}
