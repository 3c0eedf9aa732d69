package id.gerbang.registry;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    /**
     * SIAK's finer card states after biometric recording (print-ready, printed, shipped...) all
     * mean the biometrics are recorded.
     */
    private static final Set<String> RECORDED_STATES = Set.of("SUDAH REKAM", "RECORDED", "CARD PRINTED",
            "PRINT READY RECORD", "CARD SHIPPED", "CARD ISSUED", "SENT FOR CARD PRINTING", "BIO CAPTURED",
            "ADJUDICATE RECORD", "SUDAH CETAK", "SUDAH PEREKAMAN");
    private static final Set<String> NOT_RECORDED_STATES = Set.of("BELUM REKAM", "NOT RECORDED", "BELUM PEREKAMAN");

    /** From a label in any case and spacing ({@code "Sudah Rekam"}, {@code "CARD PRINTED"}, {@code "NOT_RECORDED"}). */
    public static Optional<EktpStatus> fromLabel(String text) {
        String label = text.strip().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        if (RECORDED_STATES.contains(label)) {
            return Optional.of(RECORDED);
        }
        return NOT_RECORDED_STATES.contains(label) ? Optional.of(NOT_RECORDED) : Optional.empty();
    }
}
