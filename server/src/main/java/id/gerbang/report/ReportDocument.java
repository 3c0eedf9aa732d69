package id.gerbang.report;

/** A stored file of a report version: the signed PDF or XLSX, or the agency's signed statement. */
public record ReportDocument(String fileName, String contentType, byte[] content) {

    /** Which document of a version. */
    public enum Kind { PDF, XLSX, STATEMENT }
}
