package id.gerbang.registry.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Writes values in PostgreSQL's COPY text format straight into a reused {@link StringBuilder}:
 * columns separated by a tab, rows ended by a newline, {@code \N} for null, and backslash, tab,
 * newline and carriage return escaped. Written by hand so a million rows cost no per-value objects.
 */
final class CopyText {

    private static final String NULL = "\\N";

    private CopyText() {
    }

    static void text(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append(NULL);
            return;
        }
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** An int where 0 means absent. */
    static void optional(StringBuilder out, int value) {
        if (value == 0) {
            out.append(NULL);
        } else {
            out.append(value);
        }
    }

    /** A long where 0 means absent. */
    static void optional(StringBuilder out, long value) {
        if (value == 0) {
            out.append(NULL);
        } else {
            out.append(value);
        }
    }

    static void date(StringBuilder out, @Nullable LocalDate date) {
        if (date == null) {
            out.append(NULL);
            return;
        }
        int year = date.getYear();
        if (year < 1000) {
            out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        out.append(year).append('-');
        twoDigits(out, date.getMonthValue());
        out.append('-');
        twoDigits(out, date.getDayOfMonth());
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    static void family(StringBuilder out, FamilyRow f) {
        out.append(f.noKk()).append('\t');
        text(out, f.address());
        out.append('\t');
        text(out, f.dusun());
        out.append('\t');
        optional(out, f.rt());
        out.append('\t');
        optional(out, f.rw());
        out.append('\t').append(f.provinceNo())
                .append('\t').append(f.regencyNo())
                .append('\t').append(f.districtNo())
                .append('\t').append(f.villageNo())
                .append('\t');
        text(out, f.postalCode());
        out.append('\n');
    }

    static void resident(StringBuilder out, ResidentRow r) {
        out.append(r.nik()).append('\t').append(r.noKk()).append('\t');
        text(out, r.fullName());
        out.append('\t').append(r.sex()).append('\t');
        text(out, r.placeOfBirth());
        out.append('\t');
        date(out, r.dateOfBirth());
        out.append('\t').append(r.religion())
                .append('\t').append(r.maritalStatus())
                .append('\t').append(r.occupation())
                .append('\t').append(r.education())
                .append('\t');
        optional(out, r.bloodType());
        out.append('\t').append(r.familyRelationship()).append('\t');
        text(out, r.motherName());
        out.append('\t');
        text(out, r.fatherName());
        out.append('\t');
        optional(out, r.motherNik());
        out.append('\t');
        optional(out, r.fatherNik());
        out.append('\t');
        text(out, r.ektpStatus() == null ? null : r.ektpStatus().name());
        out.append('\t');
        text(out, r.birthCertificateNo());
        out.append('\t');
        date(out, r.marriageDate());
        out.append('\t');
        text(out, r.marriageCertificateNo());
        out.append('\t');
        date(out, r.divorceDate());
        out.append('\t');
        text(out, r.divorceCertificateNo());
        out.append('\t');
        optional(out, r.disability());
        out.append('\t').append(r.citizenship()).append('\t').append(r.recordStatus().name()).append('\t');
        date(out, r.statusDate());
        out.append('\n');
    }
}
