package id.gerbang.agreement;

/** The four data-balikan methods of the juknis (3.b). */
public enum FeedbackMethod {
    WEB_SERVICE,
    EXCEL_UPLOAD,
    ONLINE_FORM,
    POPUP
}
