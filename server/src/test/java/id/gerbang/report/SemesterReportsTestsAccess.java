package id.gerbang.report;

/** Lets tests of other packages use the report tests' synthetic signed statement (a small PDF). */
public final class SemesterReportsTestsAccess {

    private SemesterReportsTestsAccess() {
    }

    public static byte[] statementPdf() {
        return SemesterReportsTests.STATEMENT_PDF;
    }
}
