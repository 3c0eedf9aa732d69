package id.gerbang.agreement;

/** What an agency must return as data balikan (PKS Pasal 2 ayat (2) huruf b, juknis 3.d). */
public enum FeedbackKind {
    /** Keterangan korban kekerasan, eksploitasi dan diskriminasi. */
    VICTIM,
    /** Keterangan penerima program dan jenis program. */
    PROGRAMME_RECIPIENT
}
