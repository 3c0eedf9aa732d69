package id.gerbang.agreement;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an agency (lembaga pengguna). */
public record AgencyId(@JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
