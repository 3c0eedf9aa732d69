package id.gerbang.agreement;

/** Identifies an agency (lembaga pengguna). */
public record AgencyId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
