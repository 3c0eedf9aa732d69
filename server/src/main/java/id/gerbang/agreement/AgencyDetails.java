package id.gerbang.agreement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the registry records about an agency when registering or updating it.
 *
 * @param name       the agency's official name, e.g. "DP3AKB Provinsi Jawa Barat"
 * @param kind       what kind of body it is
 * @param address    office address
 * @param regionCode the Kemendagri code of the region the agency belongs to: {@code 32} (province),
 *                   {@code 32.04} (regency/city), {@code 32.04.05} (district) or
 *                   {@code 32.04.05.2001} (village)
 * @param contacts   the contact persons ("nara hubung", juknis 4.b), at most
 *                   {@value ContactPerson#MAX_PER_AGENCY}; {@code null} on an update keeps the current ones
 */
public record AgencyDetails(String name, AgencyKind kind, String address, String regionCode,
        @Nullable List<ContactPerson> contacts) {

    public AgencyDetails {
        contacts = contacts == null ? null : List.copyOf(contacts);
    }

    /** Without contact persons (none when registering, unchanged when updating). */
    public AgencyDetails(String name, AgencyKind kind, String address, String regionCode) {
        this(name, kind, address, regionCode, null);
    }
}
