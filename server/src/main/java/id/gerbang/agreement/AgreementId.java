package id.gerbang.agreement;

/** Identifies a cooperation agreement (PKS). */
public record AgreementId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
