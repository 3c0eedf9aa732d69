package id.gerbang.access.internal;

/** The SIAK code lists whose labels the compatible response writes. */
public enum CodeKind {
    RELIGION,
    MARITAL_STATUS,
    OCCUPATION,
    EDUCATION,
    BLOOD_TYPE,
    FAMILY_RELATIONSHIP,
    DISABILITY
}
