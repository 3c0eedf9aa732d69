package id.gerbang.report.internal;

import java.io.IOException;

/** Lets tests of other packages read a PDF's text as the golden tests do. */
public final class ReportDocumentsGoldenTestsAccess {

    private ReportDocumentsGoldenTestsAccess() {
    }

    public static String text(byte[] pdf) throws IOException {
        return ReportDocumentsGoldenTests.text(pdf);
    }
}
