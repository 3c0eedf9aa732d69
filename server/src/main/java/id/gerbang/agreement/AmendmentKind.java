package id.gerbang.agreement;

/** Where a version of an agreement's terms came from. */
public enum AmendmentKind {
    /** The agreement as signed (edited freely while it is a draft). */
    ORIGINAL,
    /** An addendum signed by both parties. */
    ADDENDUM,
    /** An approved quota-increase request (recorded by the quota module). */
    QUOTA_CHANGE
}
