package id.gerbang.feedback.internal;

import id.gerbang.agreement.FeedbackKind;
import id.gerbang.reference.CodeList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the upload workbook, one sheet per kind: the template writes them, the reader
 * checks the header against them, the error workbook repeats them. Each column names the field of
 * {@link id.gerbang.feedback.FeedbackSubmission}, {@link id.gerbang.feedback.VictimDetails} or
 * {@link id.gerbang.feedback.ProgrammeDetails} it fills, so a refusal naming a field marks its cell.
 */
public final class UploadColumns {

    /** What a column holds, which decides how a cell is read and which drop-down the template gives. */
    public enum Type { NIK, TEXT, CODE, CODES, DATE, PROGRAMME, AMOUNT, WITHDRAW }

    /**
     * @param header the Indonesian header, also the key {@code feedback.upload.column.<field>} of its explanation
     * @param field  the record's field it fills
     * @param list   for codes, the reference code list
     */
    public record Column(String header, String field, Type type, boolean required, @Nullable CodeList list) {
    }

    public record Layout(FeedbackKind kind, String sheet, List<Column> columns) {

        /** The column index of a field, -1 when the kind has no such column. */
        public int indexOf(@Nullable String field) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).field().equals(field)) {
                    return i;
                }
            }
            return -1;
        }
    }

    public static final Layout VICTIM = new Layout(FeedbackKind.VICTIM, "Korban", List.of(
            new Column("NIK", "nik", Type.NIK, true, null),
            new Column("Nomor Kasus", "caseReference", Type.TEXT, true, null),
            new Column("Jenis Kekerasan", "violenceKinds", Type.CODES, true, CodeList.VIOLENCE_TYPE),
            new Column("Tempat Kejadian", "place", Type.CODE, true, CodeList.INCIDENT_PLACE),
            new Column("Hubungan Pelaku", "perpetratorRelationship", Type.CODE, true, CodeList.PERPETRATOR_RELATIONSHIP),
            new Column("Tanggal Kejadian", "incidentDate", Type.DATE, true, null),
            new Column("Tanggal Pelaporan", "reportDate", Type.DATE, true, null),
            new Column("Layanan", "services", Type.CODES, false, CodeList.SERVICE),
            new Column("Disabilitas", "disability", Type.CODE, false, CodeList.DISABILITY),
            new Column("Tarik Kembali", "withdraw", Type.WITHDRAW, false, null)));

    public static final Layout PROGRAMME = new Layout(FeedbackKind.PROGRAMME_RECIPIENT, "Penerima Program", List.of(
            new Column("NIK", "nik", Type.NIK, true, null),
            new Column("Nomor Kasus", "caseReference", Type.TEXT, true, null),
            new Column("Program", "programmeCode", Type.PROGRAMME, true, null),
            new Column("Tanggal Bantuan", "aidDate", Type.DATE, true, null),
            new Column("Bentuk Bantuan", "aidForm", Type.TEXT, true, null),
            new Column("Jumlah (Rp)", "amount", Type.AMOUNT, false, null),
            new Column("Tarik Kembali", "withdraw", Type.WITHDRAW, false, null)));

    public static final List<Layout> LAYOUTS = List.of(VICTIM, PROGRAMME);

    /** The text of the withdrawal column that withdraws the record. */
    public static final String YES = "YA";

    /** Most data rows of one upload, both sheets together. */
    public static final int MAX_ROWS = 100_000;

    private UploadColumns() {
    }
}
