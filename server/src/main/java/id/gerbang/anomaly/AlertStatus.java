package id.gerbang.anomaly;

/** Where an alert stands: open until a registry administrator acknowledges it with a note. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED
}
