package id.gerbang.access.internal;

/** What a call asks for, whatever the method name it used. */
public enum Operation {
    /** One person by NIK ({@code CALL_NIK} and its aliases). */
    LOOKUP,
    /** The members of a family card ({@code CALL_NIK_GET_KK}). */
    FAMILY_LOOKUP,
    /** Element-by-element verification ({@code CALL_VERIFY_BY_ELEMEN}). */
    VERIFICATION,
    /** Data balikan sent by the agency ({@code CALL_DATA_BALIKAN}, {@code POST /api/v1/feedback}). */
    FEEDBACK
}
