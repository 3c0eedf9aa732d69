package id.gerbang.feedback.internal;

import id.gerbang.agreement.FeedbackKind;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.ProgrammeDetails;
import id.gerbang.feedback.VictimDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * Turns one row of the upload workbook into a {@link FeedbackSubmission}, or names the cell that
 * cannot be read as its column's type (a formula, a date that is not one, a code that is not a
 * number). Only the reading is done here: every rule is {@link SubmissionService}'s.
 */
final class UploadRows {

    /** A cell that cannot be read; {@code messageKey} explains why. */
    record CellFault(int column, String messageKey) {
    }

    /** Either {@code submission} or {@code fault}. */
    record Read(@Nullable FeedbackSubmission submission, @Nullable CellFault fault) {
    }

    /** Strict: 31-02-2026 is not a date (the default resolver would make it 28-02). */
    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("d-M-uuuu", "d/M/uuuu", "uuuu-MM-dd")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

    private UploadRows() {
    }

    static Read read(UploadColumns.Layout layout, List<WorkbookReader.RawCell> cells) {
        Values v = new Values(layout, cells);
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).formula()) {
                    throw new Fault(i, "feedback.upload.problem.FORMULA");
                }
            }
            boolean withdraw = v.withdraw();
            for (int i = 0; i < cells.size(); i++) {
                UploadColumns.Column column = layout.columns().get(i);
                if (column.required() && cells.get(i).blank() && (!withdraw || i < 2)) {
                    throw new Fault(i, "feedback.problem.MISSING");
                }
            }
            String nik = v.nik("nik");
            String caseReference = v.text("caseReference");
            if (withdraw) {
                return new Read(FeedbackSubmission.withdrawal(nik, layout.kind(), caseReference), null);
            }
            if (layout.kind() == FeedbackKind.VICTIM) {
                return new Read(FeedbackSubmission.victim(nik, caseReference, new VictimDetails(v.codes("violenceKinds"),
                        v.code("place", 0), v.code("perpetratorRelationship", 0), v.date("incidentDate"),
                        v.date("reportDate"), v.codes("services"), v.optionalCode("disability"))), null);
            }
            return new Read(FeedbackSubmission.programme(nik, caseReference, new ProgrammeDetails(v.programme("programmeCode"),
                    v.date("aidDate"), v.text("aidForm"), v.amount("amount"))), null);
        } catch (Fault f) {
            return new Read(null, new CellFault(f.column, f.getMessage()));
        }
    }

    /** The leading code of a drop-down's entry ({@code "3 - Seksual"}) or of a number cell. */
    static @Nullable Integer leadingCode(WorkbookReader.RawCell cell) {
        if (cell.number() != null) {
            double d = cell.number();
            return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? (int) d : null;
        }
        String t = cell.text().strip();
        int end = 0;
        while (end < t.length() && Character.isDigit(t.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 9 || (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '-')) {
            return null;
        }
        return Integer.parseInt(t.substring(0, end));
    }

    private static final class Fault extends RuntimeException {
        final int column;

        Fault(int column, String key) {
            super(key, null, false, false);
            this.column = column;
        }
    }

    private record Values(UploadColumns.Layout layout, List<WorkbookReader.RawCell> cells) {

        WorkbookReader.RawCell cell(String field) {
            return cells.get(layout.indexOf(field));
        }

        String text(String field) {
            return cell(field).text().strip();
        }

        /** A NIK typed as a number loses nothing below 2^53; Excel shows 16 digits as text only. */
        String nik(String field) {
            WorkbookReader.RawCell c = cell(field);
            if (c.number() != null) {
                return new BigDecimal(c.text().strip()).toPlainString();
            }
            return c.text().strip();
        }

        boolean withdraw() {
            String t = text("withdraw").toUpperCase(Locale.ROOT);
            if (t.isEmpty() || t.equals("TIDAK")) {
                return false;
            }
            if (t.equals(UploadColumns.YES)) {
                return true;
            }
            throw new Fault(layout.indexOf("withdraw"), "feedback.upload.problem.NOT_YES");
        }

        int code(String field, int absent) {
            Integer code = optionalCode(field);
            return code == null ? absent : code;
        }

        @Nullable Integer optionalCode(String field) {
            WorkbookReader.RawCell c = cell(field);
            if (c.blank()) {
                return null;
            }
            Integer code = leadingCode(c);
            if (code == null) {
                throw new Fault(layout.indexOf(field), "feedback.problem.NOT_IN_CODE_LIST");
            }
            return code;
        }

        Set<Integer> codes(String field) {
            WorkbookReader.RawCell c = cell(field);
            Set<Integer> codes = new LinkedHashSet<>();
            if (c.number() != null) {
                Integer code = leadingCode(c);
                if (code == null) {
                    throw new Fault(layout.indexOf(field), "feedback.problem.NOT_IN_CODE_LIST");
                }
                codes.add(code);
                return codes;
            }
            for (String part : c.text().split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                Integer code = leadingCode(new WorkbookReader.RawCell(part, null, false));
                if (code == null) {
                    throw new Fault(layout.indexOf(field), "feedback.problem.NOT_IN_CODE_LIST");
                }
                codes.add(code);
            }
            return codes;
        }

        /** The catalogue code before {@code " - "} of a drop-down entry, or the cell as typed. */
        String programme(String field) {
            String t = text(field);
            int dash = t.indexOf(" - ");
            return dash > 0 ? t.substring(0, dash).strip() : t;
        }

        @Nullable LocalDate date(String field) {
            WorkbookReader.RawCell c = cell(field);
            if (c.blank()) {
                return null;
            }
            if (c.number() != null) {
                double d = c.number();
                if (!DateUtil.isValidExcelDate(d) || d < 1) {
                    throw new Fault(layout.indexOf(field), "feedback.upload.problem.NOT_A_DATE");
                }
                return DateUtil.getLocalDateTime(d).toLocalDate();
            }
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(c.text().strip(), f);
                } catch (DateTimeParseException next) {
                    // try the next form
                }
            }
            throw new Fault(layout.indexOf(field), "feedback.upload.problem.NOT_A_DATE");
        }

        @Nullable Long amount(String field) {
            WorkbookReader.RawCell c = cell(field);
            if (c.blank()) {
                return null;
            }
            try {
                BigDecimal n = c.number() != null ? BigDecimal.valueOf(c.number())
                        : new BigDecimal(c.text().strip().replace(".", "").replace(" ", ""));
                return n.longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new Fault(layout.indexOf(field), "feedback.upload.problem.NOT_A_NUMBER");
            }
        }
    }
}
