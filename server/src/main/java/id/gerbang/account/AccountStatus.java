package id.gerbang.account;

/** Whether an account may sign in at all. A lock is separate: it expires by itself. */
public enum AccountStatus {
    ACTIVE,
    /** Switched off by an administrator; only a registry administrator can reactivate it. */
    DEACTIVATED
}
