package id.gerbang.agreement;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a cooperation agreement (PKS). */
public record AgreementId(@JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
