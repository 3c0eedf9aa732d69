package id.gerbang.report;

/**
 * What only the agency can say in its report (juknis 2.n): how it stores population data (that it
 * keeps none beyond what the agreement allows, and where NIKs are kept), to whom and how it
 * disseminated data, and the incidents of the semester. Texts of at most 4,000 characters.
 */
public record AgencyStatements(String storage, String dissemination, String incidents) {

    public static final int MAX_LENGTH = 4000;

    public static AgencyStatements empty() {
        return new AgencyStatements("", "", "");
    }

    public boolean complete() {
        return !storage.isBlank() && !dissemination.isBlank() && !incidents.isBlank();
    }
}
