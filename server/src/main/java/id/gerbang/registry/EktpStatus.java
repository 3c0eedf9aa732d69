package id.gerbang.registry;

/** Whether the resident's KTP-el biometrics have been recorded ({@code EKTP_STATUS}). */
public enum EktpStatus {
    RECORDED("SUDAH REKAM"),
    NOT_RECORDED("BELUM REKAM");

    private final String label;

    EktpStatus(String label) {
        this.label = label;
    }

    /** The label the Dukcapil web service returns. */
    public String label() {
        return label;
    }
}
