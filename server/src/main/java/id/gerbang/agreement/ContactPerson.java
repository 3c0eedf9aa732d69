package id.gerbang.agreement;

/**
 * A contact person of an agency ("nara hubung", juknis item 4.b): whom the registry calls about
 * the agency's access, with the position held and a telephone number. Staff data of the agency,
 * never population data.
 *
 * @param name     the person's name
 * @param position the position held at the agency (jabatan)
 * @param phone    a telephone number: digits, spaces, {@code +}, {@code -}, parentheses
 */
public record ContactPerson(String name, String position, String phone) {

    /** At most this many contact persons per agency. */
    public static final int MAX_PER_AGENCY = 5;
}
