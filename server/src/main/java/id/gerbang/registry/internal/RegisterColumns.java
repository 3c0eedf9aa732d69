package id.gerbang.registry.internal;

import java.util.List;

/** The register's column lists in table order, shared by the bulk writers and the queries. */
final class RegisterColumns {

    static final List<String> FAMILY = List.of(
            "no_kk", "address", "dusun", "rt", "rw",
            "province_no", "regency_no", "district_no", "village_no", "postal_code");

    static final List<String> RESIDENT = List.of(
            "nik", "no_kk", "full_name", "sex", "place_of_birth", "date_of_birth",
            "religion", "marital_status", "occupation", "education", "blood_type", "family_relationship",
            "mother_name", "father_name", "mother_nik", "father_nik", "ektp_status",
            "birth_certificate_no", "marriage_date", "marriage_certificate_no",
            "divorce_date", "divorce_certificate_no", "disability", "citizenship",
            "record_status", "status_date");

    private RegisterColumns() {
    }

    static String list(List<String> columns) {
        return String.join(", ", columns);
    }

    /** {@code a = excluded.a, ...} for every column but the key. */
    static String excludedAssignments(List<String> columns) {
        StringBuilder sql = new StringBuilder();
        for (String column : columns.subList(1, columns.size())) {
            if (!sql.isEmpty()) {
                sql.append(", ");
            }
            sql.append(column).append(" = excluded.").append(column);
        }
        return sql.toString();
    }

    static String placeholders(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> "?").toList());
    }
}
